/**
 * Splits data text on `backtick` code spans, so islands can render inline code as elements
 * (never as HTML strings). Unpaired backticks stay literal text.
 */
export interface TextPart {
	text: string;
	code: boolean;
}

/** "Run `ls` now" → [{ text: 'Run ', code: false }, { text: 'ls', code: true }, { text: ' now', code: false }] */
export function splitCodeSpans(source: string): TextPart[] {
	return source
		.split(/(`[^`]+`)/g)
		.filter((part) => part !== '')
		.map((part) =>
			part.length > 2 && part.startsWith('`') && part.endsWith('`')
				? { text: part.slice(1, -1), code: true }
				: { text: part, code: false }
		);
}
