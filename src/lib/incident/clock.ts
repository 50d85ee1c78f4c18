/**
 * The incident's clock: elapsed time, the guide's current response phase, and when the next
 * status update is due from the severity's cadence (content/data/severity-levels.yaml).
 * Pure: `now` is always passed in.
 */
import { formatDurationShort } from '../shared/duration';
import {
	levelOf,
	lastUpdateAt,
	snoozeUntil,
	startedAt,
	statusOf,
	updateCount,
	type Incident,
	type SeverityLevelInfo,
} from './record';

const MINUTE = 60_000;

/** Whole minutes since the incident started (0 before its start). */
export function elapsedMinutes(incident: Incident, now: number): number {
	return Math.max(0, Math.floor((now - startedAt(incident)) / MINUTE));
}

/** "1 h 05 min"-style elapsed time with seconds for a ticking clock: "1:05:09". */
export function formatElapsedClock(ms: number): string {
	const total = Math.max(0, Math.floor(ms / 1000));
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${Math.floor(total / 3600)}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
}

// ---------------------------------------------------------------------------------------------
// Phases

/** A phase's window in minutes from the start; `to` undefined is "ongoing". */
export interface PhaseWindow {
	from: number;
	to: number | undefined;
	/** True for windows in hours ("24-72 hours"): after the incident, not on its clock. */
	afterIncident: boolean;
}

/**
 * Reads a phase's `window` text: "0-5 minutes", "15-60 minutes", "60 minutes - ongoing",
 * "24-72 hours". Throws on anything else, so a change to the data that the clock cannot follow
 * fails the tests and the build instead of showing a wrong phase.
 */
export function parsePhaseWindow(text: string): PhaseWindow {
	const unitMinutes = (unit: string) => (/^hours?$/i.test(unit) ? 60 : 1);
	const range = /^\s*(\d+)\s*(?:-|–|to)\s*(\d+)\s*(minutes?|hours?)\s*$/i.exec(text);
	if (range) {
		const factor = unitMinutes(range[3]!);
		const from = Number(range[1]) * factor;
		const to = Number(range[2]) * factor;
		if (to <= from) throw new Error(`phase window "${text}" ends before it starts`);
		return { from, to, afterIncident: factor === 60 };
	}
	const open = /^\s*(\d+)\s*(minutes?|hours?)?\s*(?:-|–)\s*ongoing\s*$|^\s*(\d+)\s*\+\s*(minutes?|hours?)?\s*$/i.exec(text);
	if (open) {
		const value = Number(open[1] ?? open[3]);
		const factor = unitMinutes(open[2] ?? open[4] ?? 'minutes');
		return { from: value * factor, to: undefined, afterIncident: factor === 60 };
	}
	throw new Error(`phase window "${text}" is not "A-B minutes", "A-B hours" or "A minutes - ongoing"`);
}

export interface PhaseInfo {
	id: string;
	name: string;
	window: string;
}

/**
 * The phase of an incident `elapsed` minutes after its start: the clock's phases (windows in
 * minutes) in order; past the last window's start it stays in the last one (60+ is Resolution).
 * A resolved or archived incident is in the after-incident phase (Post-Incident) when there is one.
 */
export function currentPhase<P extends PhaseInfo>(phases: readonly P[], elapsed: number, status: 'open' | 'resolved' | 'archived' = 'open'): P {
	const parsed = phases.map((phase) => ({ phase, window: parsePhaseWindow(phase.window) }));
	if (status !== 'open') {
		const after = parsed.find((p) => p.window.afterIncident);
		if (after) return after.phase;
	}
	const clock = parsed.filter((p) => !p.window.afterIncident);
	if (clock.length === 0) throw new Error('no response phase has a window in minutes');
	const inWindow = clock.find((p) => elapsed >= p.window.from && (p.window.to === undefined || elapsed < p.window.to));
	if (inWindow) return inWindow.phase;
	return elapsed < clock[0]!.window.from ? clock[0]!.phase : clock[clock.length - 1]!.phase;
}

// ---------------------------------------------------------------------------------------------
// Update cadence

export type UpdateState =
	/** The incident is not open: no reminder. */
	| { kind: 'closed' }
	/** The level states no cadence (SEV3: "Status update when resolved"): no countdown. */
	| { kind: 'no-cadence'; detail: string; label: string }
	/** The level has a first update but no repeat, and it was sent. */
	| { kind: 'done'; detail: string; label: string }
	| { kind: 'counting'; dueAt: number; remainingMs: number; number: number; label: string }
	| { kind: 'due'; dueAt: number; overdueMs: number; number: number; label: string }
	| { kind: 'snoozed'; dueAt: number; until: number; number: number; label: string };

/**
 * When the next update is due: the first within the level's `firstUpdateWithinMinutes` of the
 * start, then every `everyMinutes` after the last "update sent". Undefined when there is none.
 */
export function nextUpdateDueAt(incident: Incident, level: SeverityLevelInfo | undefined): number | undefined {
	if (!level) return undefined;
	const { firstUpdateWithinMinutes: first, everyMinutes: every } = level.communication;
	const last = lastUpdateAt(incident);
	if (last === undefined) {
		if (first !== undefined) return startedAt(incident) + first * MINUTE;
		return every === undefined ? undefined : startedAt(incident) + every * MINUTE;
	}
	return every === undefined ? undefined : last + every * MINUTE;
}

/** The reminder's state at `now`. */
export function updateState(incident: Incident, levels: readonly SeverityLevelInfo[], now: number): UpdateState {
	if (statusOf(incident) !== 'open') return { kind: 'closed' };
	const level = levelOf(incident, levels);
	const label = level?.label ?? '?';
	if (!level) return { kind: 'no-cadence', detail: 'Unknown severity: no update cadence.', label };
	const dueAt = nextUpdateDueAt(incident, level);
	const hasCadence = level.communication.firstUpdateWithinMinutes !== undefined || level.communication.everyMinutes !== undefined;
	if (dueAt === undefined) return hasCadence ? { kind: 'done', detail: level.communication.detail, label } : { kind: 'no-cadence', detail: level.communication.detail, label };
	const number = updateCount(incident) + 1;
	if (now < dueAt) return { kind: 'counting', dueAt, remainingMs: dueAt - now, number, label };
	const until = snoozeUntil(incident);
	if (until !== null && until > now && until > dueAt) return { kind: 'snoozed', dueAt, until, number, label };
	return { kind: 'due', dueAt, overdueMs: now - dueAt, number, label };
}

/**
 * A countdown as text: "12 min", "1 h 5 min", "under a minute". Time left rounds to the nearest
 * minute (14 min 59 s left is "15 min"); time past (`late`) rounds down.
 */
export function formatCountdown(ms: number, late = false): string {
	if (ms < MINUTE) return 'under a minute';
	return formatDurationShort(late ? Math.floor(ms / MINUTE) : Math.round(ms / MINUTE)) ?? '';
}
