/**
 * Counts in prose ("the five templates", "all ten") are computed from the data, so adding a file
 * never leaves a page saying the old number.
 */
const WORDS = [
	'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
	'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
];

/** A count as English prose: "five" for 5, digits from 21 on ("21"), as style guides write them. */
export function numberWord(count: number): string {
	return Number.isInteger(count) && count >= 0 && count < WORDS.length ? WORDS[count]! : String(count);
}

/** The same, capitalised for the start of a sentence or a label: "Five". */
export function capitalisedNumberWord(count: number): string {
	const word = numberWord(count);
	return word.charAt(0).toUpperCase() + word.slice(1);
}
