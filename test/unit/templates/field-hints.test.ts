import { describe, expect, it } from 'vitest';
import { LONG_TEXT, clockButtonLabels, clockValue, hasClockButton, hintText, problemOf } from '~/lib/templates/field-hints';
import { parseUtcTime } from '~/lib/time/incident-time';

describe('hintText', () => {
	it.each([
		['list', 'One item per line.'],
		['time', 'UTC, as YYYY-MM-DD HH:MM.'],
		['clock', 'UTC, as HH:MM.'],
		['computed', 'Filled in for you; type to change it.'],
		['text', ''],
	] as const)('%s → %j', (kind, text) => expect(hintText({ kind })).toBe(text));
});

describe('problemOf', () => {
	it('gives the reason a computed field has no value yet, only while it is automatic', () => {
		const computed = { reason: 'Fill in the start time first.' };
		expect(problemOf({ kind: 'computed' }, '', computed, true)).toBe('Fill in the start time first.');
		expect(problemOf({ kind: 'computed' }, '', computed, false)).toBeUndefined();
		expect(problemOf({ kind: 'computed' }, '', { value: '15 minutes' }, true)).toBeUndefined();
	});

	it('says nothing about an empty field', () => {
		expect(problemOf({ kind: 'time' }, '  ', undefined, false)).toBeUndefined();
	});

	it('notes times and clock times it cannot read', () => {
		expect(problemOf({ kind: 'time' }, 'yesterday', undefined, false)).toMatch(/^This is not a time the tool can read/);
		expect(problemOf({ kind: 'time' }, '2026-03-01 14:05', undefined, false)).toBeUndefined();
		expect(problemOf({ kind: 'clock' }, '25:99', undefined, false)).toMatch(/^This is not a clock time/);
		expect(problemOf({ kind: 'clock' }, '14:05', undefined, false)).toBeUndefined();
	});

	it('notes an unusually long text, with its length', () => {
		const text = 'x'.repeat(LONG_TEXT + 1);
		expect(problemOf({ kind: 'multiline' }, text, undefined, false)).toBe(
			'This field holds 5,001 characters. All of it is kept and copied; check the message is not too long for its channel.'
		);
		expect(problemOf({ kind: 'multiline' }, 'x'.repeat(LONG_TEXT), undefined, false)).toBeUndefined();
	});
});

describe('the Now / Today button', () => {
	const at = parseUtcTime('2026-03-01 14:05')!;

	it('exists for time, clock and date fields only', () => {
		expect(['time', 'clock', 'date', 'text', 'list'].map((kind) => hasClockButton({ kind: kind as 'time' }))).toEqual([
			true,
			true,
			true,
			false,
			false,
		]);
	});

	it('types the current UTC value in the field’s format', () => {
		expect(clockValue({ kind: 'time' }, at)).toBe('2026-03-01 14:05');
		expect(clockValue({ kind: 'clock' }, at)).toBe('14:05');
		expect(clockValue({ kind: 'date' }, at)).toBe('2026-03-01');
	});

	it('is labelled with the field it sets', () => {
		expect(clockButtonLabels({ kind: 'time', label: 'Start time' })).toEqual({
			text: 'Now',
			label: 'Now: set “Start time” to the current UTC time',
		});
		expect(clockButtonLabels({ kind: 'date', label: 'Date' })).toEqual({
			text: 'Today',
			label: 'Today: set “Date” to the current UTC date',
		});
	});
});
