/** The classifier's own rules file parses, and bad values are named by field. */
import { describe, expect, it } from 'vitest';
import { SeverityClassifierRulesSchema } from '~/schemas/severity-classifier';
import { loadSeverityData } from '../helpers/severity-classifier-data';

const { rules } = loadSeverityData();
const fields = (value: unknown) => {
	const result = SeverityClassifierRulesSchema.safeParse(value);
	return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('SeverityClassifierRulesSchema', () => {
	it('accepts the real rules', () => expect(fields(rules)).toEqual([]));
	it.each([
		['a level that is no id', { ...rules, unsettled: { ...rules.unsettled, level: 'High' } }, 'unsettled.level'],
		['an answer "maybe"', { ...rules, impactQuestion: { ...rules.impactQuestion, answer: 'maybe' } }, 'impactQuestion.answer'],
		['an id with spaces', { ...rules, impactQuestion: { ...rules.impactQuestion, id: 'any impact' } }, 'impactQuestion.id'],
		['an empty question', { ...rules, impactQuestion: { ...rules.impactQuestion, question: '' } }, 'impactQuestion.question'],
	])('rejects %s', (_label, value, field) => expect(fields(value)).toContain(field));
});
