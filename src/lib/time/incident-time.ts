/**
 * Incident times, always in UTC as the guide writes them ("YYYY-MM-DD HH:MM UTC", "HH:MM"):
 * reading what an engineer types, formatting, elapsed time and durations, and when the next
 * status update is due from a severity's cadence. Plain Date arithmetic in UTC, so midnight,
 * month ends and leap days need no special cases.
 */

const MINUTE = 60_000;

/**
 * Reads a UTC time as typed: "2026-03-01 14:05", "2026-03-01T14:05", "2026-03-01 14:05 UTC",
 * "2026-03-01 14:05:30Z". Returns undefined for anything else, including impossible dates
 * such as 2026-02-30 or 24:00.
 */
export function parseUtcTime(text: string): Date | undefined {
	const match = /^\s*(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:UTC|Z)?\s*$/i.exec(text);
	if (!match) return undefined;
	const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [
		number,
		number,
		number,
		number,
		number,
		number,
	];
	if (hour > 23 || minute > 59 || second > 59) return undefined;
	const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
	// Date.UTC rolls 2026-02-30 over into March: a changed day means the date did not exist.
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
		? date
		: undefined;
}

/** Reads a date typed as YYYY-MM-DD; undefined when it is malformed or does not exist. */
export function parseUtcDate(text: string): Date | undefined {
	const match = /^\s*(\d{4}-\d{2}-\d{2})\s*$/.exec(text);
	return match ? parseUtcTime(`${match[1]} 00:00`) : undefined;
}

/** Reads a clock time "HH:MM" (or "H:MM", optional "UTC") as minutes after midnight. */
export function parseClock(text: string): number | undefined {
	const match = /^\s*(\d{1,2}):(\d{2})\s*(?:UTC|Z)?\s*$/i.exec(text);
	if (!match) return undefined;
	const hours = Number(match[1]);
	const minutes = Number(match[2]);
	return hours <= 23 && minutes <= 59 ? hours * 60 + minutes : undefined;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** "2026-03-01" */
export function formatUtcDate(date: Date): string {
	return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** "14:05" */
export function formatUtcClock(date: Date): string {
	return `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
}

/** "2026-03-01 14:05", the form a time field holds. */
export function formatUtcInput(date: Date): string {
	return `${formatUtcDate(date)} ${formatUtcClock(date)}`;
}

/** "2026-03-01 14:05 UTC", the guide's form. */
export function formatUtcTime(date: Date): string {
	return `${formatUtcInput(date)} UTC`;
}

/** "14:05" for minutes after midnight. */
export function formatClockMinutes(minutes: number): string {
	return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** Whole minutes from `start` to `end` (negative when the end comes first). */
export function minutesBetween(start: Date, end: Date): number {
	return Math.floor((end.getTime() - start.getTime()) / MINUTE);
}

/** `date` plus `minutes`. */
export function addMinutes(date: Date, minutes: number): Date {
	return new Date(date.getTime() + minutes * MINUTE);
}

/**
 * Minutes from one clock time to a later one, the same day or across midnight: 23:50 → 00:20 is
 * 30 minutes. Equal times are 0 (a duration of a whole day cannot be told from clock times alone).
 */
export function clockDuration(startMinutes: number, endMinutes: number): number {
	return (((endMinutes - startMinutes) % 1440) + 1440) % 1440;
}

/** The part of a severity level the update times need. */
export interface UpdateCadence {
	/** First status update due within this many minutes of the start. */
	firstUpdateWithinMinutes?: number | undefined;
	/** Then one update every this many minutes until resolved. */
	everyMinutes?: number | undefined;
}

/** When the next update is due after one sent at `sentAt`; undefined when the level has no cadence. */
export function nextUpdateAt(sentAt: Date, cadence: UpdateCadence): Date | undefined {
	return cadence.everyMinutes === undefined ? undefined : addMinutes(sentAt, cadence.everyMinutes);
}

/** When the first update is due for an incident that started at `start`; undefined without a rule. */
export function firstUpdateDue(start: Date, cadence: UpdateCadence): Date | undefined {
	return cadence.firstUpdateWithinMinutes === undefined
		? undefined
		: addMinutes(start, cadence.firstUpdateWithinMinutes);
}
