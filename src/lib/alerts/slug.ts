/**
 * The URL slug of an alert: the kebab-case of its Prometheus name, so that a rule's
 * `runbook_url` can be written by hand (WALLagCritical → wal-lag-critical,
 * SpreadingLatencySLOBreach → spreading-latency-slo-breach).
 */
export function alertSlug(name: string): string {
	return name
		.replace(/([a-z0-9])([A-Z])/g, '$1-$2')
		.replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
		.replace(/[^A-Za-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.toLowerCase();
}
