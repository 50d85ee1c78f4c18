/**
 * The guide's incident metrics ("Metrics and Continuous Improvement"), computed from the reports:
 * time to detect (alert to acknowledgment), to mitigate (acknowledgment to service restored), to
 * resolve (acknowledgment to root cause fixed), each with mean, median and worst and the number of
 * incidents it rests on; incidents by severity per month; repeat incidents (same root-cause key);
 * escalation rate (share needing Level 2 or 3); share of SEV3 resolved by Level 1; and each goal
 * of the guide with met / missed. Pure functions: the reports and the period are passed in.
 */
import { formatDuration } from '../shared/duration';
import { inPeriod, monthsBetween, utcMonth, type Period, type ReportFacts } from './reports';

export const DURATION_MEASURES = ['time-to-detect', 'time-to-mitigate', 'time-to-resolve'] as const;
export type DurationMeasure = (typeof DURATION_MEASURES)[number];

/** Where each duration starts and ends, in the report's fields. */
export const DURATION_POINTS: Record<DurationMeasure, { from: 'detected' | 'acknowledged'; to: 'acknowledged' | 'mitigated' | 'resolved' }> = {
	'time-to-detect': { from: 'detected', to: 'acknowledged' },
	'time-to-mitigate': { from: 'acknowledged', to: 'mitigated' },
	'time-to-resolve': { from: 'acknowledged', to: 'resolved' },
};

/** The duration of one incident in minutes, or undefined when one end is not in its report. */
export function durationMinutes(report: ReportFacts, measure: DurationMeasure): number | undefined {
	const { from, to } = DURATION_POINTS[measure];
	const a = report[from];
	const b = report[to];
	return a === undefined || b === undefined ? undefined : Math.max(0, (b - a) / 60_000);
}

export interface DurationStats {
	/** How many incidents the figures rest on (both ends known). */
	count: number;
	/** Incidents of the set whose report lacks one end. */
	missing: number;
	mean?: number;
	median?: number;
	worst?: number;
	/** The incident of the worst figure. */
	worstId?: string;
}

export function durationStats(reports: readonly ReportFacts[], measure: DurationMeasure): DurationStats {
	const known = reports
		.map((report) => ({ id: report.id, minutes: durationMinutes(report, measure) }))
		.filter((entry): entry is { id: string; minutes: number } => entry.minutes !== undefined);
	const stats: DurationStats = { count: known.length, missing: reports.length - known.length };
	if (known.length === 0) return stats;
	const sorted = known.map((entry) => entry.minutes).sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	const worst = known.reduce((max, entry) => (entry.minutes > max.minutes ? entry : max));
	return {
		...stats,
		mean: sorted.reduce((sum, value) => sum + value, 0) / sorted.length,
		median: sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2,
		worst: worst.minutes,
		worstId: worst.id,
	};
}

/** Incidents per severity level (every level listed, zero included). */
export function severityCounts(reports: readonly ReportFacts[], levelIds: readonly string[]): Record<string, number> {
	const counts = Object.fromEntries(levelIds.map((id) => [id, 0])) as Record<string, number>;
	for (const report of reports) counts[report.severity] = (counts[report.severity] ?? 0) + 1;
	return counts;
}

export interface MonthRow {
	/** "2026-11" */
	month: string;
	counts: Record<string, number>;
	total: number;
}

/** Incidents by severity for every month of the period, empty months included. */
export function monthlyBySeverity(reports: readonly ReportFacts[], period: Pick<Period, 'start' | 'end'>, levelIds: readonly string[]): MonthRow[] {
	const within = inPeriod(reports, period);
	return monthsBetween(period.start, period.end).map((month) => {
		const ofMonth = within.filter((report) => utcMonth(report.started) === month);
		return { month, counts: severityCounts(ofMonth, levelIds), total: ofMonth.length };
	});
}

export interface CauseRow {
	rootCause: string;
	/** Incidents of the period with this key. */
	incidents: number;
	/** Of those, how many had an earlier incident with the same key. */
	repeats: number;
	/** The ids of the period's incidents with this key, oldest first. */
	ids: string[];
}

