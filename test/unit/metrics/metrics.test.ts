/**
 * Every metric of the guide on hand-made reports: durations (mean, median, worst, how many they
 * rest on, incidents without a mitigation time), severity per month with empty months, repeats by
 * root-cause key (with history before the period), escalation rate, SEV3 by Level 1, each goal
 * met / missed / no data, open prevention actions, and which reports count (practice never,
 * examples by the setting).
 */
import { describe, expect, it } from 'vitest';
import {
	durationMinutes,
	durationStats,
	escalationStats,
	goalResult,
	level1Stats,
	monthlyBySeverity,
	openActions,
	periodMetrics,
	repeatStats,
	severityCounts,
	type GoalInfo,
} from '~/lib/metrics/metrics';
import { DAY, countedReports, inPeriod, lastDays, monthsBetween, visibleReports, type ReportFacts } from '~/lib/metrics/reports';
import { monthLabel, niceMax, stackedMonthChart } from '~/lib/metrics/chart';

const MIN = 60_000;
const NOW = Date.UTC(2026, 11, 1, 12, 0);
const LEVELS = ['sev1', 'sev2', 'sev3', 'sev4'];

let n = 0;
/** A report that started `daysAgo` days before NOW, detected +d, acknowledged +a, mitigated +m, resolved +r minutes after the start. */
function report(daysAgo: number, times: { d?: number; a?: number; m?: number; r?: number } = {}, extra: Partial<ReportFacts> = {}): ReportFacts {
	const started = NOW - daysAgo * DAY;
	const at = (minutes: number | undefined) => (minutes === undefined ? undefined : started + minutes * MIN);
	n += 1;
	return {
		id: `INC-X-${String(n).padStart(3, '0')}`,
		title: 'Test',
		severity: 'sev1',
		practice: false,
		example: false,
		started,
		detected: at(times.d ?? 0)!,
		acknowledged: at(times.a),
		mitigated: at(times.m),
		resolved: at(times.r),
		escalationLevels: [],
		services: [],
		trees: [],
		commonIssues: [],
		actions: [],
		...extra,
	};
}

const GOALS: GoalInfo[] = [
	{ id: 'sev1-mttd', guide: 'SEV1 MTTD (Mean Time To Detect) < 5 minutes', measure: 'time-to-detect', severity: 'sev1', comparison: 'below', value: 5, unit: 'minutes' },
	{ id: 'sev1-mttr', guide: 'SEV1 MTTR (Mean Time To Resolve) < 30 minutes', measure: 'time-to-resolve', severity: 'sev1', comparison: 'below', value: 30, unit: 'minutes' },
	{ id: 'sev2-mttr', guide: 'SEV2 MTTR < 2 hours', measure: 'time-to-resolve', severity: 'sev2', comparison: 'below', value: 120, unit: 'minutes' },
	{ id: 'repeat-incidents', guide: '<10% repeat incidents', measure: 'repeat-rate', comparison: 'below', value: 10, unit: 'percent' },
	{ id: 'sev3-level1', guide: '>80% SEV3 resolved by Level 1', measure: 'sev3-level1', comparison: 'above', value: 80, unit: 'percent' },
];
const goal = (id: string) => GOALS.find((g) => g.id === id)!;

describe('durations', () => {
	it('measures detect (detected → acknowledged), mitigate (acknowledged → restored), resolve (acknowledged → fixed)', () => {
		const r = report(1, { d: 2, a: 6, m: 30, r: 90 });
		expect(durationMinutes(r, 'time-to-detect')).toBe(4);
		expect(durationMinutes(r, 'time-to-mitigate')).toBe(24);
		expect(durationMinutes(r, 'time-to-resolve')).toBe(84);
	});

	it('gives mean, median (odd and even count), worst and what it rests on', () => {
		const reports = [report(1, { a: 2 }), report(2, { a: 10 }), report(3, { a: 3 })];
		expect(durationStats(reports, 'time-to-detect')).toEqual({ count: 3, missing: 0, mean: 5, median: 3, worst: 10, worstId: reports[1]!.id });
		const even = [...reports, report(4, { a: 5 })];
		expect(durationStats(even, 'time-to-detect').median).toBe(4);
	});

	it('leaves out incidents without a mitigation time and counts them as missing', () => {
		const reports = [report(1, { a: 5, m: 25 }), report(2, { a: 5 }), report(3, { a: 5, r: 40 })];
		const stats = durationStats(reports, 'time-to-mitigate');
		expect(stats).toMatchObject({ count: 1, missing: 2, mean: 20, median: 20, worst: 20 });
	});

	it('has no figures for an empty set, only the counts', () => {
		expect(durationStats([], 'time-to-resolve')).toEqual({ count: 0, missing: 0 });
		expect(durationStats([report(1)], 'time-to-resolve')).toEqual({ count: 0, missing: 1 });
	});
});

