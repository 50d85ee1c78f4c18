/**
 * The classifier's state in the page URL, so a link pasted into a war room shows the same result:
 * `?answers=any-user-access:yes,data-loss-now:no` (the walk so far) or `?symptom=sev2:2` (a picked
 * symptom). Built on src/lib/shared/url-state.ts: unknown or malformed parameters become short notices.
 */
import { buildSearch, parseUrlState, type ParamParser } from '../shared/url-state';
import { walk, type Answer, type Classifier } from './classify';

/** The answers in the order they were given. */
export type AnswerPath = [id: string, answer: Answer][];

/** The classifier's URL parameters. */
export const CLASSIFIER_PARAMS = ['answers', 'symptom'] as const;

/** Parses "id:yes,id:no,id:unsure"; any unknown id, odd answer or repeated id makes the whole value invalid. */
export function answersParser(questionIds: readonly string[]): ParamParser<AnswerPath> {
	const known = new Set(questionIds);
	return (raw) => {
		if (raw === '') return [];
		const path: AnswerPath = [];
		const seen = new Set<string>();
		for (const item of raw.split(',')) {
			const match = /^([a-z0-9-]+):(yes|no|unsure)$/.exec(item.trim());
			if (!match) return undefined;
			const [, id = '', answer] = match;
			if (!known.has(id) || seen.has(id)) return undefined;
			seen.add(id);
			path.push([id, answer as Answer]);
		}
		return path;
	};
}

/** "id:yes,id:no"; "" for no answers. */
export function formatAnswers(path: AnswerPath): string {
	return path.map(([id, answer]) => `${id}:${answer}`).join(',');
}

export interface RestoredState {
	/** Only the answers the walk actually uses, in the order asked. */
	answers: AnswerPath;
	/** A valid symptom key, when the link picked one. */
	symptom?: string;
	notices: string[];
}

/**
 * Reads the classifier state from `search`. On its own page (`ownsUrl`) every other parameter is
 * reported as unknown; embedded in another page, parameters of other tools are left alone.
 */
export function restoreFromUrl(
	search: string,
	classifier: Classifier,
	symptomKeys: readonly string[],
	ownsUrl: boolean
): RestoredState {
	const spec = {
		answers: answersParser(classifier.questionIds),
		symptom: (raw: string) => (symptomKeys.includes(raw) ? raw : undefined),
	};
	const others = [...new URLSearchParams(search).keys()].filter(
		(name) => !(CLASSIFIER_PARAMS as readonly string[]).includes(name)
	);
	const { state, notices } = parseUrlState(search, spec, ownsUrl ? [] : others);
	const given = state.answers ?? [];
	const result = walk(classifier, new Map(given));
	const used = new Set(result.reasons.map((reason) => reason.criterionId));
	const unused = given.filter(([id]) => !used.has(id)).map(([id]) => id);
	if (unused.length > 0) {
		notices.push(
			`Ignored ${unused.length === 1 ? 'an answer' : `${unused.length} answers`} the questions did not reach: ${unused.join(', ')}.`
		);
	}
	const answers = result.reasons.map((reason): [string, Answer] => [reason.criterionId, reason.answer]);
	if (state.symptom !== undefined && answers.length > 0) {
		notices.push('The link had both answers and a symptom; showing the answers.');
		return { answers, notices };
	}
	return { answers, ...(state.symptom === undefined ? {} : { symptom: state.symptom }), notices };
}

/**
 * The search string for the current state. On its own page only the classifier's parameters
 * remain; embedded, other tools' parameters are kept as they are.
 */
export function classifierSearch(
	currentSearch: string,
	state: { answers: AnswerPath; symptom?: string | undefined },
	ownsUrl: boolean
): string {
	const values = { answers: formatAnswers(state.answers), symptom: state.symptom };
	if (ownsUrl) return readable(buildSearch(values));
	const params = new URLSearchParams(currentSearch);
	for (const name of CLASSIFIER_PARAMS) params.delete(name);
	for (const [name, value] of Object.entries(values)) {
		if (value !== undefined && value !== '') params.set(name, value);
	}
	const search = params.toString();
	return search === '' ? '' : readable(`?${search}`);
}

/** ":" and "," are allowed as they are in a query and read better in a pasted link than %3A and %2C. */
function readable(search: string): string {
	return search.replace(/%3A/gi, ':').replace(/%2C/gi, ',');
}
