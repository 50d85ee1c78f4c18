/**
 * Server-only accessors for the post-incident reports (content/incident-reports/*.md) and the
 * guide's goals (content/data/incident-goals.yaml). Checked once per build: the file name is the
 * report's id, ids are unique, the severity is a level of severity-levels.yaml, and a goal names
 * a level and a metric that exist. A problem fails the build, naming the file and the field.
 * The organisation setting `exampleIncidentReports` decides whether the shipped examples show.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { getOrganisation, getSeverityLevels } from './guide';
import { getIncidentData } from './incident';
import { pageUrl } from './pages';
import { byDateDescending, countedReports, visibleReports, type ReportFacts } from '../lib/metrics/reports';
import type { GoalInfo } from '../lib/metrics/metrics';

export const REPORTS_DIR = 'content/incident-reports';

export interface IncidentReport extends ReportFacts {
	/** The page slug ("inc-2026-11-18-001"): /incident-reports/<slug>/. */
	slug: string;
	/** The collection entry, to render its Markdown. */
	entry: CollectionEntry<'incidentReports'>;
}

/** The page slug of a report id. */
export const reportSlug = (id: string) => id.toLowerCase();
/** The URL of a report's page. */
export const reportUrl = (id: string) => pageUrl(`incident-reports/${reportSlug(id)}`);

const ms = (date: Date | undefined) => (date === undefined ? undefined : date.getTime());

function toReport(entry: CollectionEntry<'incidentReports'>): IncidentReport {
	const data = entry.data;
	return {
		id: data.id,
		slug: reportSlug(data.id),
		title: data.title,
		severity: data.severity,
		practice: data.practice,
		example: data.example,
		started: data.started.getTime(),
		detected: data.detected.getTime(),
		acknowledged: ms(data.acknowledged),
		mitigated: ms(data.mitigated),
		resolved: ms(data.resolved),
		rootCause: data.rootCause,
		escalationLevels: data.escalationLevels,
		resolvedAtLevel: data.resolvedAtLevel,
		services: data.services,
		trees: data.trees,
		commonIssues: data.commonIssues,
		actions: data.actions.map((action) => ({ ...action, due: ms(action.due) })),
		entry,
	};
}

let all: Promise<IncidentReport[]> | undefined;

/** Every report in the folder, newest first, checked. */
async function loadAll(): Promise<IncidentReport[]> {
	all ??= (async () => {
		const entries = await getCollection('incidentReports');
		const levels = new Set((await getSeverityLevels()).map((level) => level.id));
		const problems: string[] = [];
		const seen = new Map<string, string>();
		for (const entry of entries) {
			const file = `${REPORTS_DIR}/${entry.id}.md`;
			if (entry.id !== entry.data.id) problems.push(`${file}: id: the file of ${entry.data.id} must be named ${entry.data.id}.md`);
			if (!levels.has(entry.data.severity)) problems.push(`${file}: severity: "${entry.data.severity}" is no level of content/data/severity-levels.yaml (${[...levels].join(', ')})`);
			const other = seen.get(reportSlug(entry.data.id));
			if (other) problems.push(`${file}: id: ${entry.data.id} is also the id of ${other}`);
			seen.set(reportSlug(entry.data.id), file);
		}
		if (problems.length > 0) {
			throw new AstroError(`The incident reports have ${problems.length} problem(s):\n- ${problems.join('\n- ')}`, 'Fix the named file and field, then build again.');
		}
		return entries.map(toReport).sort(byDateDescending);
	})();
	return all;
}

/** Whether the shipped example reports show (organisation.yaml `exampleIncidentReports`). */
export async function includeExamples(): Promise<boolean> {
	return (await getOrganisation()).exampleIncidentReports;
}

/** The reports the site shows, newest first: all of them, the examples only when the settings keep them. */
export async function getIncidentReports(): Promise<IncidentReport[]> {
	return visibleReports(await loadAll(), { includeExamples: await includeExamples() });
}

/** The reports that involved a common issue or a tree, newest first. */
export async function getReportsInvolving(kind: 'issue' | 'tree', id: string): Promise<IncidentReport[]> {
	return (await getIncidentReports()).filter((report) => (kind === 'issue' ? report.commonIssues : report.trees).includes(id));
}

let goals: Promise<GoalInfo[]> | undefined;

/** The guide's goals in file order, checked against the severity levels and the incident metrics. */
export async function getIncidentGoals(): Promise<GoalInfo[]> {
	goals ??= (async () => {
		const entries = (await getCollection('incidentGoals')).map((entry) => entry.data).sort((a, b) => a.position - b.position);
		const levels = new Set((await getSeverityLevels()).map((level) => level.id));
		const metrics = new Set((await getIncidentData()).metrics.map((metric) => metric.id));
		const problems: string[] = [];
		for (const goal of entries) {
			if (goal.severity !== undefined && !levels.has(goal.severity)) problems.push(`content/data/incident-goals.yaml: ${goal.id}: severity: "${goal.severity}" is no severity level`);
			if (goal.measure.startsWith('time-to-') && !metrics.has(goal.measure)) problems.push(`content/data/incident-goals.yaml: ${goal.id}: measure: "${goal.measure}" is no metric of incident-metrics.yaml`);
			if (goal.measure.startsWith('time-to-') !== (goal.unit === 'minutes')) problems.push(`content/data/incident-goals.yaml: ${goal.id}: unit: a time is in minutes, a rate in percent`);
		}
		if (problems.length > 0) throw new AstroError(`The incident goals have ${problems.length} problem(s):\n- ${problems.join('\n- ')}`, 'Fix the named entry.');
		return entries.map(({ position: _position, ...goal }) => goal);
	})();
	return goals;
}

export interface MetricsInput {
	/** The reports the metrics count: real incidents, examples only when the settings keep them. */
	counted: IncidentReport[];
	/** Practice incidents archived (never counted). */
	practiceCount: number;
	/** Examples left out by the setting. */
	examplesLeftOut: number;
	levels: { id: string; label: string; name: string }[];
	goals: GoalInfo[];
	/** The build's time: every period ends here. */
	now: number;
}

let input: Promise<MetricsInput> | undefined;

/** What the metrics page computes from, once per build. */
export async function getMetricsInput(): Promise<MetricsInput> {
	input ??= (async () => {
		const every = await loadAll();
		const examples = await includeExamples();
		return {
			counted: countedReports(every, { includeExamples: examples }),
			practiceCount: visibleReports(every, { includeExamples: examples }).filter((report) => report.practice).length,
			examplesLeftOut: examples ? 0 : every.filter((report) => report.example).length,
			levels: (await getSeverityLevels()).map(({ id, label, name }) => ({ id, label, name })),
			goals: await getIncidentGoals(),
			now: Date.now(),
		};
	})();
	return input;
}
