/**
 * The post-incident report's frontmatter schema on fixtures (test/fixtures/incident-reports/), on
 * the shipped reports (content/incident-reports/), on the report the incident console downloads,
 * and the goals file: every bad field is named.
 */
import { readSeed } from '../helpers/seed';
import { readFileSync, readdirSync } from 'node:fs';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { IncidentGoalSchema, IncidentReportSchema } from '~/schemas/incident-report';
import { OrganisationSchema } from '~/schemas/organisation';
import { logMilestone, setStatus } from '~/lib/incident/record';
import { reportFileName, reportMarkdown } from '~/lib/incident/report-markdown';
import { MIN, T0, declared, fakeTab, loadIncidentData } from '../helpers/incident';
import { DATA_DIR, readYaml } from '../helpers/data';

const FIXTURES = new URL('../fixtures/incident-reports/', import.meta.url).pathname;
const REPORTS = new URL('../../content/incident-reports/', import.meta.url).pathname;

/** The frontmatter of a Markdown file, parsed as YAML (what Astro's glob loader hands the schema). */
function frontmatter(text: string): unknown {
	const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
	if (!match) throw new Error('no frontmatter');
	return yaml.load(match[1]!);
}
const fixture = (name: string) => frontmatter(readFileSync(FIXTURES + name, 'utf8'));
const problems = (data: unknown) => {
	const result = IncidentReportSchema.safeParse(data);
	return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('the incident report schema', () => {
	it('accepts the required fields alone, quoted or unquoted times, and fills the defaults', () => {
		const report = IncidentReportSchema.parse(fixture('minimal.md'));
		expect(report.started.toISOString()).toBe('2026-03-01T14:00:00.000Z');
		expect(report.detected.toISOString()).toBe('2026-03-01T14:02:00.000Z');
		expect(report).toMatchObject({ example: false, escalationLevels: [], services: [], trees: [], commonIssues: [], actions: [] });
	});

	it('names an unknown key', () => {
		expect(problems(fixture('unknown-key.md')).join('\n')).toMatch(/Unrecognized key: "rootCuase"/);
	});

	it('names every bad value', () => {
		const found = problems(fixture('bad-values.md'));
		for (const field of ['id', 'practice', 'detected', 'escalationLevels.1', 'trees.0', 'commonIssues.0', 'actions.0.term']) {
			expect(found.some((line) => line.startsWith(`${field}:`)), `${field} in ${found.join(' | ')}`).toBe(true);
		}
	});

	it('names times out of order and a resolving level that was not engaged', () => {
		expect(problems(fixture('out-of-order.md'))).toEqual(['mitigated: mitigated is before acknowledged', 'resolvedAtLevel: the resolving level is not among escalationLevels']);
	});

	it('accepts every shipped report, named after its id; the examples say so', () => {
		const files = readdirSync(REPORTS).filter((name) => name.endsWith('.md'));
		expect(files.length).toBeGreaterThanOrEqual(2);
		for (const name of files) {
			const text = readFileSync(REPORTS + name, 'utf8');
			const report = IncidentReportSchema.parse(frontmatter(text));
			expect(name).toBe(`${report.id}.md`);
			if (report.example) {
				expect(report.title, name).toMatch(/^Example/);
				expect(text, name).toContain('**Example report');
			}
		}
	});
});

describe('the report the incident console downloads', () => {
	const data = loadIncidentData();
	const milestone = (id: string) => data.milestones.find((m) => m.id === id)!;

	it('is a valid report named after the incident, with the logged times', () => {
		const time = { now: T0 };
		const tab = fakeTab('a', time);
		let incident = declared(tab, { title: 'API: "503" everywhere' });
		for (const [id, minutes] of [['alert-fires', 1], ['acknowledged', 4], ['restored', 40], ['closed', 70]] as const) {
			time.now = T0 + minutes * MIN;
			incident = logMilestone(incident, milestone(id), tab);
		}
		incident = setStatus(incident, 'resolved', tab);
		const text = reportMarkdown(incident, data.milestones, data.metrics);
		expect(reportFileName(incident)).toBe(`${incident.id}.md`);
		const report = IncidentReportSchema.parse(frontmatter(text));
		expect(report).toMatchObject({ id: incident.id, title: 'API: "503" everywhere', severity: 'sev1', practice: false });
		expect(report.detected.getTime()).toBe(T0 + MIN);
		expect(report.acknowledged?.getTime()).toBe(T0 + 4 * MIN);
		expect(report.mitigated?.getTime()).toBe(T0 + 40 * MIN);
		expect(report.resolved?.getTime()).toBe(T0 + 70 * MIN);
		expect(text).toContain('## Timeline (All times in UTC)');
		expect(text).toContain('| 14:04 | Engineer acknowledges |');
	});

	it('is valid with nothing logged, and a practice incident says PRACTICE', () => {
		const tab = fakeTab('b', { now: T0 });
		const incident = declared(tab, { practice: true });
		const text = reportMarkdown(incident, data.milestones, data.metrics);
		const report = IncidentReportSchema.parse(frontmatter(text));
		expect(report.practice).toBe(true);
		expect(report.acknowledged).toBeUndefined();
		expect(report.mitigated).toBeUndefined();
		expect(text).toContain('PRACTICE');
	});
});

describe('the goals and the setting', () => {
	it('the goals file parses and says each goal in the guide’s words', () => {
		const goals = z.array(IncidentGoalSchema).parse(readYaml(`${DATA_DIR}incident-goals.yaml`));
		const guide = readSeed();
		const goalLines = guide.slice(guide.indexOf('### Goals'), guide.indexOf('### Review Cadence'));
		expect(goals.map((goal) => goal.id)).toEqual(['sev1-mttd', 'sev1-mttr', 'sev2-mttr', 'repeat-incidents', 'sev3-level1']);
		for (const goal of goals) expect(goalLines, goal.id).toContain(`- ${goal.guide}\n`);
	});

	it('exampleIncidentReports is a boolean, true when left out', () => {
		const organisation = (readYaml(`${DATA_DIR}organisation.yaml`) as { organisation: Record<string, unknown> }).organisation;
		expect(OrganisationSchema.parse(organisation).exampleIncidentReports).toBe(true);
		const { exampleIncidentReports: _drop, ...rest } = organisation;
		expect(OrganisationSchema.parse(rest).exampleIncidentReports).toBe(true);
		expect(OrganisationSchema.safeParse({ ...organisation, exampleIncidentReports: 'no' }).success).toBe(false);
	});
});
