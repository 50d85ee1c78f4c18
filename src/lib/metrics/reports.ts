/**
 * The post-incident reports as the metrics read them (times in ms, UTC), which reports count, and
 * the periods they are counted over. Framework-free: the build passes the reports in
 * (src/data/incident-reports.ts), the tests pass hand-made ones.
 */

export type Level = 1 | 2 | 3;

export interface ActionFacts {
	action: string;
	owner: string;
	term: 'immediate' | 'short-term' | 'long-term';
	/** ms (UTC midnight), when given. */
	due?: number | undefined;
	status: 'complete' | 'in-progress' | 'pending' | 'planned';
}

export interface ReportFacts {
	/** INC-YYYY-MM-DD-NNN */
	id: string;
	title: string;
	/** A severity level id ("sev1"). */
	severity: string;
	practice: boolean;
	example: boolean;
	started: number;
	detected: number;
	acknowledged?: number | undefined;
	mitigated?: number | undefined;
	resolved?: number | undefined;
	rootCause?: string | undefined;
	escalationLevels: Level[];
	resolvedAtLevel?: Level | undefined;
	services: string[];
	trees: string[];
	commonIssues: string[];
	actions: ActionFacts[];
}

export const DAY = 24 * 60 * 60 * 1000;

/** Newest first (by start, then id). */
export function byDateDescending<T extends { started: number; id: string }>(a: T, b: T): number {
	return b.started - a.started || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/** The reports the archive shows: all of them, but the examples only when the settings keep them. */
export function visibleReports<T extends { example: boolean }>(reports: readonly T[], options: { includeExamples: boolean }): T[] {
	return reports.filter((report) => options.includeExamples || !report.example);
}

/**
 * The reports the metrics count: real incidents only (practice is always kept apart), and the
 * examples only when the settings keep them.
 */
export function countedReports<T extends { example: boolean; practice: boolean }>(reports: readonly T[], options: { includeExamples: boolean }): T[] {
	return visibleReports(reports, options).filter((report) => !report.practice);
}

/** A period [start, end) in ms, with its words. */
export interface Period {
	id: string;
	/** "Last 30 days" */
	label: string;
	start: number;
	end: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** "2026-11-18" (UTC). */
export function utcDay(ms: number): string {
	const d = new Date(ms);
	return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
/** "2026-11-18 02:10 UTC". */
export function utcMinute(ms: number): string {
	const d = new Date(ms);
	return `${utcDay(ms)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}
/** "2026-11" (UTC). */
export function utcMonth(ms: number): string {
	return utcDay(ms).slice(0, 7);
}

/** The `days` days up to `now`: [now − days, now). */
export function lastDays(now: number, days: number, id = `last-${days}`, label = `Last ${days} days`): Period {
	return { id, label, start: now - days * DAY, end: now };
}

/** The reports that started in the period. */
export function inPeriod<T extends { started: number }>(reports: readonly T[], period: Pick<Period, 'start' | 'end'>): T[] {
	return reports.filter((report) => report.started >= period.start && report.started < period.end);
}

/** Every month ("2026-09") from the month of `start` to the month of `end` (inclusive of the month `end − 1` falls in). */
export function monthsBetween(start: number, end: number): string[] {
	const months: string[] = [];
	const last = utcMonth(Math.max(start, end - 1));
	const d = new Date(start);
	let year = d.getUTCFullYear();
	let month = d.getUTCMonth();
	for (;;) {
		const key = `${year}-${pad(month + 1)}`;
		months.push(key);
		if (key >= last) break;
		month += 1;
		if (month === 12) {
			month = 0;
			year += 1;
		}
	}
	return months;
}
