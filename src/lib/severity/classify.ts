/**
 * The severity classifier's walk: one Yes/No/Not sure question at a time, most severe level first,
 * in the guide's own wording (content/data/severity-levels.yaml). The walk stops as soon as a level
 * is settled: the result shows at once, and that level's hint question ("Can we restore service
 * within 30 minutes?" → "Consider escalation") is offered on the result, optional.
 *
 * "Not sure" applies the rule for doubt (content/data/severity-classifier.yaml, "unsure → higher
 * severity"): it counts as the answer that leads to the more severe level, worked out from the walk
 * itself (a SEV1 criterion: its trigger; a SEV3 criterion or the impact question: the answer that
 * goes on towards SEV2), and for a hint question as the answer that gives the hint.
 *
 * Order of the walk, all derived from the data:
 *  1. SEV1 criteria, then SEV2 criteria (the first answer that matches a criterion settles its level);
 *  2. the classifier's impact question, which is NOT in the guide (content/data/severity-classifier.yaml):
 *     "no impact at all" settles SEV4, the only way to reach it;
 *  3. SEV3 criteria;
 *  4. no criterion matched: real impact that fits no lower level, so the higher severity (SEV2).
 *
 * Pure and framework-free: the build turns the data into a `Classifier` (plain, serialisable) and
 * the island walks it in the browser.
 */
import type { SeverityLevel } from '../../schemas/severity';
import type { SeverityClassifierRules } from '../../schemas/severity-classifier';

/** An answer as given: Yes, No or Not sure. */
export type Answer = 'yes' | 'no' | 'unsure';
/** Yes or No: what an answer counts as in the walk. */
export type Decided = Exclude<Answer, 'unsure'>;

/** One Yes/No question of the walk. */
export interface ClassifierQuestion {
	/** The criterion id from the data; it goes into the shareable URL. */
	id: string;
	/** The question in the guide's wording. */
	question: string;
	/**
	 * criterion: a guide criterion that settles a level; hint: a guide criterion that adds advice
	 * to a settled level; impact: the classifier's own question (not in the guide).
	 */
	kind: 'criterion' | 'hint' | 'impact';
	/** The answer that triggers the outcome. */
	trigger: Decided;
	/** What "Not sure" counts as: the answer that leads to the more severe level (or gives the hint). */
	ifUnsure: Decided;
	/** The level the trigger settles (criterion, impact), or the settled level a hint belongs to. */
	levelId: string;
	/** What the trigger means in the guide's words: "SEV1", "Consider escalation". */
	outcome: string;
}

/** The walk, built once from the data at build time. Plain data, so it can be an island prop. */
export interface Classifier {
	/** Groups of deciding questions in the order they are asked, most severe first. */
	stages: ClassifierQuestion[][];
	/** Hint questions by the id of the level they follow. */
	hints: Record<string, ClassifierQuestion[]>;
	/** Where the walk ends when no deciding question matched; `reason` includes the unsure rule. */
	unsettled: { levelId: string; reason: string };
	/** The rule for doubt: the third answer's label, the rule and why. */
	unsure: { answer: string; rule: string; explanation: string };
	/** Every question id, in the order the table lists them. */
	questionIds: string[];
}

/** An answer given on the way, as the result card lists it. */
export interface Reason {
	criterionId: string;
	question: string;
	/** As given (Yes, No, Not sure). */
	answer: Answer;
	/** What it counted as: the answer itself, or for "Not sure" the answer the unsure rule picks. */
	countedAs: Decided;
}

/** Advice added to the level by a hint question ("Consider SEV1"). */
export interface Hint {
	criterionId: string;
	question: string;
	text: string;
	/** True when "Not sure" gave the hint (unsure → higher severity). */
	unsure: boolean;
}

export type WalkResult =
	| {
			status: 'asking';
			/** The next question to ask. */
			question: ClassifierQuestion;
			/** The answers used so far, in the order asked. */
			reasons: Reason[];
	  }
	| {
			status: 'settled';
			level: string;
			/** criterion/impact: an answer matched; unsettled: no criterion matched (see `Classifier.unsettled`). */
			decidedBy: 'criterion' | 'impact' | 'unsettled';
			/** The question whose answer settled the level (absent when unsettled). */
			decidingId?: string;
			/** True when a "Not sure" answer settled it (the unsure rule decided). */
			decidedByUnsure: boolean;
			reasons: Reason[];
			hints: Hint[];
			/** The level's hint questions not answered yet: offered on the result, optional. */
			pendingHints: ClassifierQuestion[];
	  };

/**
 * Builds the walk from the severity levels and the classifier's own rules. Throws one readable
 * error listing every problem (unknown level, repeated id, a level no answer can reach), so a bad
 * edit of the data fails the build instead of the wizard.
 */
