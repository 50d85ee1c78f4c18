import { describe, expect, it } from 'vitest';
import { copiedEntry, incidentDraftKey, practiceText, refillFromIncident } from '~/lib/templates/incident-fill';
import { draftKey, validateDraft } from '~/lib/templates/draft';

describe('filling a template from an incident', () => {
	it('keeps a draft per incident, apart from the template’s own', () => {
		expect(incidentDraftKey('sev1-progress-update', 'abc')).toBe(`${draftKey('sev1-progress-update')}:incident:abc`);
		expect(validateDraft({ values: { a: '1' }, filled: { a: '1' } })).toEqual({ values: { a: '1' }, filled: { a: '1' } });
		expect(validateDraft({ values: { a: '1' }, filled: { a: 1 } })).toBeUndefined();
	});

	it('a fresh draft takes every value the incident knows, over the defaults', () => {
		const r = refillFromIncident({ 'update-number': '1', 'update-time': '2026-03-01 14:30' }, {}, { 'update-number': '2', title: 'API down' }, true);
		expect(r.values).toEqual({ 'update-number': '2', 'update-time': '2026-03-01 14:30', title: 'API down' });
		expect(r.filled).toEqual({ 'update-number': '2', title: 'API down' });
	});

	it('a refill changes what the incident filled, and keeps what the reader edited', () => {
		const filled = { progress: '- 14:05 UTC Engineer acknowledges', title: 'API down' };
		const values = { progress: '- 14:05 UTC Engineer acknowledges', title: 'API down on eu-1 (edited)', eta: '' };
		const r = refillFromIncident(values, filled, { progress: '- 14:05 UTC Engineer acknowledges\n- 14:20 UTC Mitigation applied', title: 'API down', eta: 'soon' });
		expect(r.values).toEqual({ progress: '- 14:05 UTC Engineer acknowledges\n- 14:20 UTC Mitigation applied', title: 'API down on eu-1 (edited)', eta: 'soon' });
		expect(r.changed.sort()).toEqual(['eta', 'progress']);
		expect(r.kept).toEqual(['title']);
		const later = refillFromIncident(r.values, r.filled, { ...r.filled, title: 'API down everywhere' });
		expect(later.values.title).toBe('API down on eu-1 (edited)');
		expect(later.kept).toEqual(['title']);
	});

	it('labels practice text PRACTICE, once', () => {
		expect(practiceText('Body', false)).toBe('Body');
		expect(practiceText('Body', true)).toBe('PRACTICE — NOT A REAL INCIDENT\n\nBody');
		expect(practiceText(practiceText('Body', true), true)).toBe('PRACTICE — NOT A REAL INCIDENT\n\nBody');
		expect(practiceText('[SEV1] API down', true, true)).toBe('PRACTICE — [SEV1] API down');
	});

	it('says what was copied', () => {
		expect(copiedEntry('sev1-progress-update', 'SEV1 Progress Update', 'body')).toEqual({
			source: 'template-generator',
			kind: 'copied:sev1-progress-update',
			text: 'SEV1 Progress Update copied',
		});
	});
});
