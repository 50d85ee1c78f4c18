import { describe, expect, it } from 'vitest';
import { buildSearch, parseUrlState, parsers } from '~/lib/shared/url-state';

const spec = {
	sev: parsers.oneOf(['sev1', 'sev2'] as const),
	min: parsers.integer(0, 10_000),
	t: parsers.listOf(['a', 'b'] as const),
	q: parsers.text(20),
};

describe('parseUrlState', () => {
	it('reads valid parameters', () => {
		expect(parseUrlState('?sev=sev1&min=45&t=a,b&q=wal', spec)).toEqual({
			state: { sev: 'sev1', min: 45, t: ['a', 'b'], q: 'wal' },
			notices: [],
		});
	});

	it('ignores unknown and malformed parameters with a notice each', () => {
		const { state, notices } = parseUrlState('?sev=sev9&min=-3&t=a,zzz&x=1&q=' + 'x'.repeat(30), spec);
		expect(state).toEqual({});
		expect(notices).toHaveLength(5);
		expect(notices[0]).toContain('sev');
		expect(notices.join(' ')).toContain('unknown link parameter “x”');
	});

	it('leaves ignored names alone and survives odd encodings', () => {
		expect(parseUrlState('?utm=1&%E0%A4%A=1', spec, ['utm']).notices).toHaveLength(1);
		expect(parseUrlState('', spec)).toEqual({ state: {}, notices: [] });
	});

	it('truncates long names in notices', () => {
		const { notices } = parseUrlState(`?${'n'.repeat(500)}=1`, spec);
		expect(notices[0]!.length).toBeLessThan(100);
	});
});

describe('buildSearch', () => {
	it('drops empty values and encodes the rest', () => {
		expect(buildSearch({ q: 'a b&c', sev: undefined, t: '' })).toBe('?q=a+b%26c');
		expect(buildSearch({})).toBe('');
	});
});
