/**
 * The severity classifier's walk, on the real data: every path, the escalation hints, and an
 * enumeration of every combination of answers showing each ends in exactly one level.
 */
import { describe, expect, it } from 'vitest';
import {
	buildClassifier,
	clicksToEachLevel,
	criteriaTableRows,
	walk,
	type Answer,
	type Classifier,
	type WalkResult,
} from '~/lib/severity/classify';
import { loadSeverityData } from '../../helpers/severity-classifier-data';

const { levels, rules } = loadSeverityData();
const classifier = buildClassifier(levels, rules);

/** Walks with answers given as "id:yes" strings, in any order. */
function run(...answers: string[]): WalkResult {
	return walk(classifier, new Map(answers.map((a) => a.split(':') as [string, Answer])));
}
/** The answers that clear SEV1 (everyone can reach the service, no data loss, no breach). */
const notSev1 = ['any-user-access:yes', 'data-loss-now:no', 'security-incident:no'];
const notSev2 = ['over-half-users:no', 'error-rate-5:no', 'p99-500:no'];
const noSev3 = ['one-user:no', 'workaround:no', 'defer-to-window:no', 'functional-overall:no'];

describe('buildClassifier', () => {
	it('asks the guide criteria most severe first, with the impact question before SEV3', () => {
		expect(classifier.stages.map((stage) => stage.map((q) => q.id))).toEqual([
			['any-user-access', 'data-loss-now', 'security-incident'],
			['over-half-users', 'error-rate-5', 'p99-500'],
			['any-impact'],
			['one-user', 'workaround', 'defer-to-window', 'functional-overall'],
		]);
		expect(Object.fromEntries(Object.entries(classifier.hints).map(([id, qs]) => [id, qs.map((q) => q.id)]))).toEqual({
			sev1: ['restore-30-min'],
			sev2: ['restore-2-hours'],
		});
		expect(classifier.unsettled.levelId).toBe('sev2');
	});

	it('uses the guide wording from the data, and only the impact question from the classifier rules', () => {
		// Every question the built classifier asks: its stages and its hint questions.
		const asked = [...classifier.stages.flat(), ...Object.values(classifier.hints).flat()];
		const all = new Map(asked.map((question) => [question.id, question]));
		expect(all.size).toBe(asked.length);
		for (const level of levels) {
			for (const criterion of level.criteria) expect(all.get(criterion.id)?.question).toBe(criterion.question);
		}
		expect(all.get('any-impact')?.question).toBe(rules.impactQuestion.question);
		expect(all.size).toBe(levels.flatMap((l) => l.criteria).length + 1);
	});

	it.each([
		['an unknown level', { ...rules, unsettled: { ...rules.unsettled, level: 'sev9' } }, /unsettled\.level.*sev9/],
		[
			'an impact id that repeats a criterion id',
			{ ...rules, impactQuestion: { ...rules.impactQuestion, id: 'workaround' } },
			/"workaround" is used twice/,
		],
		[
			'a level no answer reaches',
			{ ...rules, impactQuestion: { ...rules.impactQuestion, level: 'sev3' } },
			/no answer leads to SEV4/,
		],
	])('refuses %s with a readable message', (_label, badRules, message) => {
		expect(() => buildClassifier(levels, badRules)).toThrow(message);
	});

	it('refuses a criterion whose outcome is no level', () => {
		const [sev1, ...rest] = levels;
		const broken = { ...sev1!, criteria: [{ ...sev1!.criteria[0]!, outcome: 'SEV7' }] };
		expect(() => buildClassifier([broken, ...rest], rules)).toThrow(/outcome "SEV7"/);
	});

	it('lists every question once in the no-JavaScript table, hints after their level, the fallback last', () => {
		const rows = criteriaTableRows(classifier);
		expect(rows.map((row) => row.id)).toEqual([
			'any-user-access',
			'data-loss-now',
			'security-incident',
			'restore-30-min',
			'over-half-users',
			'error-rate-5',
			'p99-500',
			'restore-2-hours',
			'any-impact',
			'one-user',
			'workaround',
			'defer-to-window',
			'functional-overall',
			'',
		]);
		expect(rows.at(-1)).toMatchObject({ kind: 'unsettled', levelId: 'sev2' });
	});
});

