/**
 * The severity classifier's walk, on the real data: every path, the result as soon as the level is
 * settled with the hint question left optional, "Not sure" (unsure → higher severity) on every
 * question, and an enumeration of every combination of answers showing each ends in exactly one level.
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
	])('SEV1 when %s, at once, with the 30-minute hint offered', (_label, answers, deciding) => {
		expect(run(...answers)).toEqual({
			status: 'settled',
			level: 'sev1',
			decidedBy: 'criterion',
			decidingId: deciding,
			decidedByUnsure: false,
			reasons: expect.any(Array),
			hints: [],
			pendingHints: [expect.objectContaining({ id: 'restore-30-min', kind: 'hint' })],
		});
		expect(run(...answers, 'restore-30-min:yes')).toEqual({
			status: 'settled',
			level: 'sev1',
			decidedBy: 'criterion',
			decidingId: deciding,
			decidedByUnsure: false,
			reasons: expect.any(Array),
			hints: [],
			pendingHints: [],
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
	])('SEV2 when %s, at once, with the 2-hour hint offered', (_label, answers, deciding) => {
		expect(run(...notSev1, ...answers)).toMatchObject({
			status: 'settled',
			level: 'sev2',
			pendingHints: [{ id: 'restore-2-hours' }],
		});
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
			decidedByUnsure: false,
			reasons: expect.any(Array),
			hints: [],
			pendingHints: [],
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
			decidedByUnsure: false,
			reasons: expect.any(Array),
			hints: [],
			pendingHints: [],
		});
	});

	it('falls back to SEV2 (unsure → higher) when impact fits no SEV3 criterion, and still offers the 2-hour hint', () => {
		expect(run(...notSev1, ...notSev2, 'any-impact:yes', ...noSev3)).toMatchObject({
			status: 'settled',
			level: 'sev2',
			decidedBy: 'unsettled',
			pendingHints: [{ id: 'restore-2-hours' }],
		});
		const result = run(...notSev1, ...notSev2, 'any-impact:yes', ...noSev3, 'restore-2-hours:no');
		expect(result).toMatchObject({ status: 'settled', level: 'sev2', decidedBy: 'unsettled', hints: [{ text: 'Consider SEV1' }] });
		expect(result.status === 'settled' && result.decidingId).toBe(undefined);
	});

	it('lists the answers used in the order asked, with the guide question text', () => {
		const result = run('security-incident:yes', 'data-loss-now:no', 'any-user-access:yes', 'restore-30-min:yes');
		expect(result.reasons).toEqual([
			{ criterionId: 'any-user-access', question: 'Can ANY user access the service?', answer: 'yes', countedAs: 'yes' },
			{ criterionId: 'data-loss-now', question: 'Is data being lost RIGHT NOW?', answer: 'no', countedAs: 'no' },
			{ criterionId: 'security-incident', question: 'Is this a security incident?', answer: 'yes', countedAs: 'yes' },
			{
				criterionId: 'restore-30-min',
				question: 'Can we restore service within 30 minutes?',
				answer: 'yes',
				countedAs: 'yes',
			},
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

	it('gives a result for every combination, offering the hint only while its question is unanswered', () => {
		const wrong = outcomes.filter(
			({ result }) => result.status !== 'settled' || result.pendingHints.some((q) => q.kind !== 'hint')
		);
		expect(wrong).toEqual([]);
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
		// The figures the page states: one click per question until the result shows (the hint is optional).
		expect(summary).toEqual({ sev1: [1, 3], sev2: [4, 11], sev3: [8, 11], sev4: [7, 7] });
		expect(clicksToEachLevel(classifier)).toEqual({
			sev1: { min: 1, max: 3 },
			sev2: { min: 4, max: 11 },
			sev3: { min: 8, max: 11 },
			sev4: { min: 7, max: 7 },
		});
	});
});

describe('walk: "Not sure" applies unsure → higher severity', () => {
	const counted = (id: string) =>
		[...classifier.stages.flat(), ...Object.values(classifier.hints).flat()].find((question) => question.id === id)?.ifUnsure;

	it('counts as the answer towards the more severe level, worked out from the walk', () => {
		// SEV1 and SEV2 criteria: the answer that settles them.
		expect(['any-user-access', 'data-loss-now', 'security-incident'].map(counted)).toEqual(['no', 'yes', 'yes']);
		expect(['over-half-users', 'error-rate-5', 'p99-500'].map(counted)).toEqual(['yes', 'yes', 'yes']);
		// The impact question: assume there is impact (SEV4 only when sure).
		expect(counted('any-impact')).toBe('yes');
		// SEV3 criteria: go on, towards the unsettled SEV2.
		expect(['one-user', 'workaround', 'defer-to-window', 'functional-overall'].map(counted)).toEqual([
			'no',
			'no',
			'no',
			'no',
		]);
		// Hints: unsure gives the advice.
		expect([counted('restore-30-min'), counted('restore-2-hours')]).toEqual(['no', 'no']);
	});

	it('one "Not sure" to "Can ANY user access the service?" is SEV1 at once, and says the rule decided', () => {
		const result = run('any-user-access:unsure');
		expect(result).toMatchObject({
			status: 'settled',
			level: 'sev1',
			decidingId: 'any-user-access',
			decidedByUnsure: true,
			reasons: [{ criterionId: 'any-user-access', answer: 'unsure', countedAs: 'no' }],
		});
	});

	it('"Not sure" on the impact question never gives SEV4; on every SEV3 criterion it ends in SEV2', () => {
		expect(run(...notSev1, ...notSev2, 'any-impact:unsure')).toMatchObject({
			status: 'asking',
			question: { id: 'one-user' },
		});
		const unsureSev3 = ['one-user', 'workaround', 'defer-to-window', 'functional-overall'].map((id) => `${id}:unsure`);
		expect(run(...notSev1, ...notSev2, 'any-impact:unsure', ...unsureSev3)).toMatchObject({
			status: 'settled',
			level: 'sev2',
			decidedBy: 'unsettled',
			decidedByUnsure: true,
		});
	});

	it('"Not sure" on a hint question gives the hint, marked as unsure', () => {
		expect(run('any-user-access:no', 'restore-30-min:unsure')).toMatchObject({
			hints: [{ criterionId: 'restore-30-min', text: 'Consider escalation', unsure: true }],
			pendingHints: [],
		});
	});

	it('never gives a less severe level than answering either way would', () => {
		const order = (id: string) => levels.find((level) => level.id === id)!.order;
		const problems: string[] = [];
		const explore = (given: [string, Answer][]) => {
			const result = walk(classifier, new Map(given));
			if (result.status === 'settled') return;
			const levelOf = (answer: Answer): number => {
				const next = walk(classifier, new Map([...given, [result.question.id, answer]]));
				return next.status === 'settled' ? order(next.level) : Infinity;
			};
			// The unsure branch follows exactly one of the two answers, the one towards the more severe level.
			const unsure = walk(classifier, new Map([...given, [result.question.id, 'unsure']]));
			const counted = walk(classifier, new Map([...given, [result.question.id, result.question.ifUnsure]]));
			if (unsure.status !== counted.status || (unsure.status === 'settled' && counted.status === 'settled' && unsure.level !== counted.level)) {
				problems.push(`${result.question.id}: unsure differs from ${result.question.ifUnsure}`);
			}
			if (levelOf('yes') !== Infinity && levelOf('no') !== Infinity && levelOf(result.question.ifUnsure) > Math.min(levelOf('yes'), levelOf('no'))) {
				problems.push(`${result.question.id}: unsure is not the more severe`);
			}
			for (const answer of ['yes', 'no'] as const) explore([...given, [result.question.id, answer]]);
		};
		explore([]);
		expect(problems).toEqual([]);
	});

	it('composes the unsettled reason from the unsure rule (words in the data once)', () => {
		expect(classifier.unsure).toEqual({ answer: 'Not sure', rule: 'Unsure → higher severity', explanation: rules.unsure.explanation });
		expect(classifier.unsettled.reason).toBe(`Unsure → higher severity. ${rules.unsettled.reason} ${rules.unsure.explanation}`);
	});
});