export interface RepeatStats {
	/** Incidents of the period with a root-cause key: what the rate rests on. */
	count: number;
	repeats: number;
	/** Incidents of the period without a root-cause key (not counted). */
	withoutKey: number;
	/** repeats / count (0..1), when count > 0. */
	rate?: number;
	byCause: CauseRow[];
}

/**
 * Repeat incidents: an incident of the period is a repeat when an earlier incident of `history`
 * (any time before it, inside the period or not) had the same root-cause key.
 */
export function repeatStats(periodReports: readonly ReportFacts[], history: readonly ReportFacts[]): RepeatStats {
	const keyed = periodReports.filter((report) => report.rootCause !== undefined);
	const isRepeat = (report: ReportFacts) =>
		history.some((other) => other.id !== report.id && other.rootCause === report.rootCause && other.started < report.started);
	const causes = new Map<string, CauseRow>();
	let repeats = 0;
	for (const report of [...keyed].sort((a, b) => a.started - b.started)) {
		const key = report.rootCause!;
		const row = causes.get(key) ?? { rootCause: key, incidents: 0, repeats: 0, ids: [] };
		row.incidents += 1;
		row.ids.push(report.id);
		if (isRepeat(report)) {
			row.repeats += 1;
			repeats += 1;
		}
		causes.set(key, row);
	}
	const stats: RepeatStats = {
		count: keyed.length,
		repeats,
		withoutKey: periodReports.length - keyed.length,
		byCause: [...causes.values()].sort((a, b) => b.incidents - a.incidents || (a.rootCause < b.rootCause ? -1 : 1)),
	};
	if (keyed.length > 0) stats.rate = repeats / keyed.length;
	return stats;
}

export interface ShareStats {
	/** What the share rests on. */
	count: number;
	/** How many of those meet the condition. */
	matching: number;
	/** Incidents whose report does not say (not counted). */
	notRecorded: number;
	/** matching / count (0..1), when count > 0. */
	share?: number;
}

function share(count: number, matching: number, notRecorded: number): ShareStats {
	return { count, matching, notRecorded, ...(count > 0 ? { share: matching / count } : {}) };
}

/** Escalation rate: the share of incidents that engaged Level 2 or 3 (reports that list their levels). */
export function escalationStats(reports: readonly ReportFacts[]): ShareStats {
	const recorded = reports.filter((report) => report.escalationLevels.length > 0);
	return share(recorded.length, recorded.filter((report) => report.escalationLevels.some((level) => level >= 2)).length, reports.length - recorded.length);
}

/** The share of SEV3 incidents resolved by Level 1 (reports that say which level resolved them). */
export function level1Stats(reports: readonly ReportFacts[], severity = 'sev3'): ShareStats {
	const ofSeverity = reports.filter((report) => report.severity === severity);
	const recorded = ofSeverity.filter((report) => report.resolvedAtLevel !== undefined);
	return share(recorded.length, recorded.filter((report) => report.resolvedAtLevel === 1).length, ofSeverity.length - recorded.length);
}

// ---------------------------------------------------------------------------------------------
// Goals

export interface GoalInfo {
	id: string;
	guide: string;
	measure: DurationMeasure | 'repeat-rate' | 'sev3-level1' | 'escalation-rate';
	severity?: string | undefined;
	comparison: 'below' | 'above';
	value: number;
	unit: 'minutes' | 'percent';
}

export type GoalStatus = 'met' | 'missed' | 'no-data';

export interface GoalResult {
	goal: GoalInfo;
	status: GoalStatus;
	/** The figure compared (minutes, or percent 0..100). */
	figure?: number;
	/** "4 minutes", "12%", or "no data". */
	figureText: string;
	/** How many incidents the figure rests on. */
	count: number;
	/** "Met", "Missed", "No data" — in words, never colour alone. */
	statusText: string;
}

/** "12%" (whole percent). */
export function percentText(fraction: number): string {
	return `${Math.round(fraction * 100)}%`;
}
/** Minutes in words, rounded to the nearest minute ("1 hour 5 minutes"). */
export function minutesText(minutes: number): string {
	return formatDuration(Math.round(minutes)) ?? '';
}

