/**
 * Where the incidents live: this browser's localStorage, one key per incident
 * (`engram-runbook:incident:<uid>`) plus an index of short summaries that the bar on every page
 * reads (`engram-runbook:incident-index`), both versioned. Nothing is ever sent anywhere.
 *
 * - Saving reads what is stored first and writes the merge, so a tab never overwrites another
 *   tab's edits; on the `storage` event a tab merges what the other wrote (readStorageEvent).
 * - A corrupt entry is reported with its raw text (the console offers it for download) and left
 *   in place until the user discards it.
 * - A full or disabled storage is reported; the data stays in memory and on screen.
 * The storage is passed in, so the tests use a fake.
 */
import { nextUpdateDueAt } from './clock';
import {
	levelOf,
	mergeIncidents,
	snoozeUntil,
	startedAt,
	statusOf,
	textField,
	type Incident,
	type IncidentStatus,
	type SeverityLevelInfo,
} from './record';
import { validateIncident } from './validate';

export const STORAGE_VERSION = 1;
import { INCIDENT_KEY_PREFIX, INDEX_KEY } from './keys';

export { INCIDENT_KEY_PREFIX, INDEX_KEY };

/** The part of the Web Storage API used here; window.localStorage is one. */
export interface IncidentStorage {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
	readonly length: number;
	key(index: number): string | null;
}

export type StorageProblem =
	| { kind: 'corrupt'; key: string; raw: string; reason: string }
	| { kind: 'full'; message: string }
	| { kind: 'unavailable'; message: string };

export function incidentKey(uid: string): string {
	return `${INCIDENT_KEY_PREFIX}${uid}`;
}

/** The browser's localStorage, or undefined when it is disabled (private mode, policy). */
export function browserStorage(): IncidentStorage | undefined {
	try {
		const storage = globalThis.localStorage;
		return storage ?? undefined;
	} catch {
		return undefined;
	}
}

const UNAVAILABLE: StorageProblem = {
	kind: 'unavailable',
	message: 'This browser does not let the runbook keep data (storage is disabled). The incident stays on this page only: export it before you close the tab.',
};

/** What a failed write means. */
export function writeProblem(error: unknown): StorageProblem {
	const name = error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException) ? (error as Error).name : '';
	if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(String(error))) {
		return {
			kind: 'full',
			message: 'This browser’s storage is full, so the last change was not saved. It is still on screen: export the incident or download its data now.',
		};
	}
	return { ...UNAVAILABLE };
}

/** Reads one stored incident: the incident, nothing (absent), or the corrupt raw text and why. */
export function parseStored(key: string, raw: string | null): { incident?: Incident; problem?: StorageProblem } {
	if (raw === null) return {};
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return { problem: { kind: 'corrupt', key, raw, reason: 'it is not valid JSON' } };
	}
	if (data === null || typeof data !== 'object' || (data as { v?: unknown }).v !== STORAGE_VERSION) {
		return { problem: { kind: 'corrupt', key, raw, reason: `it is not a version ${STORAGE_VERSION} incident entry` } };
	}
	const checked = validateIncident((data as { incident?: unknown }).incident);
	if (!checked.ok) return { problem: { kind: 'corrupt', key, raw, reason: checked.reason } };
	if (incidentKey(checked.value.uid) !== key) return { problem: { kind: 'corrupt', key, raw, reason: 'its key does not match the incident inside' } };
	return { incident: checked.value };
}

/** Every stored incident, and what could not be read. */
export function loadIncidents(storage: IncidentStorage | undefined): { incidents: Incident[]; problems: StorageProblem[] } {
	if (!storage) return { incidents: [], problems: [{ ...UNAVAILABLE }] };
	const incidents: Incident[] = [];
	const problems: StorageProblem[] = [];
	try {
		const keys: string[] = [];
		for (let i = 0; i < storage.length; i++) {
			const key = storage.key(i);
			if (key?.startsWith(INCIDENT_KEY_PREFIX)) keys.push(key);
		}
		for (const key of keys.sort()) {
			const { incident, problem } = parseStored(key, storage.getItem(key));
			if (incident) incidents.push(incident);
			if (problem) problems.push(problem);
		}
	} catch {
		return { incidents, problems: [{ ...UNAVAILABLE }] };
	}
	return { incidents, problems };
}

