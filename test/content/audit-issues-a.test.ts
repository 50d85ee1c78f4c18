/**
 * Issue 10 audit of common issues 1, 2, 4, 8 and 10: every command on these pages was checked
 * against Engram's code at the pinned commit. These tests fail if a command that the code proves
 * wrong comes back (a config section the server ignores, SIGHUP as a reload, `--http-port`, a
 * `spaces/` path, a metric the exporter does not have, a log line the code never writes, a jq
 * check that passes on an empty response…), or if a command loses its provenance.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, readYaml } from '../helpers/data';

const FILES = [
	'engram-wont-start',
	'grpc-connection-failures',
	'high-latency',
	'memory-leak',
	'consolidation-stuck',
] as const;

const COMMAND_KEYS = ['code', 'command', 'check', 'usage', 'dryRun', 'realRun', 'expression'] as const;

interface Found {
	file: string;
	path: string;
	key: string;
	text: string;
	holder: Record<string, unknown>;
}

/** Every command-bearing key in a parsed YAML tree, with the object that holds it. */
function collectCommands(file: string, node: unknown, path: string, out: Found[]): Found[] {
	if (Array.isArray(node)) {
		node.forEach((item, index) => collectCommands(file, item, `${path}[${index}]`, out));
	} else if (node && typeof node === 'object') {
		const record = node as Record<string, unknown>;
		for (const key of COMMAND_KEYS) {
			if (typeof record[key] === 'string') out.push({ file, path, key, text: record[key] as string, holder: record });
		}
		for (const [key, value] of Object.entries(record)) collectCommands(file, value, path ? `${path}.${key}` : key, out);
	}
	return out;
}

const commands = FILES.flatMap((file) =>
	collectCommands(file, readYaml(`${DATA_DIR}common-issues/${file}.yaml`), '', []),
);
const shellCommands = commands.filter((found) => (found.holder.lang ?? 'bash') === 'bash');
const where = (found: Found) => `${found.file} ${found.path}: ${found.text}`;
const offending = (list: Found[], test: (text: string) => boolean) => list.filter((found) => test(found.text)).map(where);

/** The names /metrics/prometheus can emit (engram-core/src/metrics/prometheus.rs at the pinned commit). */
const EXPORTED = new Set([
	'engram_spreading_activations_total', 'engram_spreading_latency_hot_seconds',
	'engram_spreading_latency_warm_seconds', 'engram_spreading_latency_cold_seconds',
	'engram_spreading_latency_budget_violations_total', 'engram_spreading_fallback_total',
	'engram_spreading_failures_total', 'engram_spreading_breaker_state',
	'engram_spreading_breaker_transitions_total', 'engram_spreading_gpu_launch_total',
	'engram_spreading_gpu_fallback_total', 'engram_spreading_pool_utilization', 'engram_spreading_pool_hit_rate',
	'engram_cluster_assignments_total', 'engram_cluster_rebalance_plans_total', 'engram_cluster_spaces_per_node',
	'engram_consolidation_runs_total', 'engram_consolidation_failures_total', 'engram_consolidation_novelty_gauge',
	'engram_consolidation_novelty_variance', 'engram_consolidation_citation_churn',
	'engram_consolidation_freshness_seconds', 'engram_consolidation_citations_current',
	'engram_compaction_attempts_total', 'engram_compaction_success_total', 'engram_compaction_rollback_total',
	'engram_compaction_episodes_removed', 'engram_compaction_storage_saved_bytes',
	'engram_wal_recovery_successes_total', 'engram_wal_recovery_failures_total', 'engram_wal_recovery_duration_seconds',
	'engram_wal_compaction_runs_total', 'engram_wal_compaction_bytes_reclaimed',
]);

/** The sections CliConfig reads (engram-cli/src/config.rs); `Service` is a systemd drop-in. */
const READ_SECTIONS = ['feature_flags', 'memory_spaces', 'persistence', 'cluster', 'server', 'router', 'security', 'Service'];

