import { describe, expect, it } from 'vitest';
import { MAX_INCIDENT_MINUTES, parseDurationInput } from '~/lib/time/duration-input';

describe('parseDurationInput', () => {
	it.each([
		['45', 45],
		[' 45 ', 45],
		['0', 0],
		['45m', 45],
		['45 min', 45],
		['45 minutes', 45],
		['2h', 120],
		['2 hours', 120],
		['1h30', 90],
		['1h 30m', 90],
		['1 h 30 min', 90],
		['1:30', 90],
		['1H30M', 90],
	])('%j → %s minutes', (text, minutes) => {
		expect(parseDurationInput(text)).toEqual({ status: 'ok', minutes });
	});

	it.each(['', '   '])('%j is empty', (text) => expect(parseDurationInput(text)).toEqual({ status: 'empty' }));

	it.each(['-5', '1.5h', 'abc', 'h', '45 seconds', '1:75', '<img src=x onerror=alert(1)>', '9'.repeat(400)])(
		'%j gets a message',
		(text) => {
			const result = parseDurationInput(text);
			expect(result.status).toBe('invalid');
		}
	);

	it('refuses more than 30 days', () => {
		expect(parseDurationInput(String(MAX_INCIDENT_MINUTES))).toEqual({ status: 'ok', minutes: MAX_INCIDENT_MINUTES });
		expect(parseDurationInput(String(MAX_INCIDENT_MINUTES + 1))).toMatchObject({
			status: 'invalid',
			message: expect.stringContaining('30 days'),
		});
	});
});
