/**
 * What an incident already knows, as the values of a communication template's fields
 * (content/data/templates/*.yaml): title, severity, start time, status, impact, the roles, the
 * actions with their times (from the log), progress since the last update, the update number,
 * and for the post-incident report the timeline times and actors from the milestones.
 * Only fields the template declares are returned, in the forms the generator's fields hold
 * ("2026-03-01 14:05" for a time, "14:05" for a clock, "2026-03-01" for a date, one list item per
 * line). Practice incidents say PRACTICE in the title.
 */
import {
	detectedAt,
	levelOf,
	logEntries,
	milestoneEntry,
	parseIncidentId,
	startedAt,
	statusOf,
	textField,
	updateCount,
	type Incident,
	type SeverityLevelInfo,
} from './record';
import { actionLines, practicePrefix, utcClock, type MilestoneInfo } from './report';
import { formatDuration } from '../shared/duration';

export interface TemplateFieldInfo {
	id: string;
	kind: string;
}
export interface TemplateInfo {
	id: string;
	fields: readonly TemplateFieldInfo[];
}

const pad = (n: number) => String(n).padStart(2, '0');
function utcDate(ms: number): string {
	const d = new Date(ms);
	return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
function utcInput(ms: number): string {
	return `${utcDate(ms)} ${utcClock(ms)}`;
}

/** The guide's status words for the incident: Investigating, Mitigating (a mitigation is logged) or Resolved. */
export function guideStatus(incident: Incident): 'Investigating' | 'Mitigating' | 'Resolved' {
	if (statusOf(incident) !== 'open') return 'Resolved';
	return milestoneEntry(incident, 'mitigation') || milestoneEntry(incident, 'partially-restored') ? 'Mitigating' : 'Investigating';
}

/** The values the incident gives `template`'s fields (field id → text). */
export function templateValuesFromIncident(
	incident: Incident,
	template: TemplateInfo,
	context: { levels: readonly SeverityLevelInfo[]; milestones: readonly MilestoneInfo[]; now: number }
): Record<string, string> {
	const { levels, milestones, now } = context;
	const entries = logEntries(incident);
	// Progress: what the log holds after the last "update sent" entry.
	const lastIndex = entries.map((e) => e.kind).lastIndexOf('update-sent');
	const sinceLast = entries.slice(lastIndex + 1);
	const level = levelOf(incident, levels);
	const known: Record<string, string | undefined> = {
		severity: level?.id,
		'brief-description': `${practicePrefix(incident)}${textField(incident, 'title')}`,
		title: `${practicePrefix(incident)}${textField(incident, 'title')}`,
		'start-time': utcInput(startedAt(incident)),
		'update-time': utcInput(now),
		status: guideStatus(incident),
		impact: textField(incident, 'impact'),
		'actions-taken': actionLines(entries, milestones).join('\n'),
		// The resolution notification's "what we did" and the report's resolution steps: the log, with times.
		'what-we-did': actionLines(entries, milestones).join('\n'),
		'resolution-steps': actionLines(entries, milestones).join('\n'),
		progress: actionLines(sinceLast, milestones).join('\n'),
		'next-steps': textField(incident, 'nextSteps'),
		'incident-commander': textField(incident, 'role:commander'),
		'on-call-engineer': textField(incident, 'role:oncall'),
		'update-number': String(updateCount(incident) + 1),
		'incident-number': String(parseIncidentId(incident.id)?.number ?? ''),
		date: utcDate(startedAt(incident)),
		'time-begins': utcClock(startedAt(incident)),
		'time-to-detect': formatDuration(Math.max(0, Math.floor((detectedAt(incident) - startedAt(incident)) / 60_000))),
	};
	const closed = milestoneEntry(incident, 'restored') ?? milestoneEntry(incident, 'closed');
	if (closed) known['resolution-time'] = utcInput(closed.fields.time.value);
	for (const milestone of milestones) {
		const entry = milestoneEntry(incident, milestone.id);
		if (!entry || !milestone.report) continue;
		known[milestone.report.time] = utcClock(entry.fields.time.value);
		const actor = entry.fields.actor.value || milestone.actor || '';
		if (milestone.report.actor && actor) known[milestone.report.actor] = actor;
	}
	const values: Record<string, string> = {};
	for (const field of template.fields) {
		if (field.kind === 'computed') continue;
		const value = known[field.id];
		if (value !== undefined && value !== '') values[field.id] = value;
	}
	return values;
}
