/**
 * Page ids of the shared URL contract that the troubleshooting reference relies on. Plain
 * constants with no imports, so astro.config.mjs (through the sidebar) can load this file too.
 */

/** The ten common-issue slugs (/common-issues/<slug>/), in the guide's order: number 1 first. */
export const COMMON_ISSUE_SLUGS = [
	'engram-wont-start',
	'high-latency',
	'wal-lag',
	'memory-leak',
	'data-corruption',
	'isolation-violation',
	'nan-infinity',
	'consolidation-stuck',
	'index-corruption',
	'grpc-connection-failures',
] as const;

/** The five decision-tree ids (/troubleshooting/<id>/), by category number: category 1 first. */
export const DECISION_TREE_IDS = [
	'service-unavailability',
	'resource-exhaustion',
	'performance-degradation',
	'data-integrity',
	'configuration-deployment',
] as const;
