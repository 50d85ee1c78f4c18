/**
 * The classifier's symptom shortcut: every level's examples from the guide as one searchable list.
 * Picking a symptom gives its level directly.
 */
import { createWordMatcher } from '../shared/word-match';

/** One example symptom of a level; `key` ("sev2:2") goes into the shareable URL. */
export interface Symptom {
	key: string;
	levelId: string;
	text: string;
}

/** All examples of all levels, most severe level first, in the guide's order. */
export function listSymptoms(levels: readonly { id: string; examples: readonly string[] }[]): Symptom[] {
	return levels.flatMap((level) =>
		level.examples.map((text, index) => ({ key: `${level.id}:${index}`, levelId: level.id, text }))
	);
}

/** Words of a query or symptom: lower case, accents and punctuation dropped ("P99 >500ms" → p99, 500ms). */
export function searchWords(text: string): string[] {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter((word) => word !== '');
}

/** A prepared symptom filter: build once with the search synonyms, query on every keystroke. */
export type SymptomFilter = (query: string) => Symptom[];

/**
 * The symptoms that match every word of the query, best first, with the escalation lookup's
 * word matching (src/lib/shared/word-match.ts): start of a word, plurals, one typo ("latncy"),
 * synonyms ("slow" → performance, "node down" → process down) and CamelCase parts ("lag" finds
 * "WALLagCritical"). An empty query keeps them all, in the guide's order.
 */
export function createSymptomFilter(
	symptoms: readonly Symptom[],
	synonymGroups: readonly { words: readonly string[] }[] = []
): SymptomFilter {
	const matcher = createWordMatcher(symptoms, (symptom) => [{ field: 'text', text: symptom.text }], synonymGroups);
	return (query) => {
		const { terms } = matcher.parse(query);
		if (terms.length === 0) return [...symptoms];
		return matcher
			.match(terms)
			.filter((match) => match.matches.length === terms.length)
			.map((match) => match.item);
	};
}

/** One-off form of `createSymptomFilter`. */
export function filterSymptoms(
	symptoms: readonly Symptom[],
	query: string,
	synonymGroups: readonly { words: readonly string[] }[] = []
): Symptom[] {
	return createSymptomFilter(symptoms, synonymGroups)(query);
}
