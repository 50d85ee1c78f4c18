/** The reference schemas accept the real entries and reject broken ones, naming the field. */
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { AlertSchema } from '~/schemas/alert';
import { DrScenarioSchema, VerificationLevelSchema } from '~/schemas/backup';
import { CommandStepSchema } from '~/schemas/command-step';
import { CommonIssueSchema } from '~/schemas/common-issue';
import { ErrorFamilySchema } from '~/schemas/error-pattern';
import { MetricGroupSchema } from '~/schemas/metric';
import { ToolSchema } from '~/schemas/tool';
import { loadMonitoringData, loadReferenceData } from '../helpers/reference-data';

const data = loadReferenceData();

function failingFields(schema: z.ZodType, value: unknown): string[] {
	const result = schema.safeParse(value);
	return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

/** An entry without the id the loader adds, as it is in the file. */
const strip = <T extends object>(entry: T, key: string) =>
	Object.fromEntries(Object.entries(entry).filter(([name]) => name !== key));

describe('CommandStepSchema', () => {
	it('accepts a step with code, expectation and caveat, and defaults the language to bash', () => {
		expect(CommandStepSchema.parse({ text: 'Run it.', code: 'ls', expect: 'files', caveat: 'careful' }).lang).toBe('bash');
	});
	it.each([
		['empty text', { text: '' }, 'text'],
		['an unknown language', { text: 'x', code: 'y', lang: 'cobol' }, 'lang'],
		['empty code', { text: 'x', code: '' }, 'code'],
	])('rejects %s', (_label, value, field) => {
		expect(failingFields(CommandStepSchema, value)).toContain(field);
	});
});

describe('CommonIssueSchema', () => {
	const good = strip(data.issues.find((issue) => issue.slug === 'wal-lag')!, 'slug');
	it('accepts every real issue', () => {
		expect(data.issues.length).toBeGreaterThanOrEqual(10);
	});
	it.each([
		// An eleventh issue or a sixth category is allowed: the numbering is checked across files
		// (checkNumbering in src/lib/integrity/reference.ts), not capped here.
		['category 0', { ...good, category: 0 }, 'category'],
		['issue number 1.5', { ...good, number: 1.5 }, 'number'],
		['a bad severity id', { ...good, severity: { guidance: [{ severity: 'critical', when: 'x' }] } }, 'severity.guidance.0.severity'],
		['no severity guidance', { ...good, severity: { guidance: [] } }, 'severity.guidance'],
		['no causes', { ...good, causes: [] }, 'causes'],
		['a cause without actions', { ...good, causes: [{ ...good.causes[0], actions: [] }] }, 'causes.0.actions'],
		['a cause id with spaces', { ...good, causes: [{ ...good.causes[0], id: 'Disk full' }] }, 'causes.0.id'],
		['no success criteria', { ...good, verify: { ...good.verify, success: [] } }, 'verify.success'],
		['no escalation', { ...good, escalate: [] }, 'escalate'],
	])('rejects %s', (_label, value, field) => {
		expect(failingFields(CommonIssueSchema, value)).toContain(field);
	});
});

describe('ErrorFamilySchema', () => {
	const good = data.errorFamilies[2]!;
	it('accepts the seven real families', () => {
		expect(data.errorFamilies).toHaveLength(7);
		expect(failingFields(ErrorFamilySchema, good)).toEqual([]);
	});
	it.each([
		['no signatures', { ...good, signatures: [] }, 'signatures'],
		['an unknown strategy', { ...good, strategies: [{ strategy: 'Pray', when: 'always' }] }, 'strategies.0.strategy'],
		['family number 8', { ...good, number: 8 }, 'number'],
		['a bad issue slug', { ...good, resolvedBy: ['Issue 3'] }, 'resolvedBy.0'],
	])('rejects %s', (_label, value, field) => {
		expect(failingFields(ErrorFamilySchema, value)).toContain(field);
	});
});

describe('AlertSchema', () => {
	const good = strip(data.alerts.find((alert) => alert.name === 'WALLagHigh')!, 'name');
	const rule = (good as { definitions: object[] }).definitions[0]!;
	it('accepts every real alert', () => {
		expect(data.alerts.length).toBeGreaterThanOrEqual(40);
	});
	it.each([
		['an unknown status', { ...good, status: 'maybe' }, 'status'],
		['a severity label as severity', { ...good, severity: 'warning' }, 'severity'],
		['a bad "for" duration', { ...good, definitions: [{ ...rule, for: 'five minutes' }] }, 'definitions.0.for'],
		['an unknown rule label', { ...good, definitions: [{ ...rule, label: 'page' }] }, 'definitions.0.label'],
		['a bad tree id', { ...good, trees: ['Performance'] }, 'trees.0'],
	])('rejects %s', (_label, value, field) => {
		expect(failingFields(AlertSchema, value)).toContain(field);
	});
});

describe('ToolSchema', () => {
	const good = strip(data.tools.find((tool) => tool.script === 'emergency_recovery.sh')!, 'script');
	it('accepts every real script', () => {
		expect(data.tools.length).toBeGreaterThanOrEqual(15);
	});
	it.each([
		['an unknown group', { ...good, group: 'misc' }, 'group'],
		['a mode flag without dashes', { ...good, modes: [{ flag: 'sanitize', dryRun: 'a', realRun: 'b', followUp: 'c' }] }, 'modes.0.flag'],
		['a lowercase environment variable', { ...good, env: [{ name: 'engram_url', text: 'x' }] }, 'env.0.name'],
		['a table row with a missing cell', { ...good, tables: [{ title: 't', columns: ['a', 'b'], rows: [['1']] }] }, 'tables.0.rows'],
	])('rejects %s', (_label, value, field) => {
		expect(failingFields(ToolSchema, value)).toContain(field);
	});
});

describe('MetricGroupSchema, DrScenarioSchema and VerificationLevelSchema', () => {
	const monitoring = loadMonitoringData();
	it('accept the real data', () => {
		expect(monitoring.metricGroups.length).toBeGreaterThanOrEqual(7);
		expect(monitoring.verificationLevels.map(([level]) => level)).toEqual(['L1', 'L2', 'L3', 'L4']);
		expect(data.drScenarios).toHaveLength(6);
	});
	it('reject an empty metric group, a scenario without steps, a level without checks', () => {
		expect(failingFields(MetricGroupSchema, { metrics: [] })).toContain('metrics');
		expect(failingFields(DrScenarioSchema, { ...strip(data.drScenarios[0]!, 'id'), steps: [] })).toContain('steps');
		expect(failingFields(VerificationLevelSchema, { budget: '<1 s', schedule: 'daily' })).toContain('checks');
	});
});
