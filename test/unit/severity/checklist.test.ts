import { describe, expect, it } from 'vitest';
import { clearTicks, isTicked, setTick, validateTicks } from '~/lib/severity/checklist';

describe('severity checklist ticks', () => {
	it('ticks, unticks and clears per level', () => {
		let ticks = setTick({}, 'sev1', 'Page on-call engineer immediately', true);
		ticks = setTick(ticks, 'sev1', 'Page on-call engineer immediately', true);
		ticks = setTick(ticks, 'sev2', 'Monitor metrics for improvement', true);
		expect(ticks).toEqual({ sev1: ['Page on-call engineer immediately'], sev2: ['Monitor metrics for improvement'] });
		expect(isTicked(ticks, 'sev1', 'Page on-call engineer immediately')).toBe(true);
		expect(isTicked(ticks, 'sev3', 'Page on-call engineer immediately')).toBe(false);
		expect(setTick(ticks, 'sev1', 'Page on-call engineer immediately', false).sev1).toEqual([]);
		expect(clearTicks(ticks, 'sev1')).toEqual({ sev2: ['Monitor metrics for improvement'] });
	});

	it.each([
		['an object of string lists', { sev1: ['a'] }, { sev1: ['a'] }],
		['an empty object', {}, {}],
		['null', null, undefined],
		['a list', [['a']], undefined],
		['numbers', { sev1: [1] }, undefined],
		['a string', 'sev1', undefined],
	])('validates %s', (_label, data, expected) => expect(validateTicks(data)).toEqual(expected));
});
