/** The result card's words: answers as given, what decided it, hints, the next actions. */
import { describe, expect, it } from 'vitest';
import { buildClassifier, walk, type Answer } from '~/lib/severity/classify';
import { answerLabel, decidedLines, hintLines, nextActions } from '~/lib/severity/result';
import { shortcutAnswer, type ShortcutEvent } from '~/lib/severity/shortcuts';
import { loadSeverityData } from '../../helpers/severity-classifier-data';

const { levels, rules } = loadSeverityData();
const classifier = buildClassifier(levels, rules);
const unsure = classifier.unsure;
const settled = (...answers: string[]) => {
	const result = walk(classifier, new Map(answers.map((a) => a.split(':') as [string, Answer])));
	if (result.status !== 'settled') throw new Error('not settled');
	return { kind: 'answers' as const, ...result };
};

describe('answerLabel', () => {
	it('says Yes, No or the unsure label', () => {
		expect(['yes', 'no', 'unsure'].map((a) => answerLabel(a as Answer, 'Not sure'))).toEqual(['Yes', 'No', 'Not sure']);
	});
});

describe('decidedLines', () => {
	it('says what a "Not sure" counted as and why', () => {
		expect(decidedLines(settled('any-user-access:unsure'), { unsettledReason: 'x', unsure })).toEqual([
			'Can ANY user access the service? Not sure (counted as No: unsure → higher severity)',
		]);
	});

	it('leaves hint answers out and adds the unsettled reason', () => {
		const decision = settled(
			'any-user-access:yes',
			'data-loss-now:no',
			'security-incident:no',
			'over-half-users:no',
			'error-rate-5:no',
			'p99-500:no',
			'any-impact:yes',
			'one-user:no',
			'workaround:no',
			'defer-to-window:no',
			'functional-overall:no',
			'restore-2-hours:yes'
		);
		const lines = decidedLines(decision, { unsettledReason: classifier.unsettled.reason, unsure, hintIds: ['restore-2-hours'] });
		expect(lines).toHaveLength(12);
		expect(lines.at(-1)).toBe(classifier.unsettled.reason);
	});

	it('names the symptom', () => {
		expect(decidedLines({ kind: 'symptom', symptom: 'Consolidation completely stuck' }, { unsettledReason: '', unsure })).toEqual([
			'Symptom: Consolidation completely stuck',
		]);
	});
});

describe('hintLines', () => {
	const hints = classifier.hints.sev1!;
	it('quotes the answer that gave the hint, or the unsure rule', () => {
		expect(hintLines(settled('any-user-access:no', 'restore-30-min:no'), hints, unsure)).toEqual([
			'Consider escalation (answered No to “Can we restore service within 30 minutes?”)',
		]);
		expect(hintLines(settled('any-user-access:no', 'restore-30-min:unsure'), hints, unsure)).toEqual([
			'Consider escalation (answered Not sure, unsure → higher severity to “Can we restore service within 30 minutes?”)',
		]);
		expect(hintLines(settled('any-user-access:no'), hints, unsure)).toEqual([]);
	});
});

describe('nextActions', () => {
	const actions = levels[0]!.requiredActions.map((text) => ({ text }));
	it('gives the first two actions not ticked yet, in the guide’s order', () => {
		expect(nextActions(actions, [], 2).map((a) => a.text)).toEqual([
			'Page on-call engineer immediately',
			'Start incident timer and create war room (Zoom/Slack)',
		]);
		expect(nextActions(actions, ['Page on-call engineer immediately'], 2).map((a) => a.text)[0]).toBe(
			'Start incident timer and create war room (Zoom/Slack)'
		);
		expect(nextActions(actions, actions.map((a) => a.text), 2)).toEqual([]);
	});
});

describe('shortcutAnswer', () => {
	const base: ShortcutEvent = {
		key: 'y',
		modifier: false,
		composing: false,
		defaultPrevented: false,
		inField: false,
		inTool: false,
		onScreen: true,
	};
	it('answers Y and N while the tool is on screen, focus anywhere', () => {
		expect(shortcutAnswer(base)).toBe('yes');
		expect(shortcutAnswer({ ...base, key: 'N' })).toBe('no');
		expect(shortcutAnswer({ ...base, onScreen: false, inTool: true })).toBe('yes');
	});
	it('does nothing off screen, while typing, with modifiers, or for other keys', () => {
		expect(shortcutAnswer({ ...base, onScreen: false })).toBeUndefined();
		expect(shortcutAnswer({ ...base, inField: true, inTool: true })).toBeUndefined();
		expect(shortcutAnswer({ ...base, modifier: true })).toBeUndefined();
		expect(shortcutAnswer({ ...base, composing: true })).toBeUndefined();
		expect(shortcutAnswer({ ...base, defaultPrevented: true })).toBeUndefined();
		expect(shortcutAnswer({ ...base, key: 'x' })).toBeUndefined();
	});
});
