/**
 * What the incident's log says after the fact: the guide's incident metrics (time to detect,
 * mitigate, resolve) from the logged milestones, the report's timeline rows, and the handoff
 * summary of the guide's Handoff Procedures. Milestones and metrics come from
 * content/data/incident-milestones.yaml and incident-metrics.yaml, passed in.
 */
import { formatDuration } from '../shared/duration';
import { elapsedMinutes } from './clock';
import {
	ROLES,
	detectedAt,
	levelOf,
	logEntries,
	milestoneTime,
	startedAt,
	statusOf,
	textField,
	type Incident,
	type LogEntry,
	type SeverityLevelInfo,
} from './record';

export interface MilestoneInfo {
	id: string;
	button: string;
	event: string;
	actor?: string | undefined;
	report?: { time: string; actor?: string | undefined } | undefined;
}

export interface MetricInfo {
	id: string;
	label: string;
	guide: string;
	from: string[];
	to: string[];
}

const pad = (n: number) => String(n).padStart(2, '0');
/** "14:05" (UTC). */
export function utcClock(ms: number): string {
	const d = new Date(ms);
	return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}
/** "2026-03-01 14:05 UTC". */
export function utcTime(ms: number): string {
	const d = new Date(ms);
	return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${utcClock(ms)} UTC`;
}

/** The time of `point`: a milestone id, or the incident's own `started` / `detected`. */
export function pointTime(incident: Incident, point: string): number | undefined {
	if (point === 'started') return startedAt(incident);
	if (point === 'detected') return detectedAt(incident);
	return milestoneTime(incident, point);
}

export interface MetricFigure {
	id: string;
	label: string;
	guide: string;
	/** Whole minutes, when both ends are logged. */
	minutes?: number;
	/** "45 minutes", or what is missing ("Log “Engineer acknowledges” to compute this."). */
	text: string;
}

/** The guide's incident metrics from the milestones logged so far. */
export function metricFigures(incident: Incident, metrics: readonly MetricInfo[], milestones: readonly MilestoneInfo[]): MetricFigure[] {
	const name = (point: string) =>
		point === 'started' ? 'the start' : point === 'detected' ? 'the detection time' : `“${milestones.find((m) => m.id === point)?.event ?? point}”`;
	return metrics.map((metric) => {
		const first = (points: string[]) => points.map((p) => pointTime(incident, p)).find((t) => t !== undefined);
		const from = first(metric.from);
		const to = first(metric.to);
		const base = { id: metric.id, label: metric.label, guide: metric.guide };
		if (from === undefined) return { ...base, text: `Log ${name(metric.from[0]!)} to compute this.` };
		if (to === undefined) return { ...base, text: `Log ${name(metric.to[0]!)} to compute this.` };
		const minutes = Math.max(0, Math.floor((to - from) / 60_000));
		return { ...base, minutes, text: formatDuration(minutes) ?? '' };
	});
}

export interface TimelineRow {
	/** ms */
	time: number;
	/** "14:05" UTC */
	clock: string;
	event: string;
	actor: string;
	entryId?: string;
}

/** Who did it: the entry's actor, the milestone's fixed actor (Monitoring, System), else "". */
function actorOf(entry: LogEntry, milestones: readonly MilestoneInfo[]): string {
	if (entry.fields.actor.value !== '') return entry.fields.actor.value;
	return entry.kind === 'milestone' ? (milestones.find((m) => m.id === entry.tag)?.actor ?? '') : '';
}

/** The report's timeline: the start ("Incident begins"), then every visible log entry in order. */
export function timelineRows(incident: Incident, milestones: readonly MilestoneInfo[]): TimelineRow[] {
	const begins: TimelineRow = {
		time: startedAt(incident),
		clock: utcClock(startedAt(incident)),
		event: 'Incident begins (first alert or symptom)',
		actor: 'System',
	};
	const rows = logEntries(incident).map((entry) => ({
		time: entry.fields.time.value,
		clock: utcClock(entry.fields.time.value),
		event: entry.fields.text.value,
		actor: actorOf(entry, milestones),
		entryId: entry.id,
	}));
	return [begins, ...rows].sort((a, b) => a.time - b.time);
}

/** The timeline as the report's Markdown table (times in UTC). */
export function timelineTable(rows: readonly TimelineRow[]): string {
	const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
	return ['| Time | Event | Actor |', '|------|-------|-------|', ...rows.map((r) => `| ${r.clock} | ${cell(r.event)} | ${cell(r.actor)} |`)].join('\n');
}

/** "PRACTICE — " for practice incidents: everything they produce says so. */
export function practicePrefix(incident: Incident): string {
	return incident.practice ? 'PRACTICE — ' : '';
}

const STATUS_TEXT = { open: 'Open', resolved: 'Resolved', archived: 'Archived' } as const;

/** Log lines as a list: "- 14:05 UTC Engineer acknowledges (Ana)". */
export function actionLines(entries: readonly LogEntry[], milestones: readonly MilestoneInfo[]): string[] {
	return entries
		.filter((entry) => entry.kind !== 'declared')
		.map((entry) => {
			const actor = actorOf(entry, milestones);
			return `${utcClock(entry.fields.time.value)} UTC ${entry.fields.text.value}${actor ? ` (${actor})` : ''}`;
		});
}

function block(title: string, text: string): string {
	const lines = text
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter((line) => line !== '');
	return `${title}:\n${lines.length === 0 ? '- (none written)' : lines.map((line) => `- ${line.replace(/^[-*•]\s+/, '')}`).join('\n')}`;
}

/**
 * The handoff summary of the guide's Handoff Procedures: current status, actions taken so far,
 * current hypothesis, next steps planned, outstanding questions.
 */
export function handoffSummary(
	incident: Incident,
	levels: readonly SeverityLevelInfo[],
	milestones: readonly MilestoneInfo[],
	now: number
): string {
	const level = levelOf(incident, levels);
	const severity = level ? `${level.label} (${level.name})` : 'unknown severity';
	const elapsed = formatDuration(elapsedMinutes(incident, now)) ?? '';
	const roles = ROLES.map((role) => `${role.label.toUpperCase()}: ${textField(incident, `role:${role.id}`) || '(not named)'}`);
	const practice = incident.practice ? 'PRACTICE — NOT A REAL INCIDENT\n' : '';
	return [
		`${practice}HANDOFF: ${practicePrefix(incident)}${incident.id} ${textField(incident, 'title')}`,
		`SEVERITY: ${severity}`,
		`STARTED: ${utcTime(startedAt(incident))} (${elapsed} ago)`,
		...roles,
		'',
		block('CURRENT STATUS', `${STATUS_TEXT[statusOf(incident)]}${textField(incident, 'impact') ? `\nImpact: ${textField(incident, 'impact')}` : ''}`),
		'',
		block('ACTIONS TAKEN', actionLines(logEntries(incident), milestones).join('\n')),
		'',
		block('CURRENT HYPOTHESIS', textField(incident, 'hypothesis')),
		'',
		block('NEXT STEPS', textField(incident, 'nextSteps')),
		'',
		block('OPEN QUESTIONS', textField(incident, 'openQuestions')),
	].join('\n');
}