describe('walk: every path', () => {
	it('starts with the first SEV1 question', () => {
		const result = run();
		expect(result).toMatchObject({ status: 'asking', question: { id: 'any-user-access' }, reasons: [] });
	});

	it.each([
		['nobody can access the service', ['any-user-access:no'], 'any-user-access'],
		['data is being lost', ['any-user-access:yes', 'data-loss-now:yes'], 'data-loss-now'],
		['a security incident', ['any-user-access:yes', 'data-loss-now:no', 'security-incident:yes'], 'security-incident'],
	])('SEV1 when %s, then asks the 30-minute hint', (_label, answers, deciding) => {
		expect(run(...answers)).toMatchObject({
			status: 'asking',
			question: { id: 'restore-30-min', kind: 'hint' },
			settled: { level: 'sev1', decidedBy: 'criterion' },
		});
		expect(run(...answers, 'restore-30-min:yes')).toEqual({
			status: 'settled',
			level: 'sev1',
			decidedBy: 'criterion',
			decidingId: deciding,
			reasons: expect.any(Array),
			hints: [],
		});
	});

	it('adds "Consider escalation" to a SEV1 that cannot be restored within 30 minutes', () => {
		const result = run('any-user-access:no', 'restore-30-min:no');
		expect(result).toMatchObject({
			status: 'settled',
			level: 'sev1',
			hints: [{ criterionId: 'restore-30-min', text: 'Consider escalation' }],
		});
	});

	it.each([
		['more than half the users are affected', ['over-half-users:yes'], 'over-half-users'],
		['error rates are above 5%', ['over-half-users:no', 'error-rate-5:yes'], 'error-rate-5'],
		['P99 latency is above 500 ms', ['over-half-users:no', 'error-rate-5:no', 'p99-500:yes'], 'p99-500'],
	])('SEV2 when %s, then asks the 2-hour hint', (_label, answers, deciding) => {
		expect(run(...notSev1, ...answers)).toMatchObject({ status: 'asking', question: { id: 'restore-2-hours' } });
		expect(run(...notSev1, ...answers, 'restore-2-hours:yes')).toMatchObject({
			status: 'settled',
			level: 'sev2',
			decidedBy: 'criterion',
			decidingId: deciding,
			hints: [],
		});
	});

	it('adds "Consider SEV1" to a SEV2 that cannot be restored within 2 hours', () => {
		expect(run(...notSev1, 'over-half-users:yes', 'restore-2-hours:no')).toMatchObject({
			level: 'sev2',
			hints: [{ criterionId: 'restore-2-hours', text: 'Consider SEV1' }],
		});
	});

	it('asks the impact question once SEV1 and SEV2 are ruled out, and reaches SEV4 only by "no impact"', () => {
		expect(run(...notSev1, ...notSev2)).toMatchObject({ status: 'asking', question: { id: 'any-impact', kind: 'impact' } });
		expect(run(...notSev1, ...notSev2, 'any-impact:no')).toEqual({
			status: 'settled',
			level: 'sev4',
			decidedBy: 'impact',
			decidingId: 'any-impact',
			reasons: expect.any(Array),
			hints: [],
		});
	});

	it.each([
		['only one user is affected', ['one-user:yes'], 'one-user'],
		['there is a workaround', ['one-user:no', 'workaround:yes'], 'workaround'],
		['the fix can wait for the window', ['one-user:no', 'workaround:no', 'defer-to-window:yes'], 'defer-to-window'],
		[
			'the service still works overall',
			['one-user:no', 'workaround:no', 'defer-to-window:no', 'functional-overall:yes'],
			'functional-overall',
		],
	])('SEV3 when %s, with no hint question', (_label, answers, deciding) => {
		expect(run(...notSev1, ...notSev2, 'any-impact:yes', ...answers)).toEqual({
			status: 'settled',
			level: 'sev3',
			decidedBy: 'criterion',
			decidingId: deciding,
			reasons: expect.any(Array),
			hints: [],
		});
	});

	it('falls back to SEV2 (unsure → higher) when impact fits no SEV3 criterion, and still asks the 2-hour hint', () => {
		expect(run(...notSev1, ...notSev2, 'any-impact:yes', ...noSev3)).toMatchObject({
			status: 'asking',
			question: { id: 'restore-2-hours' },
			settled: { level: 'sev2', decidedBy: 'unsettled' },
		});
		const result = run(...notSev1, ...notSev2, 'any-impact:yes', ...noSev3, 'restore-2-hours:no');
		expect(result).toMatchObject({ status: 'settled', level: 'sev2', decidedBy: 'unsettled', hints: [{ text: 'Consider SEV1' }] });
		expect(result.status === 'settled' && result.decidingId).toBe(undefined);
	});

	it('lists the answers used in the order asked, with the guide question text', () => {
		const result = run('security-incident:yes', 'data-loss-now:no', 'any-user-access:yes', 'restore-30-min:yes');
		expect(result.reasons).toEqual([
			{ criterionId: 'any-user-access', question: 'Can ANY user access the service?', answer: 'yes' },
			{ criterionId: 'data-loss-now', question: 'Is data being lost RIGHT NOW?', answer: 'no' },
			{ criterionId: 'security-incident', question: 'Is this a security incident?', answer: 'yes' },
			{ criterionId: 'restore-30-min', question: 'Can we restore service within 30 minutes?', answer: 'yes' },
		]);
	});

	it('does not use answers to questions the walk never reaches', () => {
		const result = run('any-user-access:no', 'over-half-users:yes', 'one-user:yes', 'restore-30-min:yes');
		expect(result).toMatchObject({ status: 'settled', level: 'sev1' });
		expect(result.reasons.map((r) => r.criterionId)).toEqual(['any-user-access', 'restore-30-min']);
	});
});

