/**
 * Issue 10 audit of alerts, metrics and monitoring: the data must agree with what Engram's
 * /metrics/prometheus really exports (the fixed list of to_prometheus_text in
 * engram-core/src/metrics/prometheus.rs, kept as metrics.yaml group `exporter`, each name cited
 * there), every alert reading a metric outside that list must say it cannot fire, and no command
 * of this area may bring back a step that was checked and found wrong.
 */
import { describe, expect, it } from 'vitest';
import { findCommands } from '~/lib/upstream/provenance';
import { AlertSchema } from '~/schemas/alert';
import { MetricGroupSchema } from '~/schemas/metric';
import { OrganisationSchema } from '~/schemas/organisation';
import { PageCommandsSchema } from '~/schemas/page-commands';
import { DATA_DIR, readYaml } from '../helpers/data';

const PROMETHEUS_RS = 'engram-core/src/metrics/prometheus.rs';
const rawAlerts = readYaml(`${DATA_DIR}alerts.yaml`) as Record<string, unknown>;
const alerts = Object.entries(rawAlerts).map(([name, value]) => ({ name, ...AlertSchema.parse(value) }));
const groups = Object.entries(readYaml(`${DATA_DIR}metrics.yaml`) as Record<string, unknown>).map(([id, value]) => ({
	id,
	...MetricGroupSchema.parse(value),
}));
const pageFiles = ['monitoring', 'alerts'].map((name) => ({
	name,
	data: PageCommandsSchema.parse(readYaml(`${DATA_DIR}page-commands/${name}.yaml`)),
}));

const exporter = groups.find((group) => group.id === 'exporter');
const exported = new Set(exporter?.metrics.map((metric) => metric.name));

/** The metric names a PromQL expression reads (label matchers, ranges and functions removed). */
function metricsOf(expression: string): string[] {
	const stripped = expression.replace(/\{[^}]*\}|\[[^\]]*\]/g, '');
	const words = stripped.match(/\b[a-zA-Z_:][a-zA-Z0-9_:]*\b(?!\s*\()/g) ?? [];
	const keywords = new Set(['by', 'without', 'and', 'or', 'unless', 'on', 'ignoring', 'group_left', 'group_right', 'up']);
	return [...new Set(words.filter((word) => !keywords.has(word) && /_/.test(word)))];
}
/** Whether a series name is rendered: the name itself, or a histogram's _bucket/_sum/_count. */
const isExported = (series: string) =>
	exported.has(series) || /_(bucket|sum|count)$/.test(series) && exported.has(series.replace(/_(bucket|sum|count)$/, ''));
/** PromQL definitions: from Engram's Prometheus rule files or its monitoring guide. */
const promqlDefinitions = (alert: (typeof alerts)[number]) =>
	alert.definitions.filter((definition) =>
		(definition.checked ?? []).some((citation) => /^deployments\/prometheus\/|^docs\/operations\/monitoring\.md$/.test(citation.file))
	);

describe('the exporter list (metrics.yaml group exporter)', () => {
	it('holds the 53 names to_prometheus_text renders, each exported and cited in prometheus.rs', () => {
		expect(exporter, 'metrics.yaml needs the group "exporter"').toBeDefined();
		expect(exporter!.metrics).toHaveLength(53);
		expect(exported.size).toBe(53);
		for (const metric of exporter!.metrics) {
			expect(metric.exported, metric.name).toBe(true);
			expect(metric.checked, metric.name).toContainEqual({ file: PROMETHEUS_RS, symbol: `"${metric.name}"` });
		}
	});
});