export type SaveResult = { ok: true; stored: Incident } | { ok: false; stored: Incident; problem: StorageProblem };

/**
 * Saves an incident: merged with what is stored under its key first (another tab may have written
 * since), so nothing of either is lost. Returns the merged incident to show.
 * A corrupt stored entry for the same key is reported (with its raw text) and replaced.
 */
export function saveIncident(storage: IncidentStorage | undefined, incident: Incident): SaveResult {
	if (!storage) return { ok: false, stored: incident, problem: { ...UNAVAILABLE } };
	const key = incidentKey(incident.uid);
	let merged = incident;
	let corrupt: StorageProblem | undefined;
	try {
		const { incident: stored, problem } = parseStored(key, storage.getItem(key));
		if (stored) merged = mergeIncidents(stored, incident);
		corrupt = problem;
	} catch {
		return { ok: false, stored: incident, problem: { ...UNAVAILABLE } };
	}
	try {
		storage.setItem(key, JSON.stringify({ v: STORAGE_VERSION, incident: merged }));
	} catch (error) {
		return { ok: false, stored: merged, problem: writeProblem(error) };
	}
	return corrupt ? { ok: false, stored: merged, problem: corrupt } : { ok: true, stored: merged };
}

/** Removes a stored entry (a corrupt one, after the user downloaded it). */
export function discardKey(storage: IncidentStorage | undefined, key: string): boolean {
	try {
		storage?.removeItem(key);
		return storage !== undefined;
	} catch {
		return false;
	}
}

/**
 * A `storage` event from another tab: the incident it wrote (to merge into the one in memory),
 * a problem, or nothing when the event is not about an incident.
 */
export function readStorageEvent(key: string | null, newValue: string | null): { incident?: Incident; problem?: StorageProblem } {
	if (key === null || !key.startsWith(INCIDENT_KEY_PREFIX) || newValue === null) return {};
	return parseStored(key, newValue);
}

// ---------------------------------------------------------------------------------------------
// The index the bar reads

/** What the bar on every page shows of one incident. */
export interface IncidentSummary {
	uid: string;
	id: string;
	title: string;
	/** The level's label, e.g. "SEV1". */
	severity: string;
	practice: boolean;
	status: IncidentStatus;
	startedAt: number;
	/** When the next update is due (ms), or null when the level has no cadence. */
	nextDueAt: number | null;
	snoozeUntil: number | null;
}

export function summarise(incident: Incident, levels: readonly SeverityLevelInfo[]): IncidentSummary {
	const level = levelOf(incident, levels);
	return {
		uid: incident.uid,
		id: incident.id,
		title: textField(incident, 'title'),
		severity: level?.label ?? '',
		practice: incident.practice,
		status: statusOf(incident),
		startedAt: startedAt(incident),
		nextDueAt: nextUpdateDueAt(incident, level) ?? null,
		snoozeUntil: snoozeUntil(incident),
	};
}

/** Writes the index of the open incidents (the bar shows them); a failure is reported. */
export function saveIndex(
	storage: IncidentStorage | undefined,
	incidents: readonly Incident[],
	levels: readonly SeverityLevelInfo[]
): StorageProblem | undefined {
	if (!storage) return { ...UNAVAILABLE };
	const open = incidents.filter((incident) => statusOf(incident) === 'open').map((incident) => summarise(incident, levels));
	try {
		storage.setItem(INDEX_KEY, JSON.stringify({ v: STORAGE_VERSION, open }));
		return undefined;
	} catch (error) {
		return writeProblem(error);
	}
}
