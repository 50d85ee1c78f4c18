/** The classifier's shareable URL: round trip, notices for anything odd, other tools' parameters kept. */
import { describe, expect, it } from 'vitest';
import { buildClassifier } from '~/lib/severity/classify';
import { answersParser, classifierSearch, formatAnswers, restoreFromUrl, type AnswerPath } from '~/lib/severity/url';
import { listSymptoms } from '~/lib/severity/symptoms';
import { loadSeverityData } from '../../helpers/severity-classifier-data';

const { levels, rules } = loadSeverityData();
const classifier = buildClassifier(levels, rules);
const symptomKeys = listSymptoms(levels).map((s) => s.key);
const restore = (search: string, ownsUrl = true) => restoreFromUrl(search, classifier, symptomKeys, ownsUrl);

describe('answersParser', () => {
	const parse = answersParser(classifier.questionIds);
	it.each([
		['any-user-access:yes,data-loss-now:no', [['any-user-access', 'yes'], ['data-loss-now', 'no']]],
		['any-user-access:unsure', [['any-user-access', 'unsure']]],
		['', []],
	])('reads %j', (raw, expected) => expect(parse(raw)).toEqual(expected));
	it.each([
		'any-user-access:maybe',
		'any-user-access',
		'nope:yes',
		'any-user-access:yes,any-user-access:no',
		'<img src=x onerror=alert(1)>:yes',
		'any-user-access:yes,',
		'ANY-USER-ACCESS:YES',
	])('rejects %j', (raw) => expect(parse(raw)).toBeUndefined());
});

describe('restoreFromUrl', () => {
	it('restores a result link', () => {
		const search = '?answers=any-user-access:no,restore-30-min:no';
		expect(restore(search)).toEqual({
			answers: [['any-user-access', 'no'], ['restore-30-min', 'no']],
			notices: [],
		});
	});

	it('restores a "Not sure" answer and a result without its optional hint answer', () => {
		expect(restore('?answers=any-user-access:unsure')).toEqual({ answers: [['any-user-access', 'unsure']], notices: [] });
	});

	it('restores a symptom link', () => {
		expect(restore('?symptom=sev2:2')).toEqual({ answers: [], symptom: 'sev2:2', notices: [] });
	});

	it.each([
		['an unknown parameter', '?utm_source=chat', /unknown link parameter “utm_source”/],
		['a malformed answer', '?answers=any-user-access:perhaps', /Ignored “answers”/],
		['an unknown symptom', '?symptom=sev9:0', /Ignored “symptom”/],
		['markup', '?answers=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', /Ignored “answers”/],
	])('ignores %s with a notice and starts clean', (_label, search, notice) => {
		const restored = restore(search);
		expect(restored.answers).toEqual([]);
		expect(restored.symptom).toBeUndefined();
		expect(restored.notices.join(' ')).toMatch(notice);
	});

	it('keeps the answers the walk uses and names the others', () => {
		const restored = restore('?answers=any-user-access:no,one-user:yes,restore-30-min:yes');
		expect(restored.answers).toEqual([['any-user-access', 'no'], ['restore-30-min', 'yes']]);
		expect(restored.notices).toEqual(['Ignored an answer the questions did not reach: one-user.']);
	});

	it('drops answers that skip a question, as the walk cannot reach them yet', () => {
		const restored = restore('?answers=data-loss-now:yes');
		expect(restored.answers).toEqual([]);
		expect(restored.notices).toHaveLength(1);
	});

	it('prefers answers over a symptom when a link has both', () => {
		const restored = restore('?answers=any-user-access:no&symptom=sev3:0');
		expect(restored.symptom).toBeUndefined();
		expect(restored.notices).toEqual(['The link had both answers and a symptom; showing the answers.']);
	});

	it('leaves other tools’ parameters alone when embedded in a shared page', () => {
		expect(restore('?severity=sev2&template=x&answers=any-user-access:no', false)).toEqual({
			answers: [['any-user-access', 'no']],
			notices: [],
		});
	});
});

describe('classifierSearch', () => {
	const path: AnswerPath = [['any-user-access', 'yes'], ['data-loss-now', 'no']];

	it('writes readable answers that read back the same', () => {
		const search = classifierSearch('', { answers: path }, true);
		expect(search).toBe('?answers=any-user-access:yes,data-loss-now:no');
		expect(restore(search).answers).toEqual(path);
		expect(formatAnswers([])).toBe('');
	});

	it('writes a symptom, and nothing at all for a fresh start', () => {
		expect(classifierSearch('?answers=any-user-access:no', { answers: [], symptom: 'sev1:0' }, true)).toBe('?symptom=sev1:0');
		expect(classifierSearch('?answers=any-user-access:no', { answers: [] }, true)).toBe('');
	});

	it('drops unknown parameters on its own page but keeps other tools’ parameters when embedded', () => {
		expect(classifierSearch('?x=1', { answers: path }, true)).toBe('?answers=any-user-access:yes,data-loss-now:no');
		expect(classifierSearch('?template=a&answers=one-user:yes', { answers: path }, false)).toBe(
			'?template=a&answers=any-user-access:yes,data-loss-now:no'
		);
		expect(classifierSearch('?answers=one-user:yes', { answers: [] }, false)).toBe('');
	});
});
