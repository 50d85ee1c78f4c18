import { describe, expect, it } from 'vitest';
import { draftKey, startingValues, validateDraft, validatePreferences, withStartingValues } from '~/lib/templates/draft';
import { parseUtcTime } from '~/lib/time/incident-time';
import { realModel } from '../../helpers/template-models';

const now = parseUtcTime('2026-03-01 23:59')!;

describe('template drafts', () => {
	it('keys drafts per template', () => {
		expect(draftKey('sev1-notification')).not.toBe(draftKey('sev1-progress-update'));
	});

	it.each([
		['a good draft', { values: { a: 'x', b: '' } }, { values: { a: 'x', b: '' } }],
		['no values', {}, undefined],
		['a number value', { values: { a: 1 } }, undefined],
		['an array', [], undefined],
		['null', null, undefined],
	])('validates %s', (_name, data, expected) => {
		expect(validateDraft(data)).toEqual(expected);
	});

	it('validates preferences', () => {
		expect(validatePreferences({ template: 'a', severity: 'sev2' })).toEqual({ template: 'a', severity: 'sev2' });
		expect(validatePreferences({})).toEqual({});
		expect(validatePreferences({ template: 3 })).toBeUndefined();
	});

	it('starts times at now (UTC), numbers at 1, and leaves computed fields automatic', () => {
		const values = startingValues(realModel('sev1-progress-update'), now);
		expect(values).toEqual({ 'update-number': '1', 'update-time': '2026-03-01 23:59' });
		expect(startingValues(realModel('post-incident-report'), now)).toEqual({ 'incident-number': '1', date: '2026-03-01' });
	});

	it('keeps what was typed, even an emptied field, over starting values', () => {
		const model = realModel('sev1-progress-update');
		expect(withStartingValues(model, { 'update-time': '', status: 'Mitigating' }, now)).toEqual({
			'update-number': '1',
			'update-time': '',
			status: 'Mitigating',
		});
	});
});