describe('common issues 1, 2, 4, 8, 10: commands checked against Engram', () => {
	it('finds the commands of all five files', () => {
		expect(commands.length).toBeGreaterThan(50);
	});

	it('gives every command provenance (checked or ours)', () => {
		const missing = commands.filter((found) => !found.holder.checked && !found.holder.ours).map(where);
		expect(missing).toEqual([]);
	});

	it('offers no config fix in a section the server ignores', () => {
		const ignored = commands.flatMap((found) =>
			[...found.text.matchAll(/^\s*\[\[?([A-Za-z_][\w.]*)\]\]?\s*$/gm)]
				.map((match) => match[1] ?? '')
				.filter((section) => !READ_SECTIONS.includes(section.split('.')[0] ?? ''))
				.map((section) => `${where(found)} [${section}]`),
		);
		expect(ignored).toEqual([]);
		expect(offending(commands, (text) => /hot_capacity|max_concurrent|max_batch_size|pattern_detection/.test(text))).toEqual([]);
	});

	it('never sends SIGHUP as a "reload"', () => {
		expect(offending(commands, (text) => /kill\s+-(HUP|1|SIGHUP)\b/.test(text))).toEqual([]);
	});

	it('never passes --http-port to engram start', () => {
		expect(offending(commands, (text) => text.includes('--http-port'))).toEqual([]);
	});

	it('uses the real data layout: no spaces/ level, no ./data default', () => {
		expect(offending(commands, (text) => /\/spaces\//.test(text) || /:-\.\/data\b/.test(text))).toEqual([]);
		expect(offending(commands, (text) => /ENGRAM_DATA_DIR:-(?!\/var\/lib\/engram)/.test(text))).toEqual([]);
	});

	it('queries only metrics the exporter has', () => {
		const unknown = commands.flatMap((found) =>
			[...found.text.matchAll(/\bengram_[a-z0-9_]+/g)]
				.map((match) => match[0].replace(/_(bucket|count|sum)$/, ''))
				.filter((name) => (name.endsWith('_') ? ![...EXPORTED].some((known) => known.startsWith(name)) : !EXPORTED.has(name)))
				.map((name) => `${where(found)} (${name})`),
		);
		expect(unknown).toEqual([]);
	});

	it('greps for no log line the code never writes', () => {
		const never = [
			'Consolidation cycle complete',
			'pattern detection timeout',
			'Falling back to linear search',
			'Failed to bind',
			'Cannot allocate memory for hot tier',
		];
		expect(offending(commands, (text) => never.some((line) => text.toLowerCase().includes(line.toLowerCase())))).toEqual([]);
	});

	it('makes every jq check fail loudly, and never reads the memory list as an array', () => {
		const loose = shellCommands
			.flatMap((found) => [...found.text.matchAll(/\|\s*jq\s+([^'"]*)/g)].map((match) => ({ found, flags: match[1] ?? '' })))
			.filter(({ flags }) => !/(^|\s)-[a-z]*e/.test(flags))
			.map(({ found }) => where(found));
		expect(loose).toEqual([]);
		expect(offending(commands, (text) => /jq\s+(-\w+\s+)*'\.\[\]/.test(text))).toEqual([]);
	});

	it('puts no <placeholder> in a shell command', () => {
		expect(offending(shellCommands, (text) => /<[A-Za-z][\w-]*>/.test(text))).toEqual([]);
	});

	it('uses no CLI subcommand or script the code does not have, or that cannot work', () => {
		const wrong = [
			/engram config (validate|init)/,
			/engram space (archive|delete|list)/,
			/validate_config\.sh/,
			/benchmark_deployment\.sh/,
			/analyze_slow_queries\.sh/,
			/memory_usage\.txt/,
			/\bpstack\b|\bgdb\b/,
			/grpcurl(?![^\n]*-proto)[^\n]*\blist\b/,
			/grpc\.tls|cert_path|client_ca_path/,
			/ulimit -n \d/,
		];
		expect(offending(commands, (text) => wrong.some((pattern) => pattern.test(text)))).toEqual([]);
	});

	it('marks every restart, kill, delete or move as destructive', () => {
		const unmarked = shellCommands
			.filter((found) => /systemctl restart|\bkill\b|kubectl delete|\brm\b|\bmv\b/.test(found.text))
			.filter((found) => !/sudo -u engram rm "\$\{ENGRAM_DATA_DIR/.test(found.text))
			.filter((found) => !found.holder.destructive)
			.map(where);
		expect(unmarked).toEqual([]);
	});

	it('links the defects it relies on, and their files exist', () => {
		const used = new Set<string>();
		const walk = (node: unknown): void => {
			if (Array.isArray(node)) node.forEach(walk);
			else if (node && typeof node === 'object') {
				const record = node as Record<string, unknown>;
				if (Array.isArray(record.defects)) for (const id of record.defects) used.add(String(id));
				Object.values(record).forEach(walk);
			}
		};
		for (const file of FILES) walk(readYaml(`${DATA_DIR}common-issues/${file}.yaml`));
		for (const id of ['unit-http-port-flag', 'unknown-config-sections-ignored', 'sighup-terminates', 'consolidation-scheduler-not-started', 'validate-config-exits-early']) {
			expect(used.has(id), id).toBe(true);
		}
		for (const id of used) expect(existsSync(`${DATA_DIR}upstream-defects/${id}.yaml`), id).toBe(true);
	});

	it('keeps no collapsed setup box on the issue pages: each command carries its own setup', () => {
		const summary = readFileSync(new URL('../../src/components/reference/IssueSummary.astro', import.meta.url), 'utf8');
		expect(summary).not.toContain('<details');
		expect(summary).not.toContain('Before you run the commands');
		expect(offending(shellCommands, (text) => /\$ENGRAM_CONFIG\b|\$\{ENGRAM_CONFIG[}:]/.test(text) && !/export ENGRAM_CONFIG=/.test(text))).toEqual([]);
	});
});
