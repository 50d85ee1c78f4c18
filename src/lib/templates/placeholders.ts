/**
 * Finds the placeholders in a template's text, the way the guide writes them:
 * - brackets, which may span lines: `[Name]`, `[Zoom/Slack link]`, `[#N]`, `[Detailed … occur]`;
 * - the guide's unbracketed forms: `INC-YYYY-MM-DD-NNN`, `YYYY-MM-DD HH:MM UTC`, `YYYY-MM-DD`,
 *   `HH:MM`, `X hours Y minutes`, `SEV1 / SEV2 / SEV3 / SEV4`, `SEV1 (Critical)`, and fixed
 *   choices such as `Investigating / Mitigating / Resolved`.
 * Everything else is literal text. Only the template's own text is ever scanned: values a user
 * types are never parsed for placeholders.
 */

/** One placeholder where it stands in the text. */
export interface PlaceholderOccurrence {
	/** The placeholder exactly as written, e.g. "[Name]" or "YYYY-MM-DD HH:MM UTC". */
	token: string;
	/** Character offsets in the scanned text (end is exclusive). */
	start: number;
	end: number;
	/** The whole line the placeholder starts on, e.g. "INCIDENT COMMANDER: [Name]". */
	line: string;
	/** 0-based number of that line. */
	lineIndex: number;
}

// Order matters: a bracket swallows anything inside it, and longer unbracketed forms come before
// their prefixes ("YYYY-MM-DD HH:MM UTC" before "YYYY-MM-DD").
const PLACEHOLDER = new RegExp(
	[
		String.raw`\[[^\[\]]*\]`,
		'INC-YYYY-MM-DD-NNN',
		'YYYY-MM-DD HH:MM UTC',
		'YYYY-MM-DD',
		'HH:MM',
		'X hours Y minutes',
		String.raw`SEV\d(?: / SEV\d)+`,
		String.raw`SEV\d \([A-Z][a-z]+\)`,
		String.raw`\b[A-Z][a-z]+(?: / [A-Z][a-z]+)+\b`,
	].join('|'),
	'g'
);

/** Every placeholder of `text`, in reading order. */
export function findPlaceholders(text: string): PlaceholderOccurrence[] {
	const lines = text.split('\n');
	const lineStarts: number[] = [];
	let offset = 0;
	for (const line of lines) {
		lineStarts.push(offset);
		offset += line.length + 1;
	}
	return [...text.matchAll(PLACEHOLDER)].map((match) => {
		const start = match.index;
		let lineIndex = lineStarts.length - 1;
		while (lineIndex > 0 && (lineStarts[lineIndex] ?? 0) > start) lineIndex -= 1;
		return { token: match[0], start, end: start + match[0].length, line: lines[lineIndex] ?? '', lineIndex };
	});
}

/** The options of a choice placeholder: "[Investigating / Mitigating / Resolved]" → three options. */
export function choiceOptions(token: string): string[] {
	return token
		.replace(/^\[|\]$/g, '')
		.split(' / ')
		.map((option) => option.trim())
		.filter((option) => option !== '');
}
