import { describe, expect, it } from 'vitest';
import { computeField, emptyFields, fieldValueText, fillLines, listItems, type FieldValues } from '~/lib/templates/fill';
import { linesToText } from '~/lib/templates/formats';
import { parseUtcTime } from '~/lib/time/incident-time';
import type { TemplateModel } from '~/lib/templates/model';
import { realModel, realSeverity, realTemplateIds } from '../../helpers/template-models';

const now = parseUtcTime('2026-03-01 14:05')!;
const sev1 = { now, severity: realSeverity('sev1') };

const fill = (model: TemplateModel, values: FieldValues, context = sev1) => {
	const body = fillLines(model.body, model, values, context);
	const subject = model.subject ? fillLines(model.subject, model, values, context) : [];
	return { body, subject, bodyText: linesToText(body), subjectText: linesToText(subject) };
};

const field = (model: TemplateModel, id: string) => {
	const found = model.fields.find((f) => f.id === id);
	if (!found) throw new Error(`no field ${id}`);
	return found;
};

describe('filling the SEV1 notification', () => {
	const model = realModel('sev1-notification');

	it('puts typed values in place of the placeholders and leaves the rest marked empty', () => {
		const { body, bodyText, subjectText } = fill(model, {
			'brief-description': 'API down',
			'start-time': '2026-03-01 13:50',
			status: 'Investigating',
			'incident-commander': 'Ada',
		});
		expect(subjectText).toBe('[SEV1] Engram Production Outage - API down');
		expect(bodyText).toContain('START TIME: 2026-03-01 13:50 UTC\nSTATUS: Investigating\n');
		expect(bodyText).toContain('INCIDENT COMMANDER: Ada\nON-CALL ENGINEER: [Name]');
		expect(bodyText).toContain('- Duration: 15 minutes');
		expect(bodyText).toContain('Next update: 2026-03-01 14:35 UTC');
		expect(emptyFields(body)).toEqual([
			'impact',
			'symptoms',
			'affected-users',
			'affected-operations',
			'diagnosis',
			'actions-taken',
			'next-steps',
			'war-room',
			'on-call-engineer',
		]);
	});

	it('writes the chosen severity into the subject and the severity line', () => {
		const { subjectText, bodyText } = fill(model, {}, { now, severity: realSeverity('sev2') });
		expect(subjectText.startsWith('[SEV2] ')).toBe(true);
		expect(bodyText.startsWith('SEVERITY: SEV2 (High)\n')).toBe(true);
		// SEV2 updates are hourly.
		expect(bodyText).toContain('Next update: 2026-03-01 15:05 UTC');
	});

	it('turns list fields into one bullet per typed line', () => {
		const { bodyText, body } = fill(model, { symptoms: '503 on all requests\n\n- CPU at 100%\n' });
		expect(bodyText).toContain('SYMPTOMS:\n- 503 on all requests\n- CPU at 100%\n\nAFFECTED SCOPE:');
		expect(emptyFields(body)).not.toContain('symptoms');
	});

	it('keeps markup as text and never re-reads a value as a placeholder', () => {
		const { body, bodyText } = fill(model, {
			impact: '<img src=x onerror=alert(1)>',
			'on-call-engineer': '[Name] YYYY-MM-DD HH:MM UTC {{supportEmail}}',
		});
		expect(bodyText).toContain('IMPACT: <img src=x onerror=alert(1)>\n');
		expect(bodyText).toContain('ON-CALL ENGINEER: [Name] YYYY-MM-DD HH:MM UTC {{supportEmail}}');
		expect(emptyFields(body)).not.toContain('on-call-engineer');
		expect(body.flatMap((l) => l.parts).find((p) => p.field === 'impact')).toEqual({
			text: '<img src=x onerror=alert(1)>',
			state: 'filled',
			field: 'impact',
		});
	});

	it('keeps a 20,000-character value whole', () => {
		const long = 'x'.repeat(20_000);
		expect(fill(model, { impact: long }).bodyText).toContain(`IMPACT: ${long}\n`);
	});

	it('copies a time it cannot read as typed, and says why nothing is computed from it', () => {
		const { bodyText } = fill(model, { 'start-time': 'about 2pm' });
		expect(bodyText).toContain('START TIME: about 2pm\n');
		expect(bodyText).toContain('- Duration: [How long has this been happening]');
		expect(computeField(field(model, 'duration'), model, { 'start-time': 'about 2pm' }, sev1)).toEqual({
			reason: '“Start time” is not a time this tool can read (use YYYY-MM-DD HH:MM).',
		});
	});

	it('uses a typed override of a computed field, and an emptied override counts as empty', () => {
		expect(fill(model, { duration: 'since the deploy' }).bodyText).toContain('- Duration: since the deploy');
		expect(emptyFields(fill(model, { 'start-time': '2026-03-01 13:00', duration: '' }).body)).toContain('duration');
	});
});

