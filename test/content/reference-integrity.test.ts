/**
 * The real reference data agrees with itself and with the pages that show it; and
 * the integrity check catches each kind of broken reference, naming the file and the entry.
 */
import { describe, expect, it } from 'vitest';
import { checkReferenceIntegrity } from '~/lib/integrity/reference';
import { commonIssueSlugs } from '~/config/common-issues';
import { TREE_IDS } from '~/schemas/decision-tree';
import { checkNumbering } from '~/lib/integrity/reference';
import { checkDataLinks } from '~/lib/integrity/data-links';
import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { alertSlug } from '~/lib/alerts/slug';
import { loadReferenceData, readDocSource } from '../helpers/reference-data';

const data = loadReferenceData();

describe('reference integrity on the real data', () => {
	it('finds no problem', () => {
		expect(checkReferenceIntegrity(data)).toEqual([]);
	});

	it('maps every issue category to one of the decision trees', () => {
		for (const issue of data.issues) {
			const category = data.categories.find((candidate) => candidate.number === issue.category);
			expect(TREE_IDS).toContain(category?.treeId);
		}
	});

	it('lists the issue files in number order, numbered 1, 2, 3…, as the derived slug list has them', () => {
		expect(data.issues.map((issue) => issue.slug)).toEqual([...commonIssueSlugs]);
		expect(data.issues.map((issue) => issue.number)).toEqual(data.issues.map((_, index) => index + 1));
		expect(TREE_IDS).toEqual([...data.categories].sort((a, b) => a.number - b.number).map((category) => category.treeId));
	});

	it('links only to pages that exist, in every data file (the build runs the same check)', () => {
		const files = (readdirSync('content/data', { recursive: true }) as string[]).filter((name) => name.endsWith('.yaml'));
		expect(files.length).toBeGreaterThan(50);
		const entries = files.map((name) => ({ file: `content/data/${name}`, data: yaml.load(readFileSync(`content/data/${name}`, 'utf8')) }));
		expect(checkDataLinks(entries, data.pageSlugs)).toEqual([]);
	});

	it('covers every alert the guide and the issue brief name', () => {
		const names = data.alerts.map((alert) => alert.name);
		for (const name of [
			'WALLagCritical', 'WALLagWarning', 'MemoryPressureHigh', 'DiskUsageHigh', 'EngramDown',
			'HighMemoryOperationLatency', 'WALLagHigh', 'HighMemoryUsage', 'IndexFallbackActive',
		]) {
			expect(names).toContain(name);
		}
		expect(new Set(names.map(alertSlug)).size).toBe(names.length);
	});

	it('marks the alerts no rule file defines as not defined', () => {
		const undefinedAlerts = data.alerts.filter((alert) => alert.status === 'not-defined').map((alert) => alert.name);
		expect(undefinedAlerts.sort()).toEqual(
			['DiskUsageHigh', 'HighMemoryUsage', 'IndexFallbackActive', 'MemoryPressureHigh', 'WALLagCritical', 'WALLagWarning'].sort()
		);
	});
});

