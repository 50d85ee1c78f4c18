/**
 * The Incident Response Guide page must show all of the user's seed guide: every heading, table
 * row, list item, paragraph line and template line. The seed is parsed here, so a line added to
 * the seed and not to the data fails this test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { parseSeed, readSeed } from '../helpers/seed';
import { assertBuilt, decodeEntities, readMain, squash } from '../helpers/dist';

const seed = parseSeed(readSeed());
let main: HTMLElement;
let text: string;

beforeAll(() => {
	assertBuilt();
	main = readMain('incident-response/index.html');
	text = squash(main.textContent);
});

const missing = (items: string[], present: (item: string) => boolean) => items.filter((item) => !present(item));

describe('the guide page renders the whole seed', () => {
	it('has every heading as a heading', () => {
		const headings = new Set(
			main.querySelectorAll('h1, h2, h3, h4, h5, h6').map((h) => squash(h.textContent))
		);
		// The seed's H1 is the page title, rendered by Starlight outside <main>'s content.
		const expected = seed.headings.filter((h) => h !== 'Incident Response Guide');
		expect(missing(expected, (h) => headings.has(squash(h)))).toEqual([]);
		expect(expected.length).toBe(40);
	});

	it('has every table row as a table row', () => {
		const rows = new Set(
			main.querySelectorAll('tr').map((tr) => squash(tr.querySelectorAll('th, td').map((c) => c.textContent).join('')))
		);
		const expected = seed.tableRows.map((cells) => cells.join(''));
		expect(missing(expected, (row) => rows.has(squash(row)))).toEqual([]);
		expect(expected.length).toBe(5 + 15);
	});

	it('has every list item', () => {
		const items = new Set(main.querySelectorAll('li').map((li) => squash(ownText(li))));
		expect(missing(seed.listItems, (item) => items.has(squash(item)))).toEqual([]);
	});

	it('has every paragraph line', () => {
		expect(missing(seed.paragraphs, (line) => text.includes(squash(line)))).toEqual([]);
	});

	it('has every template and command line inside a code block', () => {
		const codeLines = new Set(
			main.querySelectorAll('pre .ec-line, pre code').flatMap((el) =>
				decodeEntities(el.textContent).split('\n').map((line) => line.trimEnd())
			)
		);
		const missingLines = missing(seed.codeLines, (line) => codeLines.has(line));
		expect(missingLines).toEqual([]);
		expect(seed.codeLines.length).toBeGreaterThan(200);
	});
});

/** A list item's own text, without the text of nested lists and code blocks. */
function ownText(li: HTMLElement): string {
	const clone = li.clone() as HTMLElement;
	// Our annotations beside a guide step (caution, provenance, defect notes) are not the guide's text.
	for (const nested of clone.querySelectorAll('ul, ol, pre, .expressive-code, .ref-caveat, .ref-provenance, .ref-defect')) nested.remove();
	return clone.textContent;
}
