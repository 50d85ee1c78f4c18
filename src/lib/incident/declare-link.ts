/**
 * The link from the severity classifier's result to the console's declare form:
 * `/incident/?declare=sev1&answers=criterion:yes,criterion:no` (or `answers=symptom:<key>`). The
 * console opens its declare form with that severity picked and stores the answers in the record.
 */
import type { ClassifierAnswers } from './record';

const ANSWER = /^[a-z0-9][a-z0-9-]{0,63}$/i;

/** The query string of a declare link for `classifier` (answers in their given order). */
export function declareSearch(classifier: ClassifierAnswers): string {
	const params = new URLSearchParams({ declare: classifier.level });
	const answers = Object.entries(classifier.answers)
		.filter(([key, value]) => ANSWER.test(key) && ANSWER.test(value))
		.map(([key, value]) => `${key}:${value}`);
	if (answers.length > 0) params.set('answers', answers.join(','));
	return `?${params.toString()}`;
}

/** What a declare link asks for: a known severity and the answers, or undefined when it is none. */
export function parseDeclareSearch(search: string, levelIds: readonly string[]): ClassifierAnswers | undefined {
	const params = new URLSearchParams(search);
	const level = params.get('declare');
	if (!level || !levelIds.includes(level)) return undefined;
	const answers: Record<string, string> = {};
	for (const pair of (params.get('answers') ?? '').split(',')) {
		const [key, value, extra] = pair.split(':');
		if (extra === undefined && key && value && ANSWER.test(key) && ANSWER.test(value)) answers[key] = value;
	}
	return { level, answers };
}
