/**
 * Tables that become cards on a phone (table.cards-on-phone, src/styles/custom.css) label every
 * cell with its column, since the column headers are hidden there: each cell's data-label is the
 * text of its column's header. And the tables the issue named are among them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, DIST, listHtmlFiles } from '../helpers/dist';

describe('tables shown as cards on a phone', () => {
	let tables: { file: string; headers: string[]; rows: { label: string | undefined }[][] }[] = [];
	beforeAll(() => {
		assertBuilt();
		tables = listHtmlFiles().flatMap((file) =>
			parse(readFileSync(join(DIST, file), 'utf8'))
				.querySelectorAll('table.cards-on-phone')
				.map((table) => ({
					file,
					headers: table.querySelectorAll('thead th').map((th) => th.textContent.replace(/\s+/g, ' ').trim()),
					rows: table.querySelectorAll('tbody tr').map((tr) => tr.querySelectorAll('td').map((td) => ({ label: td.getAttribute('data-label') }))),
				}))
		);
	});

	it('include the quick reference, the escalation matrix and the on-call card', () => {
		const files = new Set(tables.map((table) => table.file));
		expect(files).toContain('index.html');
		expect(files).toContain('incident-response/index.html');
		expect(files).toContain('on-call-card/index.html');
	});

	it('label every cell with its column header', () => {
		const wrong: string[] = [];
		for (const { file, headers, rows } of tables) {
			rows.forEach((cells, row) =>
				cells.forEach(({ label }, column) => {
					// The first header belongs to the row headers (th scope=row), the cells follow it.
					const header = headers[column + 1];
					if (label !== header) wrong.push(`${file} row ${row + 1} cell ${column + 1}: data-label ${JSON.stringify(label)}, header ${JSON.stringify(header)}`);
				})
			);
		}
		expect(tables.length).toBeGreaterThanOrEqual(3);
		expect(wrong).toEqual([]);
	});
});