const STATUS_TEXT: Record<GoalStatus, string> = { met: 'Met', missed: 'Missed', 'no-data': 'No data' };

/** One goal measured on the period's reports (`history` for repeats: every counted report). */
export function goalResult(goal: GoalInfo, periodReports: readonly ReportFacts[], history: readonly ReportFacts[]): GoalResult {
	let figure: number | undefined;
	let count = 0;
	if (goal.measure === 'repeat-rate') {
		const stats = repeatStats(periodReports, history);
		count = stats.count;
		if (stats.rate !== undefined) figure = stats.rate * 100;
	} else if (goal.measure === 'sev3-level1' || goal.measure === 'escalation-rate') {
		const stats = goal.measure === 'sev3-level1' ? level1Stats(periodReports, goal.severity ?? 'sev3') : escalationStats(periodReports);
		count = stats.count;
		if (stats.share !== undefined) figure = stats.share * 100;
	} else {
		const ofSeverity = goal.severity === undefined ? periodReports : periodReports.filter((report) => report.severity === goal.severity);
		const stats = durationStats(ofSeverity, goal.measure);
		count = stats.count;
		figure = stats.mean;
	}
	const status: GoalStatus = figure === undefined ? 'no-data' : (goal.comparison === 'below' ? figure < goal.value : figure > goal.value) ? 'met' : 'missed';
	const figureText = figure === undefined ? 'no data' : goal.unit === 'percent' ? percentText(figure / 100) : minutesText(figure);
	return { goal, status, count, figureText, statusText: STATUS_TEXT[status], ...(figure === undefined ? {} : { figure }) };
}

// ---------------------------------------------------------------------------------------------
// One period

export interface PeriodMetrics {
	period: Period;
	/** The period's counted reports, newest first. */
	reports: ReportFacts[];
	bySeverity: Record<string, number>;
	durations: Record<DurationMeasure, DurationStats>;
	/** The durations of each severity's incidents. */
	durationsBySeverity: Record<string, Record<DurationMeasure, DurationStats>>;
	months: MonthRow[];
	repeats: RepeatStats;
	escalation: ShareStats;
	level1: ShareStats;
	goals: GoalResult[];
}

function allDurations(reports: readonly ReportFacts[]): Record<DurationMeasure, DurationStats> {
	return Object.fromEntries(DURATION_MEASURES.map((measure) => [measure, durationStats(reports, measure)])) as Record<DurationMeasure, DurationStats>;
}

/** Every metric of the period, from the counted reports (practice and left-out examples already removed). */
export function periodMetrics(counted: readonly ReportFacts[], period: Period, levelIds: readonly string[], goals: readonly GoalInfo[]): PeriodMetrics {
	const reports = inPeriod(counted, period).sort((a, b) => b.started - a.started);
	return {
		period,
		reports,
		bySeverity: severityCounts(reports, levelIds),
		durations: allDurations(reports),
		durationsBySeverity: Object.fromEntries(levelIds.map((id) => [id, allDurations(reports.filter((report) => report.severity === id))])),
		months: monthlyBySeverity(reports, period, levelIds),
		repeats: repeatStats(reports, counted),
		escalation: escalationStats(reports),
		level1: level1Stats(reports),
		goals: goals.map((goal) => goalResult(goal, reports, counted)),
	};
}

export interface OpenAction {
	incidentId: string;
	action: string;
	owner: string;
	term: string;
	status: string;
	due?: number | undefined;
}

/** The prevention actions of these reports that are not complete, soonest due first. */
export function openActions(reports: readonly ReportFacts[]): OpenAction[] {
	return reports
		.flatMap((report) =>
			report.actions
				.filter((action) => action.status !== 'complete')
				.map((action) => ({ incidentId: report.id, action: action.action, owner: action.owner, term: action.term, status: action.status, due: action.due }))
		)
		.sort((a, b) => (a.due ?? Infinity) - (b.due ?? Infinity) || (a.incidentId < b.incidentId ? -1 : 1));
}