describe('computed fields', () => {
	it('elapsed time of a progress update counts from the start to the update time, across midnight', () => {
		const model = realModel('sev1-progress-update');
		const values = { 'start-time': '2026-02-28 23:20', 'update-time': '2026-03-01 01:05' };
		expect(computeField(field(model, 'elapsed'), model, values, sev1)).toEqual({ value: '1 hour 45 minutes' });
		expect(computeField(field(model, 'next-update'), model, values, sev1)).toEqual({ value: '2026-03-01 01:35 UTC' });
		expect(computeField(field(model, 'elapsed'), model, { 'update-time': '2026-03-01 01:05' }, sev1)).toEqual({
			reason: 'Fill in “Incident start time” to compute this.',
		});
	});

	it('the progress update number is written as #N', () => {
		const model = realModel('sev1-progress-update');
		expect(fill(model, { 'update-number': '3', 'brief-description': 'API down' }).subjectText).toBe(
			'[SEV1] Update #3 - API down'
		);
	});

	it('resolution duration spans a month end, and an end before the start is refused', () => {
		const model = realModel('sev1-resolution-notification');
		const duration = field(model, 'duration');
		expect(
			computeField(duration, model, { 'start-time': '2026-01-31 22:10', 'resolution-time': '2026-02-01 00:40' }, sev1)
		).toEqual({ value: '2 hours 30 minutes' });
		expect(
			computeField(duration, model, { 'start-time': '2026-02-01 10:00', 'resolution-time': '2026-02-01 09:00' }, sev1)
		).toEqual({ reason: 'The start is after “Resolution time”.' });
	});

	it('next update needs a severity with a cadence', () => {
		const model = realModel('sev1-customer-communication');
		const next = field(model, 'next-update');
		expect(computeField(next, model, {}, sev1)).toEqual({ value: '2026-03-01 14:35 UTC' });
		expect(computeField(next, model, {}, { now, severity: realSeverity('sev3') })).toEqual({
			reason: 'SEV3 has no fixed update interval (“Status update when resolved”): type the time you promise.',
		});
		expect(computeField(next, model, {}, { now, severity: undefined })).toEqual({ reason: 'Choose the severity to compute this.' });
	});

	it('the report computes its incident id and its duration from the timeline, across midnight', () => {
		const model = realModel('post-incident-report');
		const values = { date: '2026-03-01', 'incident-number': '7', 'time-begins': '23:40', 'time-restored': '01:10' };
		expect(computeField(field(model, 'incident-id'), model, values, sev1)).toEqual({ value: 'INC-2026-03-01-007' });
		expect(computeField(field(model, 'duration'), model, values, sev1)).toEqual({ value: '1 hour 30 minutes' });
		expect(computeField(field(model, 'incident-id'), model, { ...values, 'incident-number': '0' }, sev1)).toHaveProperty('reason');
	});
});

describe('filling the report', () => {
	const model = realModel('post-incident-report');

	it('renumbers typed steps and drops the guide\'s "..." line once steps are typed', () => {
		const empty = fill(model, {}).bodyText;
		expect(empty).toContain('3. [Step 3 with timestamp and result]\n...\n');
		const filled = fill(model, { 'resolution-steps': '1. Restarted\n2) Replayed WAL\nVerified' }).bodyText;
		expect(filled).toContain('### Resolution Steps\n\n1. Restarted\n2. Replayed WAL\n3. Verified\n\n## Prevention Measures');
	});

	it('fills table cells and the severity line', () => {
		const { bodyText } = fill(model, { 'time-alert': '9:05', 'immediate-1-owner': 'Ada' }, { now, severity: realSeverity('sev2') });
		expect(bodyText).toContain('| 09:05 | Alert fires | Monitoring |');
		expect(bodyText).toContain('| [Immediate fix applied] | Ada | YYYY-MM-DD | Complete |');
		expect(bodyText).toContain('**Severity**: SEV2\n');
	});
});

describe('every template', () => {
	for (const id of realTemplateIds) {
		it(`${id}: filling every field leaves no placeholder and no empty field`, () => {
			const model = realModel(id);
			const values: FieldValues = {};
			for (const f of model.fields) {
				if (f.kind === 'computed') continue;
				values[f.id] =
					f.kind === 'time' ? '2026-03-01 12:00' : f.kind === 'clock' ? '12:00' : f.kind === 'date' ? '2026-03-01' : f.kind === 'number' ? '2' : f.kind === 'choice' ? f.options![0]! : `value of ${f.id}`;
			}
			const { body, subject, bodyText, subjectText } = fill(model, values);
			expect(emptyFields([...subject, ...body])).toEqual([]);
			expect(`${subjectText}\n${bodyText}`).not.toMatch(/\[(?!SEV\d\])[^\]]*\]|YYYY|HH:MM|X hours/);
		});

		it(`${id}: nothing typed counts every placeholder field as empty`, () => {
			const model = realModel(id);
			const { body, subject } = fill(model, {}, { now, severity: realSeverity('sev1') });
			const expected = model.fields.filter((f) => f.tokens.length > 0 && f.kind !== 'severity' && f.kind !== 'computed');
			const empty = emptyFields([...subject, ...body]);
			for (const f of expected) expect(empty).toContain(f.id);
		});
	}
});

describe('listItems', () => {
	it.each([
		['one per line, blanks dropped', 'a\n\n b \n', false, ['a', 'b']],
		['typed bullets removed', '- a\n* b\n• c', false, ['a', 'b', 'c']],
		['typed numbers removed in numbered lists', '1. a\n2) b', true, ['a', 'b']],
		['numbers kept in bullet lists', '1. a', false, ['1. a']],
		['nothing typed', undefined, false, []],
	])('%s', (_name, value, numbered, expected) => {
		expect(listItems(value, numbered)).toEqual(expected);
	});
});

describe('fieldValueText', () => {
	const report = realModel('post-incident-report');

	it('gives a computed field its computed value until it is typed over', () => {
		const values = { date: '2026-03-01', 'incident-number': '7' };
		expect(fieldValueText(report, 'incident-id', values, sev1)).toMatch(/^INC-2026-03-01-0*7$/);
		expect(fieldValueText(report, 'incident-id', { ...values, 'incident-id': 'INC-X' }, sev1)).toBe('INC-X');
	});

	it('gives a typed field what was typed, and nothing for an unknown field', () => {
		expect(fieldValueText(report, 'title', { title: 'Disk full' }, sev1)).toBe('Disk full');
		expect(fieldValueText(report, 'no-such-field', {}, sev1)).toBeUndefined();
	});
});
