/** Each schema accepts a good entry and rejects bad ones with a message naming the field. */
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { SeverityLevelSchema } from '~/schemas/severity';
import { ResponsePhaseSchema } from '~/schemas/response-phase';
import { EscalationLevelSchema, EscalationMatrixRowSchema } from '~/schemas/escalation';
import { CommunicationTemplateSchema } from '~/schemas/template';
import { OrganisationSchema } from '~/schemas/organisation';
import { loadRunbookData } from '../helpers/data';

const data = loadRunbookData();

/** The dotted paths of the fields a parse complains about. */
function failingFields(schema: z.ZodType, value: unknown): string[] {
	const result = schema.safeParse(value);
	return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('SeverityLevelSchema', () => {
	const good = data.severityLevels[0]!;
	it('accepts the real SEV1', () => expect(failingFields(SeverityLevelSchema, good)).toEqual([]));
	it.each([
		['a bad id', { ...good, id: 'critical' }, 'id'],
		['a negative RTO', { ...good, rto: { ...good.rto, minutes: -5 } }, 'rto.minutes'],
		['a criterion answered "maybe"', { ...good, criteria: [{ ...good.criteria[0], answer: 'maybe' }] }, 'criteria.0.answer'],
		['no examples', { ...good, examples: [] }, 'examples'],
		['a missing definition', { ...good, definition: undefined }, 'definition'],
	])('rejects %s', (_label, value, field) => {
		expect(failingFields(SeverityLevelSchema, value)).toContain(field);
	});
});

describe('ResponsePhaseSchema', () => {
	const good = data.responsePhases[0]!;
	it('accepts the real detection phase', () => expect(failingFields(ResponsePhaseSchema, good)).toEqual([]));
	it('rejects a phase without actions or action groups', () => {
		const { actions: _actions, ...rest } = good;
		expect(failingFields(ResponsePhaseSchema, rest)).toContain('actions');
	});
});

describe('EscalationLevelSchema and EscalationMatrixRowSchema', () => {
	it('accept the real data', () => {
		for (const level of data.escalationLevels) expect(failingFields(EscalationLevelSchema, level)).toEqual([]);
		for (const row of data.escalationMatrix) expect(failingFields(EscalationMatrixRowSchema, row)).toEqual([]);
	});
	it('reject an empty cell and a bad trigger id', () => {
		expect(failingFields(EscalationMatrixRowSchema, { ...data.escalationMatrix[0], level2: '' })).toContain('level2');
		const level = data.escalationLevels[0]!;
		expect(
			failingFields(EscalationLevelSchema, { ...level, triggers: [{ id: 'Bad Id', text: 'x' }] })
		).toContain('triggers.0.id');
	});
});

describe('CommunicationTemplateSchema', () => {
	it('accepts the five real templates', () => {
		expect(data.templates).toHaveLength(5);
	});
	it('rejects an unknown audience and an empty body', () => {
		const good = data.templates[0]!;
		expect(failingFields(CommunicationTemplateSchema, { ...good, audience: 'everyone' })).toContain('audience');
		expect(failingFields(CommunicationTemplateSchema, { ...good, body: '' })).toContain('body');
	});
});

describe('OrganisationSchema', () => {
	it('accepts the shipped defaults', () => {
		expect(data.organisation.supportEmail).toBe('support@engram.example.com');
	});
	it.each([
		['a javascript: URL', { statusPageUrl: 'javascript:alert(1)' }, 'statusPageUrl'],
		['a malformed email', { supportEmail: 'support-at-example' }, 'supportEmail'],
		['a dashboard that is no URL', { dashboards: { ...data.organisation.dashboards, alertStatus: 'grafana' } }, 'dashboards.alertStatus'],
	])('rejects %s', (_label, change, field) => {
		expect(failingFields(OrganisationSchema, { ...data.organisation, ...change })).toContain(field);
	});
	it('accepts empty values as "not configured"', () => {
		expect(failingFields(OrganisationSchema, { ...data.organisation, statusPageUrl: '', supportEmail: '' })).toEqual([]);
	});
});
