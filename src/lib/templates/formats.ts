/**
 * Output formats of a filled template: plain text (email), Slack-friendly text (*bold* headings,
 * bullets, no Markdown tables) and Markdown (the post-incident report). Formats change only the
 * template's own literal text; a typed value is never re-read as markup, and where Markdown could
 * misread it (a "<" that looks like HTML, a "|" inside a table cell) it is escaped.
 */
import type { RenderedLine, RenderedPart } from './fill';

export type OutputFormat = 'plain' | 'slack' | 'markdown';

/** Labels for the format picker. */
export const FORMAT_LABELS: Record<OutputFormat, string> = {
	plain: 'Plain text (email)',
	slack: 'Slack',
	markdown: 'Markdown',
};

/** The formats offered for a template written as text (messages) or Markdown (the report). */
export function formatsFor(source: 'text' | 'markdown'): OutputFormat[] {
	return source === 'markdown' ? ['markdown', 'slack'] : ['plain', 'slack'];
}

/** Joins rendered lines into the text that is copied. */
export function linesToText(lines: RenderedLine[]): string {
	return lines.map((line) => line.parts.map((part) => part.text).join('')).join('\n');
}

/** Rewrites rendered lines into `format`; `source` is how the template itself is written. */
export function applyFormat(lines: RenderedLine[], format: OutputFormat, source: 'text' | 'markdown'): RenderedLine[] {
	if (format === 'plain') return lines;
	if (format === 'markdown') return source === 'markdown' ? escapeMarkdownValues(lines) : lines;
	return source === 'markdown' ? markdownToSlack(lines) : textToSlack(lines);
}

const lineText = (line: RenderedLine) => line.parts.map((part) => part.text).join('');
const literal = (text: string): RenderedPart => ({ text, state: 'literal' });

/** Replaces the first part when it is literal text matching `pattern`. */
function mapFirstLiteral(line: RenderedLine, pattern: RegExp, replace: (match: RegExpExecArray) => RenderedPart[]): RenderedLine | undefined {
	const [first, ...rest] = line.parts;
	if (!first || first.state !== 'literal') return undefined;
	const match = pattern.exec(first.text);
	return match ? { parts: [...replace(match), ...rest] } : undefined;
}

/** Messages: "LABEL:" in bold, "- " bullets as "• ". */
function textToSlack(lines: RenderedLine[]): RenderedLine[] {
	return lines.map(
		(line) =>
			mapFirstLiteral(line, /^([A-Z][A-Z0-9 '/&-]+:)(.*)$/s, ([, label = '', rest = '']) => [
				literal(`*${label}*`),
				...(rest === '' ? [] : [literal(rest)]),
			]) ??
			mapFirstLiteral(line, /^(\s*)- (.*)$/s, ([, indent = '', rest = '']) => [
				literal(`${indent}• ${rest}`),
			]) ??
			line
	);
}

const FENCE = /^\s*```/;
const TABLE_SEPARATOR = /^\|[\s:|-]+\|\s*$/;
const isTableRow = (line: RenderedLine) => lineText(line).trimStart().startsWith('|');

/** The report in Slack: headings and **bold** as *bold*, tables as one bullet line per row. */
function markdownToSlack(lines: RenderedLine[]): RenderedLine[] {
	const out: RenderedLine[] = [];
	let inFence = false;
	lines.forEach((line, index) => {
		if (FENCE.test(lineText(line))) {
			inFence = !inFence;
			out.push(line);
			return;
		}
		if (inFence) {
			out.push(line);
			return;
		}
		if (isTableRow(line)) {
			if (TABLE_SEPARATOR.test(lineText(line)) && line.parts.every((part) => part.state === 'literal')) return;
			const next = lines[index + 1];
			const isHeader = next !== undefined && TABLE_SEPARATOR.test(lineText(next));
			out.push(tableRowToSlack(line, isHeader));
			return;
		}
		const heading = mapFirstLiteral(line, /^#{1,6}\s+(.*)$/s, ([, rest = '']) => [literal(`*${rest}`)]);
		if (heading) {
			out.push({ parts: [...boldToSlack(heading.parts), literal('*')] });
			return;
		}
		const bullet = mapFirstLiteral(line, /^(\s*)- (.*)$/s, ([, indent = '', rest = '']) => [literal(`${indent}• ${rest}`)]);
		out.push({ parts: boldToSlack((bullet ?? line).parts) });
	});
	return out;
}

function boldToSlack(parts: RenderedPart[]): RenderedPart[] {
	return parts.map((part) =>
		part.state === 'literal' ? { ...part, text: part.text.replace(/\*\*([^*]+)\*\*/g, '*$1*') } : part
	);
}

/** "| a | b | c |" → "• a — b — c" (a header row in bold); typed values stay on one line. */
function tableRowToSlack(line: RenderedLine, isHeader: boolean): RenderedLine {
	const cells: RenderedPart[][] = [[]];
	for (const part of line.parts) {
		if (part.state !== 'literal') {
			cells[cells.length - 1]!.push({ ...part, text: part.text.replace(/\s*\r?\n\s*/g, ' ') });
			continue;
		}
		part.text.split('|').forEach((piece, index) => {
			if (index > 0) cells.push([]);
			if (piece !== '') cells[cells.length - 1]!.push(literal(piece));
		});
	}
	// Drop the empty cells outside the first and last pipe, and trim each cell's edges.
	const trimmed = cells
		.map((cell) => trimCell(cell))
		.filter((cell, index, all) => !((index === 0 || index === all.length - 1) && cell.length === 0));
	const parts: RenderedPart[] = [literal(isHeader ? '*' : '• ')];
	trimmed.forEach((cell, index) => {
		if (index > 0) parts.push(literal(' — '));
		parts.push(...cell);
	});
	if (isHeader) parts.push(literal('*'));
	return { parts };
}

function trimCell(cell: RenderedPart[]): RenderedPart[] {
	const parts = cell.map((part) => ({ ...part }));
	const first = parts[0];
	if (first?.state === 'literal') first.text = first.text.trimStart();
	const last = parts[parts.length - 1];
	if (last?.state === 'literal') last.text = last.text.trimEnd();
	return parts.filter((part) => part.text !== '' || part.state !== 'literal');
}

/**
 * Markdown: typed values stay text. Outside code blocks a "<" is escaped so a renderer cannot
 * take it for HTML; inside a table cell "|" is escaped and line breaks become spaces.
 */
function escapeMarkdownValues(lines: RenderedLine[]): RenderedLine[] {
	let inFence = false;
	return lines.map((line) => {
		if (FENCE.test(lineText(line))) {
			inFence = !inFence;
			return line;
		}
		if (inFence) return line;
		const inTable = isTableRow(line);
		return {
			parts: line.parts.map((part) => {
				if (part.state !== 'filled') return part;
				let text = part.text.replace(/</g, '\\<');
				if (inTable) text = text.replace(/\|/g, '\\|').replace(/\s*\r?\n\s*/g, ' ');
				return { ...part, text };
			}),
		};
	});
}

/**
 * The download name of the report, as the guide names it: "INC-2026-03-01-001.md". A typed id
 * that is not in that form is made safe for a file name; no id yet gives the guide's pattern.
 */
export function reportFileName(incidentId: string | undefined): string {
	const id = (incidentId ?? '').trim();
	if (id === '') return 'INC-YYYY-MM-DD-NNN.md';
	const safe = id
		.replace(/[^A-Za-z0-9._-]+/g, '-')
		.replace(/^[-.]+|[-.]+$/g, '')
		.slice(0, 100);
	return `${safe === '' ? 'incident-report' : safe}.md`;
}