describe('reference integrity catches', () => {
	const [issue, ...otherIssues] = data.issues;
	const [family, ...otherFamilies] = data.errorFamilies;
	const [alert, ...otherAlerts] = data.alerts;
	const check = (changes: Partial<typeof data>) => checkReferenceIntegrity({ ...data, ...changes });
	const step = (code: string) => ({ text: 'Run it.', code, lang: 'bash' as const });

	it('two trees with one category number, and a gap in the numbers', () => {
		const categories = data.categories.map((c) => (c.number === 2 ? { ...c, number: 1 } : c));
		expect(check({ categories })).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/trees\/(service-unavailability|resource-exhaustion)\.yaml: "category\.number" 1 is also the number of content\/data\/trees\/(service-unavailability|resource-exhaustion)\.yaml/),
			])
		);
		expect(checkNumbering([{ file: 'a.yaml', number: 1 }, { file: 'c.yaml', number: 3 }], '"number"')).toEqual([
			'c.yaml: "number" is 3, but the numbers must run 1, 2, 3… without a gap (expected 2)',
		]);
		expect(checkNumbering([{ file: 'b.yaml', number: 2 }], '"number"')).toEqual([
			'b.yaml: "number" is 2, but the numbers must run 1, 2, 3… without a gap (expected 1)',
		]);
	});

	it('an issue whose category does not exist', () => {
		const problems = check({ categories: data.categories.filter((c) => c.number !== 1) });
		expect(problems.join('\n')).toMatch(/engram-wont-start\.yaml: "category" 1 has no decision tree/);
	});

	it('two issue files with one number', () => {
		expect(check({ issues: [{ ...issue!, number: 2 }, ...otherIssues] })).toContain(
			'content/data/common-issues/high-latency.yaml: "number" 2 is also the number of content/data/common-issues/engram-wont-start.yaml'
		);
	});

	it('an unknown severity in an issue and in an alert', () => {
		const badIssue = { ...issue!, severity: { guidance: [{ severity: 'sev9', when: 'x' }] } };
		expect(check({ issues: [badIssue, ...otherIssues] }).join('\n')).toMatch(/unknown severity "sev9"/);
		expect(check({ alerts: [{ ...alert!, severity: 'sev0' }, ...otherAlerts] }).join('\n')).toMatch(
			/alerts\.yaml \(EngramDown\): "severity" names unknown severity "sev0"/
		);
	});

	it('an error family resolved by an issue that does not exist, or using an unknown strategy', () => {
		const bad = { ...family!, resolvedBy: ['no-such-issue'] };
		expect(check({ errorFamilies: [bad, ...otherFamilies] }).join('\n')).toMatch(
			/error-patterns\.yaml \(node-access\): "resolvedBy" names unknown issue "no-such-issue"/
		);
		expect(check({ strategies: ['Retry'] }).join('\n')).toMatch(/strategy "Fallback" is not in recovery-strategies\.yaml/);
	});

	it('two alerts with the same page slug, an unknown tree, an unknown related alert', () => {
		const twin = { ...alert!, name: 'Engram-Down' };
		expect(check({ alerts: [...data.alerts, twin] }).join('\n')).toMatch(/two alerts share the page slug "engram-down"/);
		expect(check({ alerts: [{ ...alert!, trees: ['disk'] }, ...otherAlerts] }).join('\n')).toMatch(/unknown tree "disk"/);
		expect(check({ alerts: [{ ...alert!, seeAlso: ['Nope'] }, ...otherAlerts] }).join('\n')).toMatch(/unknown alert "Nope"/);
	});

	it('an alert whose status and rules disagree, or that leads nowhere', () => {
		const lonely = { ...alert!, issues: [], trees: [], actions: [] };
		expect(check({ alerts: [lonely, ...otherAlerts] }).join('\n')).toMatch(/names no issue, tree or action to follow/);
		const undefinedWithRule = { ...alert!, status: 'not-defined' as const };
		expect(check({ alerts: [undefinedWithRule, ...otherAlerts] }).join('\n')).toMatch(/status "not-defined" but "definitions" is not empty/);
	});

	it('a recovery run before its dry run, an unknown script or flag', () => {
		const cause = issue!.causes[0]!;
		const withActions = (actions: ReturnType<typeof step>[]) => ({ ...issue!, causes: [{ ...cause, actions }] });
		const problems = check({
			issues: [
				withActions([
					step('./scripts/emergency_recovery.sh --sanitize-nan'),
					step('./scripts/no_such_script.sh'),
					step('./scripts/emergency_recovery.sh --fix-wal-corruption --dry-run --force'),
				]),
				...otherIssues,
			],
		}).join('\n');
		expect(problems).toMatch(/"emergency_recovery\.sh --sanitize-nan" runs for real before "--sanitize-nan --dry-run" is shown/);
		expect(problems).toMatch(/calls no_such_script\.sh, which content\/data\/tools\.yaml does not document/);
		expect(problems).toMatch(/emergency_recovery\.sh has no flag "--force"/);
	});

	it('a link to a page that does not exist', () => {
		const bad = { ...issue!, escalate: ['See [the old page](troubleshooting.md).', 'And [a tree](troubleshooting/data-integrity).'] };
		const problems = check({ issues: [bad, ...otherIssues] });
		expect(problems).toEqual([expect.stringMatching(/links to "troubleshooting\.md", which is no page/)]);
	});
});

describe('the pages that show the data', () => {
	const headings = (source: string) => [...source.matchAll(/^#{2,3} (.+)$/gm)].map((match) => match[1]);

	it('give every error family, script and DR scenario its heading', () => {
		const patterns = headings(readDocSource('troubleshooting/error-patterns'));
		for (const family of data.errorFamilies) expect(patterns).toContain(`${family.number}. ${family.name}`);
		const tools = headings(readDocSource('reference/tools'));
		for (const tool of data.tools) expect(tools).toContain(tool.script);
		const backup = headings(readDocSource('backup-restore'));
		for (const scenario of data.drScenarios) expect(backup).toContain(`Scenario ${scenario.number}: ${scenario.name}`);
	});
});
