/**
 * How the tools (template generator, escalation who-now, severity classifier, tree walker) use the
 * incident of this browser: which open incident they work for (the `?incident=<uid>` of the link,
 * else the most recently started open one), and writing a tool entry into its log. A write reads
 * the stored copy first and saves the merge (storage.ts), so a console open in another tab keeps
 * every edit and gets the entry through its `storage` event. Nothing leaves the browser.
 * Tools import this module (and record.ts), never the index, so their bundles stay small.
 */
import {
	classifierOf,
	editContext,
	latestEdit,
	levelOf,
	logEntries,
	logToolEntry,
	severityOf,
	setClassifier,
	startedAt,
	statusOf,
	type ClassifierAnswers,
	type Incident,
	type SeverityLevelInfo,
} from './record';
import { incidentKey, loadIncidents, parseStored, saveIncident, type IncidentStorage, type StorageProblem } from './storage';

/** The URL parameter that names the incident a tool works for. */
export const INCIDENT_PARAM = 'incident';

/** The open incidents, the most recently started first. */
export function openIncidents(incidents: readonly Incident[]): Incident[] {
	return incidents.filter((incident) => statusOf(incident) === 'open').sort((a, b) => startedAt(b) - startedAt(a));
}

/**
 * The incident a tool works for: the one the link names (`uid`, when it is stored and open), else
 * the most recently started open one; undefined when none is open.
 */
export function chooseIncident(incidents: readonly Incident[], uid?: string | null): Incident | undefined {
	const open = openIncidents(incidents);
	return (uid ? open.find((incident) => incident.uid === uid) : undefined) ?? open[0];
}

/** The `incident` parameter of a query string, or undefined. */
export function incidentParam(search: string): string | undefined {
	const value = new URLSearchParams(search).get(INCIDENT_PARAM);
	return value && /^[a-z0-9]{1,64}$/i.test(value) ? value : undefined;
}

/** The open incidents stored in this browser (problems are the console's to report). */
export function readOpenIncidents(storage: IncidentStorage | undefined): Incident[] {
	return openIncidents(loadIncidents(storage).incidents);
}

export type ToolWrite = { ok: true; incident: Incident } | { ok: false; incident?: Incident; problem?: StorageProblem };

/**
 * Applies `edit` to the stored copy of incident `uid` and saves the merge. Not written when the
 * incident is not stored (any more) or not open, or when `edit` changes nothing.
 */
export function editStoredIncident(
	storage: IncidentStorage | undefined,
	uid: string,
	edit: (incident: Incident, ctx: ReturnType<typeof editContext>) => Incident,
	now: () => number = Date.now
): ToolWrite {
	if (!storage) return { ok: false };
	let stored: Incident | undefined;
	try {
		stored = parseStored(incidentKey(uid), storage.getItem(incidentKey(uid))).incident;
	} catch {
		return { ok: false };
	}
	if (!stored || statusOf(stored) !== 'open') return { ok: false };
	const ctx = editContext(undefined, now);
	ctx.clock.observe(latestEdit(stored));
	const edited = edit(stored, ctx);
	if (edited === stored) return { ok: true, incident: stored };
	const result = saveIncident(storage, edited);
	return result.ok ? { ok: true, incident: result.stored } : { ok: false, incident: result.stored, problem: result.problem };
}

export interface ToolEntry {
	/** The tool: "template-generator", "escalation-lookup", "severity-classifier", "tree-walker". */
	source: string;
	/** What happened, stable (the entry's tag): "copied:sev1-progress-update", "outcome:tree:node". */
	kind: string;
	/** As the log shows it: "SEV1 Progress Update copied". */
	text: string;
}

/** Writes a tool entry into the log of open incident `uid`. */
export function logToIncident(storage: IncidentStorage | undefined, uid: string, entry: ToolEntry, now: () => number = Date.now): ToolWrite {
	return editStoredIncident(storage, uid, (incident, ctx) => logToolEntry(incident, entry, ctx), now);
}

/** True when the log already has this tool entry (same source and kind), not deleted. */
export function hasToolEntry(incident: Incident, source: string, kind: string): boolean {
	return logEntries(incident).some((entry) => entry.kind === 'tool' && entry.source === source && entry.tag === kind);
}

/** Writes the tool entry unless the log already has one of the same source and kind (once per outcome). */
export function logOnce(storage: IncidentStorage | undefined, uid: string, entry: ToolEntry, now: () => number = Date.now): ToolWrite {
	return editStoredIncident(storage, uid, (incident, ctx) => (hasToolEntry(incident, entry.source, entry.kind) ? incident : logToolEntry(incident, entry, ctx)), now);
}

/**
 * What the classifier logs when its result differs from what the incident knows (the last
 * classification stored, else the declared severity): "Severity classified SEV2 → SEV1", or
 * undefined when nothing changed.
 */
export function classificationChange(incident: Incident, levelId: string, levels: readonly Pick<SeverityLevelInfo, 'id' | 'label'>[]): string | undefined {
	const before = classifierOf(incident)?.level ?? severityOf(incident);
	if (before === levelId) return undefined;
	const label = (id: string) => levels.find((level) => level.id === id)?.label ?? id;
	const severity = levelOf(incident, levels as readonly SeverityLevelInfo[])?.label;
	const note = severity && severity !== label(levelId) ? ` (the incident stays ${severity} until its severity is changed in the console)` : '';
	return `Severity classified ${label(before)} → ${label(levelId)}${note}`;
}

/** Stores a new classification in open incident `uid` and logs the change (nothing when unchanged). */
export function recordClassification(
	storage: IncidentStorage | undefined,
	uid: string,
	classifier: ClassifierAnswers,
	levels: readonly Pick<SeverityLevelInfo, 'id' | 'label'>[],
	now: () => number = Date.now
): ToolWrite & { text?: string } {
	let text: string | undefined;
	const result = editStoredIncident(
		storage,
		uid,
		(incident, ctx) => {
			text = classificationChange(incident, classifier.level, levels);
			if (text === undefined) return incident;
			return logToolEntry(setClassifier(incident, classifier, ctx), { source: 'severity-classifier', kind: `classified:${classifier.level}`, text }, ctx);
		},
		now
	);
	return text === undefined ? result : { ...result, text };
}

/** "INC-2026-03-01-001" or "PRACTICE INC-…": how a tool names the incident it works for. */
export function incidentName(incident: Incident): string {
	return `${incident.practice ? 'PRACTICE ' : ''}${incident.id}`;
}
