import { describe, expect, it } from 'vitest';
import {
	addMinutes,
	clockDuration,
	firstUpdateDue,
	formatUtcInput,
	formatUtcTime,
	minutesBetween,
	nextUpdateAt,
	parseClock,
	parseUtcDate,
	parseUtcTime,
} from '~/lib/time/incident-time';
import { formatDuration } from '~/lib/shared/duration';

const utc = (text: string) => {
	const date = parseUtcTime(text);
	if (!date) throw new Error(`bad fixture ${text}`);
	return date;
};

describe('parseUtcTime', () => {
	it.each([
		['2026-03-01 14:05', '2026-03-01T14:05:00.000Z'],
		['2026-03-01T14:05', '2026-03-01T14:05:00.000Z'],
		['2026-03-01 14:05 UTC', '2026-03-01T14:05:00.000Z'],
		['  2026-03-01 4:05:30Z ', '2026-03-01T04:05:30.000Z'],
		['2028-02-29 00:00', '2028-02-29T00:00:00.000Z'],
	])('reads %j', (text, iso) => {
		expect(parseUtcTime(text)?.toISOString()).toBe(iso);
	});

	it.each(['', 'now', '2026-02-29 10:00', '2026-13-01 10:00', '2026-04-31 10:00', '2026-03-01 24:00', '2026-03-01 10:60', '01/03/2026 10:00', '2026-03-01 10:00 CET'])(
		'rejects %j',
		(text) => {
			expect(parseUtcTime(text)).toBeUndefined();
		}
	);
});

describe('dates and clock times', () => {
	it('reads dates that exist', () => {
		expect(parseUtcDate('2026-01-31')?.toISOString()).toBe('2026-01-31T00:00:00.000Z');
		expect(parseUtcDate('2026-02-30')).toBeUndefined();
		expect(parseUtcDate('2026-02-03 10:00')).toBeUndefined();
	});

	it.each([
		['14:05', 845],
		['4:05', 245],
		['00:00', 0],
		['23:59 UTC', 1439],
		['24:00', undefined],
		['12:60', undefined],
		['1405', undefined],
	])('reads clock %j', (text, minutes) => {
		expect(parseClock(text)).toBe(minutes);
	});

	it('formats in UTC as the guide writes it', () => {
		const date = new Date(Date.UTC(2026, 0, 5, 7, 3));
		expect(formatUtcTime(date)).toBe('2026-01-05 07:03 UTC');
		expect(formatUtcInput(date)).toBe('2026-01-05 07:03');
	});
});

describe('durations', () => {
	it.each([
		[0, '0 minutes'],
		[1, '1 minute'],
		[45, '45 minutes'],
		[60, '1 hour'],
		[61, '1 hour 1 minute'],
		[125, '2 hours 5 minutes'],
		[1565, '26 hours 5 minutes'],
		[-1, undefined],
	])('formats %i minutes as %j', (minutes, text) => {
		expect(formatDuration(minutes)).toBe(text);
	});

	it.each([
		['same hour', '2026-03-01 14:05', '2026-03-01 14:50', 45],
		['across midnight', '2026-03-01 23:40', '2026-03-02 00:25', 45],
		['across a month end', '2026-01-31 23:50', '2026-02-01 01:20', 90],
		['across a leap day', '2028-02-28 22:00', '2028-03-01 02:00', 28 * 60],
		['across a year end', '2026-12-31 23:30', '2027-01-01 00:15', 45],
		['end before start', '2026-03-01 14:05', '2026-03-01 14:00', -5],
	])('counts minutes %s', (_name, start, end, minutes) => {
		expect(minutesBetween(utc(start), utc(end))).toBe(minutes);
	});

	it.each([
		['same day', '09:10', '11:40', 150],
		['across midnight', '23:50', '00:20', 30],
		['equal times', '10:00', '10:00', 0],
	])('counts clock time %s', (_name, start, end, minutes) => {
		expect(clockDuration(parseClock(start)!, parseClock(end)!)).toBe(minutes);
	});
});

describe('update times', () => {
	const sev1 = { firstUpdateWithinMinutes: 15, everyMinutes: 30 };
	const sev2 = { firstUpdateWithinMinutes: 30, everyMinutes: 60 };
	const sev3 = {};

	it('next update is the send time plus the cadence of the severity', () => {
		expect(formatUtcTime(nextUpdateAt(utc('2026-03-01 14:05'), sev1)!)).toBe('2026-03-01 14:35 UTC');
		expect(formatUtcTime(nextUpdateAt(utc('2026-03-01 14:05'), sev2)!)).toBe('2026-03-01 15:05 UTC');
		expect(nextUpdateAt(utc('2026-03-01 14:05'), sev3)).toBeUndefined();
	});

	it('next update rolls over midnight and month ends', () => {
		expect(formatUtcTime(nextUpdateAt(utc('2026-04-30 23:45'), sev1)!)).toBe('2026-05-01 00:15 UTC');
		expect(formatUtcTime(nextUpdateAt(utc('2026-12-31 23:30'), sev2)!)).toBe('2027-01-01 00:30 UTC');
	});

	it('the first update is due within the first-update time of the severity', () => {
		expect(formatUtcTime(firstUpdateDue(utc('2026-03-01 23:50'), sev1)!)).toBe('2026-03-02 00:05 UTC');
		expect(firstUpdateDue(utc('2026-03-01 23:50'), sev3)).toBeUndefined();
	});

	it('adds minutes', () => {
		expect(addMinutes(utc('2026-02-28 23:59'), 1).toISOString()).toBe('2026-03-01T00:00:00.000Z');
	});
});