export function buildClassifier(levels: readonly SeverityLevel[], rules: SeverityClassifierRules): Classifier {
	const problems: string[] = [];
	const sorted = [...levels].sort((a, b) => a.order - b.order);
	const levelIds = new Set(sorted.map((level) => level.id));
	const idByLabel = new Map(sorted.map((level) => [level.label, level.id]));
	const { impactQuestion, unsettled, unsure } = rules;
	const where = 'content/data/severity-classifier.yaml';
	for (const [field, id] of [
		['impactQuestion.level', impactQuestion.level],
		['impactQuestion.askBefore', impactQuestion.askBefore],
		['unsettled.level', unsettled.level],
	] as const) {
		if (!levelIds.has(id)) problems.push(`${where}: "${field}" names unknown level "${id}"`);
	}

	const impact: ClassifierQuestion = {
		id: impactQuestion.id,
		question: impactQuestion.question,
		kind: 'impact',
		trigger: impactQuestion.answer,
		ifUnsure: impactQuestion.answer,
		levelId: impactQuestion.level,
		outcome: idToLabel(sorted, impactQuestion.level),
	};
	const stages: ClassifierQuestion[][] = [];
	const hints: Record<string, ClassifierQuestion[]> = {};
	const questionIds: string[] = [];
	for (const level of sorted) {
		if (level.id === impactQuestion.askBefore) {
			stages.push([impact]);
			questionIds.push(impact.id);
		}
		const deciding: ClassifierQuestion[] = [];
		const levelHints: ClassifierQuestion[] = [];
		for (const criterion of level.criteria) {
			const settles = criterion.hint ? level.id : idByLabel.get(criterion.outcome);
			if (settles === undefined) {
				problems.push(
					`content/data/severity-levels.yaml (${level.id}): criterion "${criterion.id}" has outcome "${criterion.outcome}", which is no level`
				);
				continue;
			}
			const question: ClassifierQuestion = {
				id: criterion.id,
				question: criterion.question,
				kind: criterion.hint ? 'hint' : 'criterion',
				trigger: criterion.answer,
				ifUnsure: criterion.answer,
				levelId: settles,
				outcome: criterion.outcome,
			};
			(criterion.hint ? levelHints : deciding).push(question);
		}
		if (deciding.length > 0) stages.push(deciding);
		if (levelHints.length > 0) hints[level.id] = levelHints;
		questionIds.push(...deciding.map((q) => q.id), ...levelHints.map((q) => q.id));
	}

	const seen = new Set<string>();
	for (const id of questionIds) {
		if (seen.has(id)) problems.push(`question id "${id}" is used twice (criterion ids and impactQuestion.id must differ)`);
		seen.add(id);
	}
	const reachable = new Set([unsettled.level, ...stages.flat().map((q) => q.levelId)]);
	for (const level of sorted) {
		if (!reachable.has(level.id)) problems.push(`no answer leads to ${level.label}: give it a criterion or make it a rule's level`);
	}
	if (problems.length > 0) {
		throw new Error(`The severity classifier cannot be built:\n- ${problems.join('\n- ')}`);
	}
	setUnsureAnswers(stages, sorted, unsettled.level);
	return {
		stages,
		hints,
		unsettled: { levelId: unsettled.level, reason: `${unsure.rule}. ${unsettled.reason} ${unsure.explanation}` },
		unsure: { answer: unsure.answer, rule: unsure.rule, explanation: unsure.explanation },
		questionIds,
	};
}

/**
 * Sets what "Not sure" counts as for each deciding question: its trigger when the level it settles
 * is at least as severe as anything the other answer can still lead to, else the other answer
 * (for the impact question and the SEV3 criteria the walk goes on towards the unsettled SEV2).
 * Hint questions keep their trigger: unsure gives the hint.
 */
function setUnsureAnswers(stages: ClassifierQuestion[][], levels: readonly SeverityLevel[], unsettledLevel: string): void {
	const rank = (id: string) => levels.find((level) => level.id === id)?.order ?? Infinity;
	const questions = stages.flat();
	questions.forEach((question, index) => {
		const later = [...questions.slice(index + 1).map((q) => q.levelId), unsettledLevel];
		const mostSevereLater = Math.min(...later.map(rank));
		const flip: Decided = question.trigger === 'yes' ? 'no' : 'yes';
		question.ifUnsure = rank(question.levelId) <= mostSevereLater ? question.trigger : flip;
	});
}

/**
 * Walks the classifier with the answers given so far (by question id; order does not matter).
 * Returns the next question to ask, or the settled level with the answers that decided it and any
 * hints. Answers to questions the walk does not reach are not used (see `reasons` for those used).
 */
