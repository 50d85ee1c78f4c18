/**
 * The words of the classifier's result card and its copied summary, so the two never differ:
 * answers as given ("Not sure" with what it counted as), what decided the level, the hints, and
 * the next actions still to do. Pure and framework-free.
 */
import type { Answer, ClassifierQuestion, Decided, Hint, Reason } from './classify';

/** The unsure rule as the card and the summary word it. */
export interface UnsureWords {
	/** "Not sure". */
	answer: string;
	/** "Unsure → higher severity". */
	rule: string;
}

/** How the level was reached (the card's `Decision`, without its view-only parts). */
export type DecisionFacts =
	| { kind: 'symptom'; symptom: string }
	| {
			kind: 'answers';
			decidedBy: 'criterion' | 'impact' | 'unsettled';
			reasons: Reason[];
			hints: Hint[];
	  };

/** "Yes", "No", or the unsure label. */
export function answerLabel(answer: Answer, unsureLabel: string): string {
	return answer === 'yes' ? 'Yes' : answer === 'no' ? 'No' : unsureLabel;
}

const yesNo = (answer: Decided) => (answer === 'yes' ? 'Yes' : 'No');

/** One line per answer that decided the level ("Can ANY user access the service? Not sure (counted as No: …)"). */
export function decidedLines(
	decision: DecisionFacts,
	options: { unsettledReason: string; unsure: UnsureWords; hintIds?: readonly string[] }
): string[] {
	if (decision.kind === 'symptom') return [`Symptom: ${decision.symptom}`];
	const hintIds = new Set(options.hintIds ?? decision.hints.map((hint) => hint.criterionId));
	const lines = decision.reasons
		.filter((reason) => !hintIds.has(reason.criterionId))
		.map((reason) =>
			reason.answer === 'unsure'
				? `${reason.question} ${options.unsure.answer} (counted as ${yesNo(reason.countedAs)}: ${options.unsure.rule.toLowerCase()})`
				: `${reason.question} ${answerLabel(reason.answer, options.unsure.answer)}`
		);
	if (decision.decidedBy === 'unsettled') lines.push(options.unsettledReason);
	return lines;
}

/** One note per hint given ("Consider escalation (answered No to “Can we restore …?”)"). */
export function hintLines(
	decision: DecisionFacts,
	hintQuestions: readonly Pick<ClassifierQuestion, 'id' | 'trigger'>[],
	unsure: UnsureWords
): string[] {
	if (decision.kind !== 'answers') return [];
	return decision.hints.map((hint) => {
		const given = hint.unsure
			? `${unsure.answer}, ${unsure.rule.toLowerCase()}`
			: yesNo(hintQuestions.find((q) => q.id === hint.criterionId)?.trigger ?? 'no');
		return `${hint.text} (answered ${given} to “${hint.question}”)`;
	});
}

/** The first `count` required actions not ticked yet, in the guide's order. */
export function nextActions<Action extends { text: string }>(
	actions: readonly Action[],
	ticked: readonly string[],
	count: number
): Action[] {
	return actions.filter((action) => !ticked.includes(action.text)).slice(0, count);
}
