/**
 * "Who do I need now?": from the severity, the minutes since the incident started and the
 * escalation triggers the responder ticks, which level to engage now, why (quoting the guide),
 * and by when that level must respond.
 *
 * How the guide's triggers are read (the page says this in one line):
 * - a level's escalation triggers are reasons to engage the NEXT level: Level 1's call in
 *   Level 2, Level 2's call in Level 3, and Level 3's (the last level) call in Level 3 itself;
 * - a trigger with `afterMinutes` fires by time: by itself ("Multi-hour outage" at 120 min), or,
 *   with `needsConfirmation`, only once the responder also ticks it ("Resolution attempts failed
 *   after 30 minutes");
 * - a security trigger at SEV1 is a security breach, for which the matrix says all-hands;
 * - response times count from the start of the incident, per severity as the guide gives them;
 *   where the guide gives none, we say so and never invent a number.
 */
import type { EscalationLevel, EscalationMatrixRow, EscalationTrigger } from '../../schemas/escalation';
import type { SeverityLevel } from '../../schemas/severity';
import { formatDurationShort } from '../shared/duration';
import { formatUtcClock } from '../time/incident-time';

/** Trigger ids that mean a security incident (Level 1 "Security concerns", Level 3 "Security vulnerabilities"). */
export const SECURITY_TRIGGER_IDS = ['security-concern', 'security-vulnerability'] as const;
/** The matrix row that says what a security breach needs ("All-hands" at Level 3). */
export const SECURITY_BREACH_ROW_ID = 'security-breach';
/** The severity at which a security trigger means all-hands. */
export const ALL_HANDS_SEVERITY = 'sev1';
/** The guide's decision criterion "Is this a security incident? → YES = SEV1", quoted below SEV1. */
export const SECURITY_CRITERION_ID = 'security-incident';

/** What the responder has told the tool. */
export interface WhoNowInput {
	/** sev1 … sev4, or undefined when not decided yet. */
	severity?: string | undefined;
	/** Whole minutes since the incident started, or undefined when not given. */
	minutesSinceStart?: number | undefined;
	/** Ids of the triggers the responder ticked. */
	ticked: readonly string[];
}

/** The severity facts the tool needs (a subset of a severity level). */
export type SeverityFacts = Pick<SeverityLevel, 'id' | 'label' | 'name'>;

/** A trigger with the level whose list it is on and the level it calls in. */
export interface TriggerReading<Level extends EscalationLevel = EscalationLevel> {
	trigger: EscalationTrigger;
	/** The level whose escalation triggers list it. */
	from: Level;
	/** The level it calls in. */
	engages: Level;
}

/** Why a trigger counts now. */
export type AppliedBasis =
	/** The responder ticked it. */
	| 'ticked'
	/** Enough time has passed (and, when needed, the responder ticked it too). */
	| 'time'
	/** Ticked, with no minutes given: the time condition is taken as met, and the page says so. */
	| 'ticked-time-assumed';

/** When the engaged level must respond. */
export type ResponseDue =
	/** No severity chosen: the guide's general wording only. */
	| { kind: 'no-severity'; general: string }
	/** The guide gives no time for this level at this severity. */
	| { kind: 'not-stated'; general: string; statedFor: string[] }
	/** "Immediate". */
	| { kind: 'immediate'; text: string }
	/** A time in words only ("next business day"). */
	| { kind: 'words'; text: string }
	/** A time in minutes from the start; `dueInMinutes` (negative = overdue) when the minutes since start are known. */
	| { kind: 'deadline'; text: string; minutes: number; dueInMinutes?: number };

/** The answer. */
export interface WhoNowDecision<Level extends EscalationLevel = EscalationLevel> {
	/** The level to engage now (Level 1 when no trigger applies). */
	engage: Level;
	/** Triggers that apply now, highest level called in first. */
	applied: { reading: TriggerReading<Level>; basis: AppliedBasis }[];
	/** Ticked, but their time has not come yet. */
	notYet: { reading: TriggerReading<Level>; minutesLeft: number }[];
	/** Time rules still ahead (minutes known) that would call in a higher level than `engage`. */
	upcoming: { reading: TriggerReading<Level>; atMinutes: number; inMinutes: number }[];
	/** Ids of unticked triggers the page should point out now (their time has come, they need a tick). */
	suggest: string[];
	/**
	 * A security trigger applies at a severity below SEV1 (or none chosen): the guide classes a
	 * security incident as SEV1, so the tool quotes that criterion.
	 */
	securityBelowSev1: boolean;
	/** Set when a security trigger at SEV1 makes it a security breach: the matrix row that says all-hands. */
	allHands?: EscalationMatrixRow;
	response: ResponseDue;
	severity?: SeverityFacts;
}

/** Every trigger of every level, with the level it calls in, in the guide's order. */
export function readTriggers<Level extends EscalationLevel>(levels: readonly Level[]): TriggerReading<Level>[] {
	const ordered = [...levels].sort((a, b) => a.number - b.number);
	return ordered.flatMap((level, index) => {
		const engages = ordered[Math.min(index + 1, ordered.length - 1)]!;
		return level.triggers.map((trigger) => ({ trigger, from: level, engages }));
	});
}

/** Whether a trigger means a security incident (the one place that rule is written). */
function isSecurityTrigger(id: string): boolean {
	return (SECURITY_TRIGGER_IDS as readonly string[]).includes(id);
}