export function walk(classifier: Classifier, answers: ReadonlyMap<string, Answer>): WalkResult {
	const reasons: Reason[] = [];
	const ask = (question: ClassifierQuestion): Reason | undefined => {
		const answer = answers.get(question.id);
		if (answer === undefined) return undefined;
		const reason: Reason = {
			criterionId: question.id,
			question: question.question,
			answer,
			countedAs: answer === 'unsure' ? question.ifUnsure : answer,
		};
		reasons.push(reason);
		return reason;
	};

	let settled:
		| { level: string; decidedBy: 'criterion' | 'impact' | 'unsettled'; decidingId?: string; decidedByUnsure: boolean }
		| undefined;
	stages: for (const stage of classifier.stages) {
		for (const question of stage) {
			const reason = ask(question);
			if (reason === undefined) return { status: 'asking', question, reasons };
			if (reason.countedAs === question.trigger) {
				settled = {
					level: question.levelId,
					decidedBy: question.kind === 'impact' ? 'impact' : 'criterion',
					decidingId: question.id,
					decidedByUnsure: reason.answer === 'unsure',
				};
				break stages;
			}
		}
	}
	settled ??= {
		level: classifier.unsettled.levelId,
		decidedBy: 'unsettled',
		decidedByUnsure: reasons.some((reason) => reason.answer === 'unsure'),
	};

	const hints: Hint[] = [];
	const pendingHints: ClassifierQuestion[] = [];
	for (const question of classifier.hints[settled.level] ?? []) {
		const reason = ask(question);
		if (reason === undefined) {
			pendingHints.push(question);
		} else if (reason.countedAs === question.trigger) {
			hints.push({
				criterionId: question.id,
				question: question.question,
				text: question.outcome,
				unsure: reason.answer === 'unsure',
			});
		}
	}
	return { status: 'settled', ...settled, reasons, hints, pendingHints };
}

/**
 * The fewest and most Yes/No clicks that end in each level (the result shows then; the optional
 * hint question is not counted), found by answering every question both ways (a small decision tree).
 */
export function clicksToEachLevel(classifier: Classifier): Record<string, { min: number; max: number }> {
	const clicks: Record<string, { min: number; max: number }> = {};
	const explore = (given: [string, Answer][]) => {
		const result = walk(classifier, new Map(given));
		if (result.status === 'settled') {
			const seen = clicks[result.level];
			clicks[result.level] = {
				min: Math.min(seen?.min ?? Infinity, given.length),
				max: Math.max(seen?.max ?? 0, given.length),
			};
			return;
		}
		for (const answer of ['yes', 'no'] as const) explore([...given, [result.question.id, answer]]);
	};
	explore([]);
	return clicks;
}

/** One row of the no-JavaScript decision table, in the order the walk asks. */
export interface CriteriaTableRow {
	/** Empty for the closing "no criterion matched" row. */
	id: string;
	question: string;
	/** The answer that triggers the outcome; absent for the closing row. */
	answer?: Answer;
	kind: ClassifierQuestion['kind'] | 'unsettled';
	/** The level settled (criterion, impact, unsettled) or the hint's level. */
	levelId: string;
	/** The guide's outcome text ("SEV1", "Consider SEV1"). */
	outcome: string;
}

/** The whole walk as table rows: deciding questions, each level's hint right after it, the closing rule. */
export function criteriaTableRows(classifier: Classifier): CriteriaTableRow[] {
	const rows: CriteriaTableRow[] = [];
	const hinted = new Set<string>();
	for (const stage of classifier.stages) {
		for (const question of stage) rows.push(rowOf(question));
		const levelId = stage[0]?.kind === 'criterion' ? stage[0].levelId : undefined;
		if (levelId !== undefined && !hinted.has(levelId)) {
			hinted.add(levelId);
			for (const hint of classifier.hints[levelId] ?? []) rows.push(rowOf(hint));
		}
	}
	for (const [levelId, hints] of Object.entries(classifier.hints)) {
		if (!hinted.has(levelId)) for (const hint of hints) rows.push(rowOf(hint));
	}
	rows.push({ id: '', question: '', kind: 'unsettled', levelId: classifier.unsettled.levelId, outcome: '' });
	return rows;
}

function rowOf(question: ClassifierQuestion): CriteriaTableRow {
	return {
		id: question.id,
		question: question.question,
		answer: question.trigger,
		kind: question.kind,
		levelId: question.levelId,
		outcome: question.outcome,
	};
}

function idToLabel(levels: readonly SeverityLevel[], id: string): string {
	return levels.find((level) => level.id === id)?.label ?? id;
}