describe('incidents by severity per month', () => {
	it('counts every level, zero included', () => {
		expect(severityCounts([report(1), report(2, {}, { severity: 'sev3' })], LEVELS)).toEqual({ sev1: 1, sev2: 0, sev3: 1, sev4: 0 });
	});

	it('lists every month of the period, empty months too', () => {
		const period = { start: Date.UTC(2026, 8, 15), end: Date.UTC(2026, 11, 1, 12) };
		const rows = monthlyBySeverity([report(1), report(40, {}, { severity: 'sev2' }), report(400)], period, LEVELS);
		expect(rows.map((row) => row.month)).toEqual(['2026-09', '2026-10', '2026-11', '2026-12']);
		expect(rows.map((row) => row.total)).toEqual([0, 1, 1, 0]);
		expect(rows[1]!.counts).toEqual({ sev1: 0, sev2: 1, sev3: 0, sev4: 0 });
	});

	it('months run across a year boundary', () => {
		expect(monthsBetween(Date.UTC(2026, 10, 20), Date.UTC(2027, 1, 1))).toEqual(['2026-11', '2026-12', '2027-01']);
	});
});

describe('repeat incidents', () => {
	it('counts an incident whose root-cause key occurred before, even before the period', () => {
		const old = report(200, {}, { rootCause: 'disk-full' });
		const a = report(20, {}, { rootCause: 'disk-full' });
		const b = report(10, {}, { rootCause: 'bad-config' });
		const c = report(5, {}, { rootCause: 'bad-config' });
		const d = report(3);
		const stats = repeatStats([a, b, c, d], [old, a, b, c, d]);
		expect(stats).toMatchObject({ count: 3, repeats: 2, withoutKey: 1 });
		expect(stats.rate).toBeCloseTo(2 / 3);
		expect(stats.byCause).toEqual([
			{ rootCause: 'bad-config', incidents: 2, repeats: 1, ids: [b.id, c.id] },
			{ rootCause: 'disk-full', incidents: 1, repeats: 1, ids: [a.id] },
		]);
	});

	it('has no rate without a keyed incident', () => {
		expect(repeatStats([report(1)], [])).toEqual({ count: 0, repeats: 0, withoutKey: 1, byCause: [] });
	});
});

describe('escalation rate and SEV3 by Level 1', () => {
	it('escalation: the share of recorded incidents that engaged Level 2 or 3', () => {
		const stats = escalationStats([report(1, {}, { escalationLevels: [1] }), report(2, {}, { escalationLevels: [1, 2] }), report(3, {}, { escalationLevels: [1, 2, 3] }), report(4)]);
		expect(stats).toEqual({ count: 3, matching: 2, notRecorded: 1, share: 2 / 3 });
		expect(escalationStats([])).toEqual({ count: 0, matching: 0, notRecorded: 0 });
	});

	it('SEV3 by Level 1: only SEV3 incidents that say which level resolved them', () => {
		const sev3 = { severity: 'sev3' };
		const stats = level1Stats([
			report(1, {}, { ...sev3, resolvedAtLevel: 1 }),
			report(2, {}, { ...sev3, resolvedAtLevel: 1 }),
			report(3, {}, { ...sev3, resolvedAtLevel: 2 }),
			report(4, {}, sev3),
			report(5, {}, { resolvedAtLevel: 1 }),
		]);
		expect(stats).toEqual({ count: 3, matching: 2, notRecorded: 1, share: 2 / 3 });
	});
});

