/**
 * Word-level helpers for forgiving search: one normal form for text typed at 3 a.m. and text in
 * the runbook data, light stemming, and a one-typo tolerance. Framework-free.
 */

/** Small words that carry no meaning in a search ("the WAL is corrupt" → "wal corrupt"). */
const STOP_WORDS = new Set([
	...'a an and are at be been by for from has have i in is it its my of'.split(' '),
	...'on or our the this that to was we were with'.split(' '),
]);

/**
 * Lower case, accents and apostrophes dropped, every other non-alphanumeric character turned into
 * a single space: "Service won't start (unknown)" → "service wont start unknown",
 * "write-ahead log" → "write ahead log", "gRPC" → "grpc".
 */
export function normaliseText(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’‘`´]/g, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

/** The words of a text in normal form. */
export function splitWords(text: string): string[] {
	const normal = normaliseText(text);
	return normal === '' ? [] : normal.split(' ');
}

/** True for words too common to search by. */
export function isStopWord(word: string): boolean {
	return STOP_WORDS.has(word);
}

/** The word and its likely singular forms: "latencies" → latency, "breaches" → breach, "values" → value. */
export function wordForms(word: string): string[] {
	const forms = new Set([word]);
	if (word.length > 4 && word.endsWith('ies')) forms.add(`${word.slice(0, -3)}y`);
	if (word.length > 4 && word.endsWith('es')) forms.add(word.slice(0, -2));
	if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) forms.add(word.slice(0, -1));
	return [...forms];
}

/**
 * True when `a` and `b` differ by at most one edit (insert, delete, replace, or swap of two
 * neighbouring letters): "latancy" ~ "latency", "corurption" ~ "corruption".
 */
export function withinOneEdit(a: string, b: string): boolean {
	if (a === b) return true;
	if (Math.abs(a.length - b.length) > 1) return false;
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	const restA = a.slice(i);
	const restB = b.slice(i);
	if (a.length === b.length) {
		// Replace one letter, or swap two neighbours.
		return (
			restA.slice(1) === restB.slice(1) ||
			(restA.length >= 2 && restA[0] === restB[1] && restA[1] === restB[0] && restA.slice(2) === restB.slice(2))
		);
	}
	// Insert or delete one letter.
	return a.length > b.length ? restA.slice(1) === restB : restA === restB.slice(1);
}

/** Number of letters two words share at their start. */
export function commonPrefixLength(a: string, b: string): number {
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	return i;
}
