/**
 * The one rule for `backtick` code spans in runbook data: islands render the parts as elements
 * (never as HTML strings), the inline-Markdown renderer escapes and wraps them, and plain-text
 * outputs (meta descriptions, the rules file's annotations) drop the backticks. Unpaired
 * backticks stay literal text.
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

/** The text without its code-span backticks: "Run `ls` now" → "Run ls now". */
export function codeSpansToText(source: string): string {
	return splitCodeSpans(source)
		.map((part) => part.text)
		.join('');
}