describe('walk: every combination of answers', () => {
	const ids = classifier.questionIds;
	const combinations = 2 ** ids.length;
	const outcomes = Array.from({ length: combinations }, (_, bits) => {
		const answers = new Map(ids.map((id, i): [string, Answer] => [id, bits & (1 << i) ? 'yes' : 'no']));
		return { answers, result: walk(classifier, answers) };
	});

	it(`ends each of the ${combinations} combinations in exactly one level`, () => {
		expect(ids).toHaveLength(13);
		const levelIds = levels.map((l) => l.id);
		// One collected list of problems instead of thousands of expect calls: fast, and a failure names the answers.
		const problems: string[] = [];
		for (const { answers, result } of outcomes) {
			const label = [...answers].map(([id, a]) => `${id}:${a}`).join(',');
			if (result.status !== 'settled') {
				problems.push(`${label}: still asking`);
				continue;
			}
			if (levelIds.filter((id) => id === result.level).length !== 1) problems.push(`${label}: level ${result.level}`);
			// Walking again with only the answers used gives the same result: the reasons explain it fully.
			const replay = walk(classifier, new Map(result.reasons.map((r) => [r.criterionId, r.answer])));
			if (JSON.stringify(replay) !== JSON.stringify(result)) problems.push(`${label}: replay differs`);
			if (result.reasons.some((reason) => answers.get(reason.criterionId) !== reason.answer)) {
				problems.push(`${label}: a reason does not match the answers`);
			}
		}
		expect(problems).toEqual([]);
	}, 30_000);

	it('reaches all four levels, SEV4 only when the impact question is answered "no"', () => {
		const reached = new Set(outcomes.map(({ result }) => (result.status === 'settled' ? result.level : '')));
		expect([...reached].sort()).toEqual(['sev1', 'sev2', 'sev3', 'sev4']);
		const wrongSev4 = outcomes.filter(
			({ answers, result }) =>
				result.status === 'settled' &&
				result.level === 'sev4' &&
				(answers.get('any-impact') !== 'no' || result.reasons.at(-1)?.criterionId !== 'any-impact')
		);
		expect(wrongSev4).toEqual([]);
	});

	it('attaches hints only to SEV1 and SEV2, and only on "no"', () => {
		const wrongHints = outcomes.filter(({ answers, result }) => {
			if (result.status !== 'settled') return true;
			const expected =
				result.level === 'sev1' && answers.get('restore-30-min') === 'no'
					? ['Consider escalation']
					: result.level === 'sev2' && answers.get('restore-2-hours') === 'no'
						? ['Consider SEV1']
						: [];
			return JSON.stringify(result.hints.map((h) => h.text)) !== JSON.stringify(expected);
		});
		expect(wrongHints).toEqual([]);
	});
});

/** Every distinct path through the walk (a decision tree), found by answering each question both ways. */
function allPaths(c: Classifier): { answers: string[]; level: string }[] {
	const paths: { answers: string[]; level: string }[] = [];
	const explore = (given: [string, Answer][]) => {
		const result = walk(c, new Map(given));
		if (result.status === 'settled') {
			paths.push({ answers: given.map(([id, a]) => `${id}:${a}`), level: result.level });
			return;
		}
		for (const answer of ['yes', 'no'] as const) explore([...given, [result.question.id, answer]]);
	};
	explore([]);
	return paths;
}

describe('walk: clicks to each level', () => {
	const paths = allPaths(classifier);
	const clicks = (level: string) => paths.filter((p) => p.level === level).map((p) => p.answers.length);

	it('has one level at the end of every path, and the stated click counts', () => {
		expect(paths.length).toBeGreaterThan(0);
		const summary = Object.fromEntries(
			['sev1', 'sev2', 'sev3', 'sev4'].map((level) => [level, [Math.min(...clicks(level)), Math.max(...clicks(level))]])
		);
		// The figures the page states: one Yes/No click per question, the hint question included.
		expect(summary).toEqual({ sev1: [2, 4], sev2: [5, 12], sev3: [8, 11], sev4: [7, 7] });
		expect(clicksToEachLevel(classifier)).toEqual({
			sev1: { min: 2, max: 4 },
			sev2: { min: 5, max: 12 },
			sev3: { min: 8, max: 11 },
			sev4: { min: 7, max: 7 },
		});
	});
});
