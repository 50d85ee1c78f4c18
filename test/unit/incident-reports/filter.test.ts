import { describe, expect, it } from 'vitest';
import { countText, filterSearch, matches, parseFilter } from '~/lib/incident-reports/filter';

const OPTIONS = { severity: ['sev1', 'sev2'], service: ['wal', 'http-api'], cause: ['disk-full'] };

describe('the archive filter', () => {
	it('reads the state from the address, ignoring values no report has', () => {
		expect(parseFilter('?severity=sev1&service=wal&cause=nope&other=1', OPTIONS)).toEqual({ state: { severity: 'sev1', service: 'wal' }, ignored: ['cause'] });
		expect(parseFilter('', OPTIONS)).toEqual({ state: {}, ignored: [] });
	});

	it('writes the state back, keeping other parameters, empty when nothing is chosen', () => {
		expect(filterSearch({ severity: 'sev2', cause: 'disk-full' })).toBe('?severity=sev2&cause=disk-full');
		expect(filterSearch({}, '?severity=sev1')).toBe('');
		expect(filterSearch({ service: 'wal' }, '?x=1&severity=sev1')).toBe('?x=1&service=wal');
	});

	it('matches on every chosen filter', () => {
		const item = { severity: 'sev1', services: ['wal', 'storage'], cause: 'disk-full' };
		expect(matches(item, {})).toBe(true);
		expect(matches(item, { severity: 'sev1', service: 'storage' })).toBe(true);
		expect(matches(item, { severity: 'sev2' })).toBe(false);
		expect(matches(item, { cause: 'other' })).toBe(false);
	});

	it('says how many are shown', () => {
		expect(countText(5, 5)).toBe('All 5 incidents shown.');
		expect(countText(1, 1)).toBe('All 1 incident shown.');
		expect(countText(2, 5)).toBe('2 of 5 incidents shown.');
		expect(countText(0, 5)).toContain('No incident matches');
	});
});