describe('goals', () => {
	it('SEV1 MTTD: met below 5 minutes, missed at 5 or more, from SEV1 incidents only', () => {
		const met = goalResult(goal('sev1-mttd'), [report(1, { a: 4 }), report(2, { a: 2 }), report(3, { a: 60 }, { severity: 'sev2' })], []);
		expect(met).toMatchObject({ status: 'met', statusText: 'Met', figure: 3, figureText: '3 minutes', count: 2 });
		expect(goalResult(goal('sev1-mttd'), [report(1, { a: 5 })], [])).toMatchObject({ status: 'missed', statusText: 'Missed' });
	});

	it('MTTR goals in hours and minutes', () => {
		const result = goalResult(goal('sev2-mttr'), [report(1, { a: 0, r: 150 }, { severity: 'sev2' })], []);
		expect(result).toMatchObject({ status: 'missed', figureText: '2 hours 30 minutes', count: 1 });
	});

	it('no data when nothing to measure, said in words', () => {
		for (const id of ['sev1-mttd', 'sev1-mttr', 'repeat-incidents', 'sev3-level1']) {
			expect(goalResult(goal(id), [], [])).toMatchObject({ status: 'no-data', statusText: 'No data', figureText: 'no data', count: 0 });
		}
		// A SEV1 without an acknowledgment time gives no MTTD.
		expect(goalResult(goal('sev1-mttd'), [report(1)], []).status).toBe('no-data');
	});

	it('repeat rate and SEV3 share goals in percent', () => {
		const a = report(10, {}, { rootCause: 'x' });
		const b = report(5, {}, { rootCause: 'x' });
		expect(goalResult(goal('repeat-incidents'), [a, b], [a, b])).toMatchObject({ status: 'missed', figureText: '50%', count: 2 });
		const sev3 = Array.from({ length: 5 }, (_, i) => report(i + 1, {}, { severity: 'sev3', resolvedAtLevel: i === 0 ? 2 : 1 }));
		expect(goalResult(goal('sev3-level1'), sev3, [])).toMatchObject({ status: 'missed', figureText: '80%' }); // not above 80
		expect(goalResult(goal('sev3-level1'), sev3.slice(1), [])).toMatchObject({ status: 'met', figureText: '100%' });
	});
});

describe('which reports count', () => {
	const real = report(1);
	const practice = report(2, {}, { practice: true });
	const example = report(3, {}, { example: true });
	const practiceExample = report(4, {}, { practice: true, example: true });
	const all = [real, practice, example, practiceExample];

	it('practice incidents never count; examples count only when the settings keep them', () => {
		expect(countedReports(all, { includeExamples: true })).toEqual([real, example]);
		expect(countedReports(all, { includeExamples: false })).toEqual([real]);
	});

	it('the archive shows practice incidents, and examples by the setting', () => {
		expect(visibleReports(all, { includeExamples: true })).toEqual(all);
		expect(visibleReports(all, { includeExamples: false })).toEqual([real, practice]);
	});
});