/** The triggers grouped by the level they call in, in level order, with the levels they come from. */
export interface TriggerGroup<Level extends EscalationLevel = EscalationLevel> {
	engages: Level;
	/** Numbers of the levels whose triggers these are, e.g. [2, 3]. */
	from: number[];
	readings: TriggerReading<Level>[];
}

/** Every trigger of every level, grouped by the level it calls in (the tool and the no-JS view). */
export function groupTriggers<Level extends EscalationLevel>(levels: readonly Level[]): TriggerGroup<Level>[] {
	const readings = readTriggers(levels);
	return [...new Set(readings.map((r) => r.engages))].map((engages) => {
		const group = readings.filter((r) => r.engages === engages);
		return { engages, from: [...new Set(group.map((r) => r.from.number))], readings: group };
	});
}

/** The ticked trigger ids after ticking (`on`) or unticking one. */
export function toggleTicked(ticked: readonly string[], id: string, on: boolean): string[] {
	return on ? (ticked.includes(id) ? [...ticked] : [...ticked, id]) : ticked.filter((t) => t !== id);
}

/** Decides who to engage now. `levels` must not be empty. */
export function decideWhoNow<Level extends EscalationLevel>(
	input: WhoNowInput,
	levels: readonly Level[],
	options: { severities?: readonly SeverityFacts[]; matrix?: readonly EscalationMatrixRow[] } = {}
): WhoNowDecision<Level> {
	const ordered = [...levels].sort((a, b) => a.number - b.number);
	const first = ordered[0];
	const last = ordered[ordered.length - 1];
	if (!first || !last) throw new Error('decideWhoNow needs at least one escalation level');
	const minutes = input.minutesSinceStart;
	const ticked = new Set(input.ticked);

	const applied: WhoNowDecision<Level>['applied'] = [];
	const notYet: WhoNowDecision<Level>['notYet'] = [];
	const upcoming: WhoNowDecision<Level>['upcoming'] = [];
	const suggest: string[] = [];

	for (const reading of readTriggers(ordered)) {
		const { id, afterMinutes, needsConfirmation } = reading.trigger;
		const isTicked = ticked.has(id);
		if (afterMinutes === undefined) {
			if (isTicked) applied.push({ reading, basis: 'ticked' });
			continue;
		}
		const timeKnown = minutes !== undefined;
		const timeReached = timeKnown && minutes >= afterMinutes;
		if (timeReached) {
			if (!needsConfirmation || isTicked) applied.push({ reading, basis: 'time' });
			else suggest.push(id);
		} else if (isTicked && !timeKnown) {
			applied.push({ reading, basis: 'ticked-time-assumed' });
		} else if (isTicked) {
			notYet.push({ reading, minutesLeft: afterMinutes - minutes! });
		} else if (timeKnown) {
			upcoming.push({ reading, atMinutes: afterMinutes, inMinutes: afterMinutes - minutes });
		}
	}

	const severity = options.severities?.find((s) => s.id === input.severity);
	const security = applied.some(({ reading }) => isSecurityTrigger(reading.trigger.id));
	const securityAtSev1 = security && input.severity === ALL_HANDS_SEVERITY;
	const allHands = securityAtSev1 ? options.matrix?.find((row) => row.id === SECURITY_BREACH_ROW_ID) : undefined;

	let engage = first;
	for (const { reading } of applied) if (reading.engages.number > engage.number) engage = reading.engages;
	if (securityAtSev1) engage = last;

	applied.sort((a, b) => b.reading.engages.number - a.reading.engages.number);
	const stillAhead = upcoming
		.filter(({ reading }) => reading.engages.number > engage.number)
		.sort((a, b) => a.inMinutes - b.inMinutes);

	return {
		engage,
		applied,
		notYet,
		upcoming: stillAhead,
		suggest,
		securityBelowSev1: security && !securityAtSev1,
		...(allHands ? { allHands } : {}),
		response: responseDue(engage, input.severity, minutes),
		...(severity ? { severity } : {}),
	};
}

/** When `level` must respond at `severity`, counted from the incident's start. */
export function responseDue(
	level: EscalationLevel,
	severity: string | undefined,
	minutesSinceStart?: number
): ResponseDue {
	if (severity === undefined) return { kind: 'no-severity', general: level.responseTime };
	const time = level.responseTimes.find((t) => t.severity === severity);
	if (!time) {
		return {
			kind: 'not-stated',
			general: level.responseTime,
			statedFor: level.responseTimes.map((t) => t.severity.toUpperCase()),
		};
	}
	if (time.minutes === undefined) return { kind: 'words', text: time.text };
	if (time.minutes === 0) return { kind: 'immediate', text: time.text };
	return {
		kind: 'deadline',
		text: time.text,
		minutes: time.minutes,
		...(minutesSinceStart === undefined ? {} : { dueInMinutes: time.minutes - minutesSinceStart }),
	};
}

/** "within 1 h 15 min from now", "due now", "overdue by 30 min". */
export function describeDueIn(dueInMinutes: number): string {
	if (dueInMinutes > 0) return `within ${formatDurationShort(dueInMinutes)} from now`;
	if (dueInMinutes === 0) return 'due now';
	return `overdue by ${formatDurationShort(-dueInMinutes)}`;
}

/** "14:05 UTC": the clock time `minutesFromNow` away from `now` (negative = in the past). */
export function clockTimeUtc(now: Date, minutesFromNow: number): string {
	const at = new Date(now.getTime() + minutesFromNow * 60_000);
	return `${formatUtcClock(at)} UTC`;
}
