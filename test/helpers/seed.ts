/**
 * Parses the user's seed guide (../shared/seed/incident-response.md) into the things the guide page
 * must show: headings, table rows, list items, paragraph lines and code/template lines.
 * Markdown syntax is stripped so the result compares with rendered text.
 */
import { existsSync, readFileSync } from 'node:fs';

export interface SeedParts {
	headings: string[];
	tableRows: string[][];
	listItems: string[];
	paragraphs: string[];
	codeLines: string[];
}

/** The user's seed, beside the repository in ../shared on this project's machines and in CI. */
export const SHARED_SEED_PATH = new URL('../../../shared/seed/incident-response.md', import.meta.url).pathname;
/** A copy kept in the repository, so a clone elsewhere can still run the tests. */
export const COPIED_SEED_PATH = new URL('../fixtures/seed/incident-response.md', import.meta.url).pathname;

/** The seed text: the shared original when present, else the repository's copy. */
export function readSeed(): string {
	return readFileSync(existsSync(SHARED_SEED_PATH) ? SHARED_SEED_PATH : COPIED_SEED_PATH, 'utf8');
}

/** Strips inline Markdown: links keep their text, emphasis and code marks go. */
export function stripInlineMarkdown(text: string): string {
	return text
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
		.replace(/\*\*([^*]+)\*\*/g, '$1')
		.replace(/`([^`]+)`/g, '$1')
		.trim();
}

export function parseSeed(markdown: string): SeedParts {
	const parts: SeedParts = { headings: [], tableRows: [], listItems: [], paragraphs: [], codeLines: [] };
	const lines = markdown.split('\n');
	// `block` is the info string of the open fenced block (null when outside one).
	let block: string | null = null;
	let innerOpen = false;
	lines.forEach((rawLine, index) => {
		const line = rawLine.trim();
		if (line.startsWith('```')) {
			if (block === null) {
				block = line.slice(3);
			} else if (block !== 'markdown' || line !== '```') {
				block = null;
			} else if (innerOpen) {
				// The report template (a ```markdown block) holds plain ``` blocks of its own.
				innerOpen = false;
			} else if (nextNonBlank(lines, index).startsWith('## ') || nextNonBlank(lines, index) === '') {
				block = null;
			} else {
				innerOpen = true;
			}
			return;
		}
		if (block !== null) {
			if (line !== '') parts.codeLines.push(rawLine.replace(/^ {3}/, '').trimEnd());
			return;
		}
		if (line === '' || line === '---') return;
		if (/^#{1,6}\s/.test(line)) {
			parts.headings.push(stripInlineMarkdown(line.replace(/^#+\s*/, '')));
		} else if (line.startsWith('|')) {
			if (/^\|[\s|:-]+\|$/.test(line)) return; // separator row
			parts.tableRows.push(line.slice(1, -1).split('|').map(stripInlineMarkdown));
		} else if (/^([-*]|\d+\.)\s/.test(line)) {
			parts.listItems.push(stripInlineMarkdown(line.replace(/^([-*]|\d+\.)\s+/, '')));
		} else {
			parts.paragraphs.push(stripInlineMarkdown(line));
		}
	});
	return parts;
}

function nextNonBlank(lines: string[], index: number): string {
	return lines.slice(index + 1).find((line) => line.trim() !== '')?.trim() ?? '';
}
