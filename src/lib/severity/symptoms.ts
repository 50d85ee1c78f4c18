/**
 * The classifier's symptom shortcut: every level's examples from the guide as one searchable list.
 * Picking a symptom gives its level directly.
 */

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

/**
 * The symptoms that contain every word of the query (anywhere, also inside words, so "lag" finds
 * "WALLagCritical"). An empty query keeps them all.
 */
export function filterSymptoms(symptoms: readonly Symptom[], query: string): Symptom[] {
	// A pasted log line can be huge; the first words are enough to filter by.
	const words = searchWords(query.slice(0, 500)).slice(0, 20);
	if (words.length === 0) return [...symptoms];
	return symptoms.filter((symptom) => {
		const haystack = searchWords(symptom.text).join(' ');
		return words.every((word) => haystack.includes(word));
	});
}
