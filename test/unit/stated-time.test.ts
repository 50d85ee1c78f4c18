import { describe, expect, it } from 'vitest';
import { formatMinutes, parseStatedMinutes } from '~/lib/stated-time';

describe('parseStatedMinutes', () => {
	it.each([
		['Immediate', 0],
		['Immediate (page on-call engineer)', 0],
		['<15 min', 15],
		['<15 minutes (notify on-call)', 15],
		['30 minutes', 30],
		['2 hours', 120],
		['8 hours (or next maintenance window)', 480],
		['Next business day', undefined],
		['N/A', undefined],
	])('%s → %s', (text, minutes) => {
		expect(parseStatedMinutes(text)).toBe(minutes);
	});
});

describe('formatMinutes', () => {
	it.each([
		[0, '0 min'],
		[45, '45 min'],
		[120, '2 h'],
		[90, '1 h 30 min'],
	])('%s → %s', (minutes, text) => {
		expect(formatMinutes(minutes)).toBe(text);
	});
});