describe('metric exported flags', () => {
	const rows = groups.filter((group) => group.id !== 'exporter').flatMap((group) => group.metrics.map((metric) => ({ group: group.id, ...metric })));
	it.each(rows.map((row) => [`${row.group}: ${row.name}`, row] as const))('%s agrees with the exporter list', (_label, row) => {
		const names = row.name.split(',').map((name) => name.trim().replace(/\{.*$/, ''));
		if (names.length === 1 && names[0] === 'up') {
			expect(row.exported, 'up is recorded by Prometheus, not exported by Engram').toBeUndefined();
			return;
		}
		const flags = names.map((name) =>
			name.endsWith('*') ? [...exported].some((candidate) => candidate.startsWith(name.slice(0, -1))) : exported.has(name)
		);
		expect(row.exported, `${row.name}: set exported explicitly`).toBeTypeOf('boolean');
		for (const [index, name] of names.entries()) expect(row.exported, name).toBe(flags[index]);
		if (row.exported) {
			for (const name of names.filter((candidate) => !candidate.endsWith('*'))) {
				expect(row.checked ?? [], `${name} needs a prometheus.rs citation`).toContainEqual({ file: PROMETHEUS_RS, symbol: `"${name}"` });
			}
		} else {
			for (const citation of row.checked ?? []) expect(citation.file, row.name).not.toBe(PROMETHEUS_RS);
		}
	});
});

describe('alerts that cannot fire', () => {
	it.each(alerts.map((alert) => [alert.name, alert] as const))('%s lists exactly the unexported metrics its rule reads', (_name, alert) => {
		const expected = [...new Set(promqlDefinitions(alert).flatMap((d) => metricsOf(d.expression)))].filter((series) => !isExported(series));
		expect([...alert.notExported].sort()).toEqual(expected.sort());
	});

	it('marks the alerts the audit found silent', () => {
		const silent = alerts.filter((alert) => alert.notExported.length > 0).map((alert) => alert.name);
		for (const name of ['WALLagHigh', 'HighMemoryOperationLatency', 'StorageTierNearCapacity', 'HealthProbeFailure', 'HighErrorRate', 'HighQueueDepth', 'NodeDown']) {
			expect(silent).toContain(name);
		}
		for (const name of ['EngramDown', 'ActivationPoolExhaustion', 'ConsolidationFailureStreak', 'SpreadingCircuitBreakerOpen']) {
			expect(silent).not.toContain(name);
		}
	});
});

describe('alert definitions', () => {
	it.each(alerts.filter((alert) => alert.definitions.length > 0).map((alert) => [alert.name, alert] as const))(
		'%s cites the rule by name in the file it was copied from',
		(_name, alert) => {
			for (const definition of alert.definitions) {
				const citations = definition.checked ?? [];
				expect(citations.length, definition.where).toBeGreaterThan(0);
				expect(
					citations.some((citation) => citation.symbol === `alert: ${alert.name}` || citation.symbol === `name: ${alert.name}` || citation.symbol === definition.expression),
					`${alert.name}: cite "alert: ${alert.name}" or the expression`
				).toBe(true);
			}
		}
	);

	it('flags every alerts.yml rule with the defect that stops the file loading', () => {
		for (const alert of alerts.filter((candidate) => candidate.status === 'shipped')) {
			for (const definition of alert.definitions.filter((d) => d.checked?.[0]?.file === 'deployments/prometheus/alerts.yml')) {
				expect(definition.defects, alert.name).toContain('alert-rules-do-not-load');
			}
		}
	});

	it('keeps the streaming rules with the labels and the full expressions of streaming.yml', () => {
		const queue = alerts.find((alert) => alert.name === 'HighQueueDepth')!;
		expect(queue.definitions[0]!.expression).toContain('engram_streaming_queue_depth{priority="high"} > 8000');
		expect(queue.definitions[0]!.labels).toEqual({ component: 'streaming' });
		const stealing = alerts.find((alert) => alert.name === 'ExcessiveWorkStealing')!;
		expect(stealing.definitions[0]!.expression).toContain('engram_streaming_work_stolen_total[5m]');
	});
});

describe('commands of alerts, monitoring and the alerts index', () => {
	const sites = [
		...findCommands('content/data/alerts.yaml', rawAlerts),
		...pageFiles.flatMap((file) => findCommands(`content/data/page-commands/${file.name}.yaml`, readYaml(`${DATA_DIR}page-commands/${file.name}.yaml`))),
	].filter((site) => site.key !== 'expression');

	it('all carry provenance', () => {
		expect(sites.length).toBeGreaterThan(20);
		for (const site of sites) expect(site.checked.length > 0 || site.ours !== undefined, `${site.file} ${site.path}`).toBe(true);
	});

	it.each([
		['kill -HUP (SIGHUP terminates Engram)', /kill -HUP/],
		['a /spaces/ folder (spaces live at the data root)', /\/spaces\//],
		['--http-port (engram start rejects it)', /--http-port/],
		["jq '.[]' on an object", /jq ['"]?\.\[\]/],
		['a Loki | json parser (Engram logs plain text)', /\|\s*json\b/],
		['RUST_LOG (the server reads --log-level)', /RUST_LOG=/],
		['the breaker reset route (not served)', /breaker\/reset/],
		['promtool on the shipped alerts.yml (it fails)', /promtool check rules deployments\/prometheus\/alerts\.yml/],
		['validate_metric_coverage.sh (exits after its first metric)', /validate_metric_coverage\.sh/],
		['engram status --json for cluster facts (it has none)', /engram status --json/],
		['the not-exported engram_storage_tier_utilization_ratio', /engram_storage_tier_utilization_ratio/],
		['a Prometheus query that passes silently', /api\/v1\/query(?![\s\S]*jq -e)/],
		['a <placeholder> in a shell command', /<[a-z][a-z-]*>/],
	])('never use %s', (_label, pattern) => {
		for (const site of sites) expect(site.command, `${site.file} ${site.path}`).not.toMatch(pattern);
	});

	it('make every jq check fail loudly (jq -e)', () => {
		for (const site of sites) {
			for (const use of site.command.match(/\bjq\b(\s+-\S+)*/g) ?? []) expect(use, `${site.file} ${site.path}`).toMatch(/-e|-er/);
		}
	});
});

describe('the runbook URL setting', () => {
	it('is an origin, so the base path can follow it', () => {
		const organisation = OrganisationSchema.parse((readYaml(`${DATA_DIR}organisation.yaml`) as { organisation: unknown }).organisation);
		expect(new URL(organisation.runbookUrl).pathname).toBe('/');
	});
});
