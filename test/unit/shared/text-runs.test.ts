import { describe, expect, it } from 'vitest';
import { joinTextRuns } from '~/lib/shared/text-runs';

const el = { type: 'b' };

describe('joinTextRuns', () => {
	it('joins adjacent texts and numbers into the first place, keeping every position', () => {
		expect(joinTextRuns(['SEV1', ' · ', 'Critical'])).toEqual(['SEV1 · Critical', null, null]);
		expect(joinTextRuns(['Level ', 2, ' now', el, 'after'])).toEqual(['Level 2 now', null, null, el, 'after']);
	});

	it('joins over children that render nothing, as the server does', () => {
		expect(joinTextRuns(['a', false, null, undefined, true, 'b'])).toEqual(['ab', null, null, null, null, null]);
	});

	it('stops a run at an element', () => {
		expect(joinTextRuns(['a', el, 'b', 'c'])).toEqual(['a', el, 'bc', null]);
	});

	it('counts a nested list of texts as text, and leaves one with an element alone', () => {
		expect(joinTextRuns([['a', 'b'], 'c'])).toEqual(['abc', null]);
		expect(joinTextRuns([['a'], el])).toEqual(['a', el]);
		const mixed = [['a', el], 'c'];
		expect(joinTextRuns(mixed)).toBe(mixed);
	});

	it('returns the same array when nothing joins (no needless copies)', () => {
		const children = ['only', el, false, el];
		expect(joinTextRuns(children)).toBe(children);
		const none: unknown[] = [];
		expect(joinTextRuns(none)).toBe(none);
	});

	it('leaves a lone text as it is, and turns empty text into nothing (the server writes no node)', () => {
		expect(joinTextRuns([el, 'x', el])).toEqual([el, 'x', el]);
		expect(joinTextRuns(['', 'a'])).toEqual(['a', null]);
		expect(joinTextRuns([el, '', el])).toEqual([el, null, el]);
		expect(joinTextRuns(['', false])).toEqual([null, null]);
	});
});
