import { describe, expect, it } from 'vitest';
import {
	draftKey,
	nextUpdateValues,
	startingChoice,
	startingValues,
	validateDraft,
	validatePreferences,
	withStartingValues,
} from '~/lib/templates/draft';
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
		[
			'a draft with filled values and stamps (a removed field keeps its stamp)',
			{ values: { a: 'x' }, filled: { a: 'x' }, stamps: { a: { at: 5, by: 'tab1' }, gone: { at: 7, by: 'tab2' } } },
			{ values: { a: 'x' }, filled: { a: 'x' }, stamps: { a: { at: 5, by: 'tab1' }, gone: { at: 7, by: 'tab2' } } },
		],
		['stamps that are not a record', { values: {}, stamps: [] }, undefined],
		['a stamp without its tab', { values: {}, stamps: { a: { at: 5 } } }, undefined],
		['a stamp with an empty tab', { values: {}, stamps: { a: { at: 5, by: '' } } }, undefined],
		['a stamp with a 65-character tab', { values: {}, stamps: { a: { at: 5, by: 'x'.repeat(65) } } }, undefined],
		['a stamp at time 0', { values: {}, stamps: { a: { at: 0, by: 't' } } }, undefined],
		['a stamp at an infinite time', { values: {}, stamps: { a: { at: Infinity, by: 't' } } }, undefined],
		['a stamp with a text time', { values: {}, stamps: { a: { at: '5', by: 't' } } }, undefined],
		['a stamp with an extra key', { values: {}, stamps: { a: { at: 5, by: 't', value: 'x' } } }, undefined],
		['a stamp that is null', { values: {}, stamps: { a: null } }, undefined],
		['filled values that are not text', { values: {}, filled: { a: 2 } }, undefined],
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

describe('nextUpdateValues', () => {
	const progress = realModel('sev1-progress-update');
	const later = parseUtcTime('2026-03-02 08:30')!;

	it('counts the update number up and sets the "now" times to now, keeping the rest', () => {
		const result = nextUpdateValues(progress, { 'update-number': '2', 'update-time': '2026-03-01 10:00', status: 'Mitigating' }, 'update-number', later);
		expect(result.number).toBe(3);
		expect(result.values).toMatchObject({ 'update-number': '3', 'update-time': '2026-03-02 08:30', status: 'Mitigating' });
	});

	it('starts at 1 when the number field holds no number', () => {
		expect(nextUpdateValues(progress, { 'update-number': 'x' }, 'update-number', later).number).toBe(1);
		expect(nextUpdateValues(progress, {}, 'update-number', later).values['update-number']).toBe('1');
	});

	it('leaves time fields without a "now" default alone', () => {
		const result = nextUpdateValues(progress, { 'start-time': '2026-03-01 09:00' }, 'update-number', later);
		expect(result.values['start-time']).toBe('2026-03-01 09:00');
	});
});

describe('startingChoice', () => {
	const templates = [{ id: 'a', severity: 'sev2' }, { id: 'b' }];
	const severities = ['sev1', 'sev2', 'sev3'];

	it('takes the link first', () => {
		expect(startingChoice(templates, severities, { template: 'b', severity: 'sev3' }, { template: 'a', severity: 'sev1' })).toEqual({
			template: 'b',
			severity: 'sev3',
		});
	});

	it('then what this browser used last, while it still exists', () => {
		expect(startingChoice(templates, severities, {}, { template: 'b', severity: 'sev1' })).toEqual({ template: 'b', severity: 'sev1' });
		expect(startingChoice(templates, severities, {}, { template: 'gone', severity: 'sev9' })).toEqual({
			template: 'a',
			severity: 'sev2',
		});
	});

	it('else the first template and the severity it was written for, or the first severity', () => {
		expect(startingChoice(templates, severities, {}, {})).toEqual({ template: 'a', severity: 'sev2' });
		expect(startingChoice(templates, severities, { template: 'b' }, {})).toEqual({ template: 'b', severity: 'sev1' });
	});
});
