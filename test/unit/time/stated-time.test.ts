import { describe, expect, it } from 'vitest';
import { parseStatedMinutes } from '~/lib/time/stated-time';

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