describe('a period', () => {
	it('holds the reports that started in [now − days, now)', () => {
		const inside = report(29);
		const outside = report(31);
		expect(inPeriod([inside, outside], lastDays(NOW, 30))).toEqual([inside]);
	});

	it('an empty period has every metric empty, never a figure', () => {
		const metrics = periodMetrics([report(400, { a: 3, m: 10, r: 20 })], lastDays(NOW, 30), LEVELS, GOALS);
		expect(metrics.reports).toEqual([]);
		expect(metrics.bySeverity).toEqual({ sev1: 0, sev2: 0, sev3: 0, sev4: 0 });
		expect(metrics.durations['time-to-detect']).toEqual({ count: 0, missing: 0 });
		expect(metrics.months.every((row) => row.total === 0)).toBe(true);
		expect(metrics.repeats.rate).toBeUndefined();
		expect(metrics.escalation.share).toBeUndefined();
		expect(metrics.level1.share).toBeUndefined();
		expect(metrics.goals.map((g) => g.status)).toEqual(['no-data', 'no-data', 'no-data', 'no-data', 'no-data']);
	});

	it('computes every metric of the period, by severity too', () => {
		const reports = [
			report(2, { d: 1, a: 3, m: 20, r: 25 }, { rootCause: 'disk-full', escalationLevels: [1] }),
			report(10, { d: 0, a: 6, m: 40, r: 50 }, { rootCause: 'disk-full', escalationLevels: [1, 2], resolvedAtLevel: 2 }),
			report(50, { a: 30, r: 100 }, { severity: 'sev2' }),
		];
		const metrics = periodMetrics(reports, lastDays(NOW, 30), LEVELS, GOALS);
		expect(metrics.reports.map((r) => r.id)).toEqual([reports[0]!.id, reports[1]!.id]);
		expect(metrics.durations['time-to-detect']).toMatchObject({ count: 2, mean: 4, worst: 6 });
		expect(metrics.durationsBySeverity.sev1!['time-to-mitigate']).toMatchObject({ count: 2, mean: 25.5 });
		expect(metrics.durationsBySeverity.sev2!['time-to-resolve']).toEqual({ count: 0, missing: 0 });
		expect(metrics.repeats).toMatchObject({ count: 2, repeats: 1 });
		expect(metrics.escalation).toMatchObject({ count: 2, matching: 1 });
		expect(metrics.goals.map((g) => [g.goal.id, g.status])).toEqual([
			['sev1-mttd', 'met'],
			['sev1-mttr', 'missed'],
			['sev2-mttr', 'no-data'],
			['repeat-incidents', 'missed'],
			['sev3-level1', 'no-data'],
		]);
	});
});

describe('open prevention actions', () => {
	it('lists the actions not complete, soonest due first, with their incident', () => {
		const a = report(1, {}, {
			actions: [
				{ action: 'Fix it', owner: 'Ana', term: 'immediate', status: 'complete', due: NOW },
				{ action: 'Alert on it', owner: 'Ben', term: 'short-term', status: 'pending', due: NOW + 9 * DAY },
			],
		});
		const b = report(2, {}, { actions: [{ action: 'Redesign', owner: '', term: 'long-term', status: 'planned' }, { action: 'Test it', owner: 'Chen', term: 'short-term', status: 'in-progress', due: NOW + 2 * DAY }] });
		expect(openActions([a, b]).map((action) => [action.incidentId, action.action])).toEqual([
			[b.id, 'Test it'],
			[a.id, 'Alert on it'],
			[b.id, 'Redesign'],
		]);
		expect(openActions([])).toEqual([]);
	});
});

describe('the monthly chart', () => {
	it('stacks one segment per level with a count, scaled to a nice maximum', () => {
		const chart = stackedMonthChart(
			[
				{ month: '2026-11', counts: { sev1: 2, sev2: 1, sev3: 0, sev4: 0 }, total: 3 },
				{ month: '2027-01', counts: { sev1: 0, sev2: 0, sev3: 0, sev4: 0 }, total: 0 },
			],
			LEVELS
		);
		expect(chart.bars.map((bar) => bar.label)).toEqual(['Nov', 'Jan 2027']);
		expect(chart.bars[0]!.segments.map((s) => [s.level, s.count])).toEqual([['sev1', 2], ['sev2', 1]]);
		const [first, second] = chart.bars[0]!.segments;
		expect(first!.y + first!.height).toBeCloseTo(chart.plot.bottom);
		expect(second!.y + second!.height).toBeCloseTo(first!.y);
		expect(chart.bars[1]!.segments).toEqual([]);
		expect(chart.ticks.map((t) => t.value)).toEqual([0, 1, 2, 3, 4, 5]);
		expect(niceMax(0)).toBe(1);
		expect(niceMax(7)).toBe(10);
		expect(niceMax(12)).toBe(20);
		expect(monthLabel('2026-03')).toBe('Mar');
	});
});
