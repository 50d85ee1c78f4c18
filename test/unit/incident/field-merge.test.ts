import { describe, expect, it } from 'vitest';
import { compareStamps, createStampClock, isStamped, mergeField, mergeFieldMaps, randomId, stamp } from '~/lib/shared/field-merge';
import { seeded } from '../../helpers/incident';

describe('field merge', () => {
	it('keeps the later edit of a field, whichever side it is on', () => {
		const a = { value: 'old', at: 1, by: 'a' };
		const b = { value: 'new', at: 2, by: 'b' };
		expect(mergeField(a, b)).toBe(b);
		expect(mergeField(b, a)).toBe(b);
		expect(mergeField(a, undefined)).toBe(a);
		expect(mergeField(undefined, b)).toBe(b);
	});

	it('breaks a tie of times by the tab id, then by the value, so every merge agrees', () => {
		const a = { value: 'x', at: 5, by: 'a' };
		const b = { value: 'y', at: 5, by: 'b' };
		expect(mergeField(a, b)).toBe(b);
		expect(mergeField(b, a)).toBe(b);
		const c = { value: 'z', at: 5, by: 'a' };
		expect(mergeField(a, c)).toEqual(c);
		expect(mergeField(c, a)).toEqual(c);
		expect(compareStamps(a, { ...a })).toBe(0);
	});

	it('keeps fields only one side has', () => {
		const merged = mergeFieldMaps({ a: { value: 1, at: 1, by: 'x' } }, { b: { value: 2, at: 1, by: 'y' } });
		expect(Object.keys(merged)).toEqual(['a', 'b']);
	});

	it('is commutative, associative and idempotent over random field maps', () => {
		const random = seeded(7);
		const pickOne = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
		const randomMap = () => {
			const map: Record<string, { value: unknown; at: number; by: string }> = {};
			for (let i = 0; i < 6; i++) map[pickOne(['a', 'b', 'c', 'd'])] = { value: pickOne(['x', 'y', 1, null, true]), at: Math.floor(random() * 4), by: pickOne(['t1', 't2']) };
			return map;
		};
		for (let round = 0; round < 300; round++) {
			const [a, b, c] = [randomMap(), randomMap(), randomMap()];
			expect(mergeFieldMaps(a, b)).toEqual(mergeFieldMaps(b, a));
			expect(mergeFieldMaps(mergeFieldMaps(a, b), c)).toEqual(mergeFieldMaps(a, mergeFieldMaps(b, c)));
			expect(mergeFieldMaps(a, a)).toEqual(a);
		}
	});

	it('stamps later than anything made or seen, even when the wall clock goes back', () => {
		let now = 100;
		const clock = createStampClock('tab', () => now);
		expect(clock.next().at).toBe(100);
		expect(clock.next().at).toBe(101);
		now = 50;
		expect(clock.next().at).toBe(102);
		clock.observe(1000);
		expect(stamp('v', clock)).toEqual({ value: 'v', at: 1001, by: 'tab' });
	});

	it('recognises stamped values and nothing else', () => {
		const isString = (v: unknown) => typeof v === 'string';
		expect(isStamped({ value: 'a', at: 1, by: 't' }, isString)).toBe(true);
		expect(isStamped({ value: 1, at: 1, by: 't' }, isString)).toBe(false);
		expect(isStamped({ value: 'a', at: Number.NaN, by: 't' }, isString)).toBe(false);
		expect(isStamped({ value: 'a', at: 1, by: '' }, isString)).toBe(false);
		expect(isStamped({ value: 'a', at: 1, by: 't', extra: 1 }, isString)).toBe(false);
		expect(isStamped(['a'], isString)).toBe(false);
	});

	it('makes random ids of 16 letters and digits', () => {
		expect(randomId()).toMatch(/^[a-z0-9]{16}$/);
		expect(randomId()).not.toBe(randomId());
	});
});
