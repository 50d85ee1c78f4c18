/**
 * The generator's declared fields agree with the guide's text of all five templates: every
 * placeholder parsed from subject and body belongs to exactly one declared field (none missed),
 * and every declared placeholder is in the text (none invented).
 */
import { describe, expect, it } from 'vitest';
import { buildTemplateModel } from '~/lib/templates/model';
import { findPlaceholders } from '~/lib/templates/placeholders';
import { loadRunbookData } from '../helpers/data';

const data = loadRunbookData();
const setting = (path: string) => {
	const value = path
		.split('.')
		.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), data.organisation);
	return typeof value === 'string' ? value : undefined;
};

describe('template fields', () => {
	it('covers the five templates of the guide', () => {
		expect(data.templates.map((t) => t.id)).toEqual([
			'sev1-notification',
			'sev1-progress-update',
			'sev1-customer-communication',
			'sev1-resolution-notification',
			'post-incident-report',
		]);
	});

	for (const template of data.templates) {
		describe(template.id, () => {
			const { model, problems } = buildTemplateModel(template, setting);

			it('declares every placeholder of the text, and nothing else', () => {
				expect(problems).toEqual([]);
			});

			it('fills each parsed placeholder from exactly one declared field', () => {
				const parsed = [
					...findPlaceholders(template.subject ?? '').map((o) => `subject: ${o.token} @ ${o.line}`),
					...findPlaceholders(template.body).map((o) => `body: ${o.token} @ ${o.line}`),
				];
				const claimed = [...(model.subject ?? []), ...model.body].flatMap((line) =>
					line.parts.flatMap((part) => ('field' in part ? [part.field] : []))
				);
				expect(claimed).toHaveLength(parsed.length);
				const declaredIds = new Set(template.fields.map((field) => field.id));
				expect(claimed.filter((id) => !declaredIds.has(id))).toEqual([]);
			});

			it('labels every field and puts it in a section', () => {
				for (const field of model.fields) {
					expect(field.label.length).toBeGreaterThan(2);
					expect(field.section.length).toBeGreaterThan(2);
				}
			});
		});
	}

	it('counts the placeholders the guide gives (subject + body)', () => {
		const counts = data.templates.map(
			(t) => findPlaceholders(t.subject ?? '').length + findPlaceholders(t.body).length
		);
		expect(counts).toEqual([22, 16, 7, 11, 90]);
	});
});
