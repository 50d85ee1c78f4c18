import { describe, expect, it } from 'vitest';
import { formatDuration, formatDurationShort } from '~/lib/shared/duration';

describe('formatDuration (words)', () => {
	it.each([
		[0, '0 minutes'],
		[1, '1 minute'],
		[30, '30 minutes'],
		[60, '1 hour'],
		[90, '1 hour 30 minutes'],
		[120, '2 hours'],
		[1561, '26 hours 1 minute'],
		[-1, undefined],
		[Number.NaN, undefined],
	])('%s → %s', (minutes, text) => expect(formatDuration(minutes)).toBe(text));
});

describe('formatDurationShort', () => {
	it.each([
		[0, '0 min'],
		[45, '45 min'],
		[120, '2 h'],
		[90, '1 h 30 min'],
		[-5, undefined],
	])('%s → %s', (minutes, text) => expect(formatDurationShort(minutes)).toBe(text));
});
