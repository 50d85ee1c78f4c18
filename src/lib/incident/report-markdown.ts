/**
 * The downloaded post-incident report: a file for content/incident-reports/
 * (src/schemas/incident-report.ts). Apart from report.ts so the console loads it only when the
 * reader downloads a report.
 */
import { detectedAt, milestoneTime, severityOf, startedAt, textField, type Incident } from './record';
import { metricFigures, timelineRows, timelineTable, type MetricInfo, type MilestoneInfo } from './report';

/** "INC-2026-03-01-001.md": the name the archive expects. */
export function reportFileName(incident: Incident): string {
	return `${incident.id}.md`;
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
/** A YAML string that is always read back as the same text (JSON strings are YAML). */
const yamlString = (text: string) => JSON.stringify(text);

/**
 * The post-incident report as a Markdown file with the archive's typed frontmatter: id, title,
 * severity, practice, the times from the log (detected: "Alert fires" or the detection time;
 * acknowledged; mitigated: "Full service restored"; resolved: "Incident closed"), and the
 * fields only people know (root cause, levels, services, trees, issues, actions) left for the
 * author, as comments that say what to write. Dropped into content/incident-reports/ as it is,
 * it builds; the body has the timeline and the metrics.
 */
export function reportMarkdown(incident: Incident, milestones: readonly MilestoneInfo[], metrics: readonly MetricInfo[]): string {
	const time = (id: string) => milestoneTime(incident, id);
	const detected = Math.max(startedAt(incident), time('alert-fires') ?? detectedAt(incident));
	const optional = (key: string, ms: number | undefined, what: string) =>
		ms === undefined ? `# ${key}: 2026-01-01T00:00:00Z   # ${what} (not logged)` : `${key}: ${iso(ms)}`;
	const title = textField(incident, 'title');
	const frontmatter = [
		'---',
		`id: ${incident.id}`,
		`title: ${yamlString(title || incident.id)}`,
		`severity: ${severityOf(incident)}`,
		`practice: ${incident.practice}`,
		`started: ${iso(startedAt(incident))}`,
		`detected: ${iso(detected)}`,
		optional('acknowledged', time('acknowledged'), 'the engineer acknowledged'),
		optional('mitigated', time('restored'), 'full service restored'),
		optional('resolved', time('closed'), 'root cause fixed, incident closed'),
		'# Fill these in after the review (see /incident-reports/ for what each one means):',
		'# rootCause: short-key-of-the-cause   # the same key for the same cause: repeats are counted by it',
		'escalationLevels: []   # the levels engaged, e.g. [1, 2]',
		'# resolvedAtLevel: 1',
		'services: []   # e.g. [http-api, wal]',
		'trees: []   # decision trees used, e.g. [service-unavailability]',
		'commonIssues: []   # e.g. [wal-lag]',
		'actions: []   # prevention actions: { action, owner, term: immediate|short-term|long-term, due: YYYY-MM-DD, status: complete|in-progress|pending|planned }',
		'---',
	];
	const figures = metricFigures(incident, metrics, milestones).map((figure) => `- ${figure.label} (${figure.guide}): ${figure.text}`);
	const impact = textField(incident, 'impact');
	const body = [
		...(incident.practice ? ['> **PRACTICE — NOT A REAL INCIDENT.**', ''] : []),
		'## Executive Summary',
		'',
		impact ? `Impact: ${impact}` : '(to be written)',
		'',
		'## Timeline (All times in UTC)',
		'',
		timelineTable(timelineRows(incident, milestones)),
		'',
		'## Metrics',
		'',
		...figures,
		'',
		'## Root Cause',
		'',
		'(to be written)',
		'',
		'## Lessons Learned',
		'',
		'(to be written)',
	];
	return `${frontmatter.join('\n')}\n\n${body.join('\n')}\n`;
}
