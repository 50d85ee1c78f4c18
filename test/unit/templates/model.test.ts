import { describe, expect, it } from 'vitest';
import { buildTemplateModel } from '~/lib/templates/model';
import type { CommunicationTemplate, TemplateField } from '~/schemas/template';

const field = (id: string, kind: TemplateField['kind'], at: TemplateField['at'], extra: Partial<TemplateField> = {}): TemplateField => ({
	id,
	label: id,
	kind,
	at,
	...extra,
});

const template = (body: string, fields: TemplateField[], extra: Partial<CommunicationTemplate> = {}): CommunicationTemplate => ({
	id: 'fixture',
	order: 1,
	title: 'Fixture',
	audience: 'internal',
	channel: 'Slack',
	format: 'text',
	body,
	fields,
	...extra,
});

describe('buildTemplateModel', () => {
	it('accepts a declaration that matches the text', () => {
		const { model, problems } = buildTemplateModel(
			template('IC: [Name]\nOC: [Name]\nSTATUS: Investigating / Resolved', [
				field('ic', 'text', [{ token: '[Name]', line: 'IC: [Name]' }]),
				field('oc', 'text', [{ token: '[Name]', line: 'OC: [Name]' }]),
				field('status', 'choice', ['Investigating / Resolved']),
			])
		);
		expect(problems).toEqual([]);
		expect(model.fields.find((f) => f.id === 'status')?.options).toEqual(['Investigating', 'Resolved']);
		expect(model.body[1]).toEqual({ parts: [{ text: 'OC: ' }, { field: 'oc', token: '[Name]' }] });
	});

	it('reports a placeholder no field claims (missed) and still makes a field for it', () => {
		const { model, problems } = buildTemplateModel(template('A: [One]\nB: [Two]', [field('one', 'text', ['[One]'])]));
		expect(problems).toEqual(['content/data/templates (fixture): "[Two]" on the line "B: [Two]" belongs to no field']);
		expect(model.fields.map((f) => f.label)).toEqual(['one', 'Two']);
	});

	it('reports a declared placeholder that is not in the text (invented)', () => {
		const { problems } = buildTemplateModel(
			template('A: [One]', [field('one', 'text', ['[One]']), field('two', 'text', ['[Two]'])])
		);
		expect(problems).toEqual(['content/data/templates (fixture): field "two" names "[Two]", which is not in the template\'s text']);
	});

	it('asks for the line when a placeholder occurs more than once', () => {
		const { problems } = buildTemplateModel(template('A: [Name]\nB: [Name]', [field('name', 'text', ['[Name]'])]));
		expect(problems[0]).toMatch(/occurs 2 times; give its line too/);
	});

	it('reports a placeholder claimed twice, unknown compute inputs, settings and helper fields that feed nothing', () => {
		const { problems } = buildTemplateModel(
			template('A: [One]', [
				field('one', 'text', ['[One]']),
				field('again', 'text', ['[One]'], { setting: 'nope' }),
				field('lonely', 'time', []),
				field('calc', 'computed', [], { compute: { kind: 'elapsed', from: 'missing' } }),
			])
		);
		expect(problems.join('\n')).toMatch(/claimed by both "one" and "again"/);
		expect(problems.join('\n')).toMatch(/unknown organisation setting "nope"/);
		expect(problems.join('\n')).toMatch(/"lonely" fills no placeholder and feeds no computed field/);
		expect(problems.join('\n')).toMatch(/computes from unknown field "missing"/);
	});

	it('marks list lines, numbered or not, and the "..." line that closes a list', () => {
		const { model, problems } = buildTemplateModel(
			template('STEPS:\n1. [Step 1]\n2. [Step 2]\n...\n\nNOTES:\n- [Note]', [
				field('steps', 'list', ['[Step 1]', '[Step 2]']),
				field('notes', 'list', ['[Note]']),
			])
		);
		expect(problems).toEqual([]);
		expect(model.body.map((line) => line.list)).toEqual([
			undefined,
			{ field: 'steps', prefix: '1. ', numbered: true },
			{ field: 'steps', prefix: '2. ', numbered: true },
			{ field: 'steps', prefix: '', numbered: false, more: true },
			undefined,
			undefined,
			{ field: 'notes', prefix: '- ', numbered: false },
		]);
	});

	it('refuses a list field whose line holds more than the placeholder', () => {
		const { problems } = buildTemplateModel(template('- Users: [All]', [field('users', 'list', ['[All]'])]));
		expect(problems[0]).toMatch(/must fill whole list lines/);
	});

	it('groups fields by the section heading above them, in reading order', () => {
		const { model } = buildTemplateModel(
			template('[Title]\nSYMPTOMS:\n- [Symptom]\n\nWAR ROOM: [Link]', [
				field('link', 'text', ['[Link]']),
				field('symptom', 'list', ['[Symptom]']),
				field('title', 'text', ['[Title]']),
			])
		);
		expect(model.fields.map((f) => [f.id, f.section])).toEqual([
			['title', 'Summary'],
			['symptom', 'Symptoms'],
			['link', 'Details'],
		]);
	});

	it('places a helper field just before the computed field it feeds, and resolves settings', () => {
		const { model } = buildTemplateModel(
			template('A: [One]\nELAPSED: [Since start]', [
				field('one', 'text', ['[One]'], { setting: 'warRoomUrl' }),
				field('elapsed', 'computed', ['[Since start]'], { compute: { kind: 'elapsed', from: 'start' } }),
				field('start', 'time', [], { default: 'now' }),
			]),
			(path) => (path === 'warRoomUrl' ? 'https://meet.example.com/war' : undefined)
		);
		expect(model.fields.map((f) => f.id)).toEqual(['one', 'start', 'elapsed']);
		expect(model.fields[0]?.defaultValue).toBe('https://meet.example.com/war');
		expect(model.fields[1]?.defaultClock).toBe('now');
	});

	it('keeps the subject separate and marks fields found there', () => {
		const { model } = buildTemplateModel(
			template('START: [When]', [field('start', 'time', ['[YYYY-MM-DD HH:MM UTC]', '[When]'])], {
				subject: 'Down - [YYYY-MM-DD HH:MM UTC]',
			})
		);
		expect(model.subject).toEqual([{ parts: [{ text: 'Down - ' }, { field: 'start', token: '[YYYY-MM-DD HH:MM UTC]' }] }]);
		expect(model.fields[0]).toMatchObject({ inSubject: true, inBody: true, tokens: ['[YYYY-MM-DD HH:MM UTC]', '[When]'] });
	});
});
