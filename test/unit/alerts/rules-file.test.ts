import { describe, expect, it } from 'vitest';
import type { AlertDefinition } from '~/schemas/alert';
import { buildRulesFile, promqlDefinition, ruleGroup, type RuleAlert } from '~/lib/alerts/rules-file';
import { ALERT_SECTIONS } from '~/lib/alerts/sections';

const definition = (file: string, where: string): AlertDefinition => ({
	where,
	expression: 'up{job="engram"} == 0',
	for: '1m',
	label: 'critical',
	labels: { component: 'server' },
	checked: [{ file, symbol: 'EngramDown' }],
});
const alert = (name: string, definitions: AlertDefinition[], notExported: string[] = []): RuleAlert => ({
	name,
	meaning: 'The `engram` server is [down](common-issues/engram-wont-start).',
	notExported,
	definitions,
});
const options = { pageUrl: (name: string) => `https://runbook.example/alerts/${name.toLowerCase()}/`, commit: '5d54816abcdef0123' };

describe('promqlDefinition', () => {
	it('picks the definition copied from a Prometheus rule file or the monitoring guide', () => {
		const loki = definition('deployments/loki/rules.yml', 'rules.yml, group logs');
		const prom = definition('deployments/prometheus/alerts.yml', 'alerts.yml, group engram_availability');
		expect(promqlDefinition(alert('EngramDown', [loki, prom]))).toBe(prom);
		expect(promqlDefinition(alert('EngramDown', [loki]))).toBeUndefined();
		expect(promqlDefinition(alert('X', [definition('docs/operations/monitoring.md', 'monitoring.md, group g')]))).toBeDefined();
	});
});

describe('ruleGroup', () => {
	it('reads the group from "where", and fails without one', () => {
		expect(ruleGroup(definition('x', 'alerts.yml, group engram_availability'))).toBe('engram_availability');
		expect(ruleGroup(definition('x', 'alerts.yml, group wal, line 4'))).toBe('wal');
		expect(() => ruleGroup(definition('x', 'alerts.yml'))).toThrow(/names no group/);
	});
});

describe('buildRulesFile', () => {
	it('writes each PromQL rule with its labels, a plain-text summary and its runbook_url', () => {
		const text = buildRulesFile(
			[
				alert('EngramDown', [definition('deployments/prometheus/alerts.yml', 'alerts.yml, group engram_availability')]),
				alert('NotPromQL', [definition('deployments/loki/rules.yml', 'rules.yml, group logs')]),
			],
			options
		);
		expect(text).toContain('  - name: engram_availability\n    rules:\n      - alert: EngramDown\n');
		expect(text).toContain('          up{job="engram"} == 0\n        for: 1m\n');
		expect(text).toContain('          severity: "critical"\n          component: "server"\n');
		// Code spans and links of the inline Markdown become plain text.
		expect(text).toContain('          summary: "The engram server is down."\n');
		expect(text).toContain('          runbook_url: "https://runbook.example/alerts/engramdown/"\n');
		expect(text).not.toContain('NotPromQL');
		expect(text).not.toContain('          not_exported:');
	});

	it('annotates a rule whose metric Engram does not export', () => {
		const text = buildRulesFile(
			[alert('WALLagHigh', [definition('deployments/prometheus/alerts.yml', 'alerts.yml, group wal')], ['engram_wal_lag_seconds'])],
			options
		);
		expect(text).toMatch(/not_exported: "engram_wal_lag_seconds: not rendered by Engram's \/metrics\/prometheus at 5d54816abcde;/);
	});
});

describe('ALERT_SECTIONS', () => {
	it('have distinct anchors', () => {
		const ids = Object.values(ALERT_SECTIONS).map((section) => section.id);
		expect(new Set(ids).size).toBe(ids.length);
	});
});
