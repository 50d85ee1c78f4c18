/**
 * The escalation lookup in the built site: its page reads completely without JavaScript (the
 * matrix in the guide's order, every trigger, the response times), its island loads on page load,
 * and the guide embeds it right after the matrix table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { assertBuilt, DIST, readMain, squash } from '../helpers/dist';
import { loadRunbookData } from '../helpers/data';
import { readSeed } from '../helpers/seed';

const data = loadRunbookData();

/** The situations of the seed's escalation matrix, in its order. */
function seedSituations(): string[] {
	const section = readSeed().split('## Escalation Decision Matrix')[1]!.split('\n## ')[0]!;
	return section
		.split('\n')
		.filter((line) => line.startsWith('|') && !line.startsWith('|---') && !line.startsWith('| Situation'))
		.map((line) => line.split('|')[1]!.trim());
}

const situationsIn = (main: HTMLElement) =>
	main.querySelectorAll('table.escalation-matrix tbody th[scope=row]').map((th) => th.textContent.trim());

let tool: HTMLElement;
let guide: HTMLElement;
beforeAll(() => {
	assertBuilt();
	tool = readMain('tools/escalation/index.html');
	guide = readMain('incident-response/index.html');
});

describe('the escalation lookup page without JavaScript', () => {
	it('shows the whole matrix, in the guide’s order', () => {
		expect(situationsIn(tool)).toEqual(seedSituations());
	});

	it('shows every trigger of every level, and how they are read', () => {
		const text = squash(tool.textContent);
		for (const trigger of data.escalationLevels.flatMap((level) => level.triggers)) {
			expect(text).toContain(squash(trigger.text));
		}
		expect(text).toContain(squash('Level 1’s escalation triggers are reasons to engage Level 2'));
		expect(text).toContain(squash('“Multi-hour outage” = 2 hours or more since the start'));
	});

	it('shows the response time of each level per severity, and says where the guide gives none', () => {
		const rows = tool.querySelectorAll('table.escalation-response-times tbody tr').map((tr) => squash(tr.textContent));
		expect(rows).toHaveLength(data.escalationLevels.length);
		expect(rows[1]).toContain(squash('<2 hours<8 hoursnot givennot given'));
		expect(rows[2]).toContain(squash('<4 hoursnext business daynot givennot given'));
	});

	it('loads the island on page load, with the data as props and no user text', () => {
		const html = readFileSync(join(DIST, 'tools/escalation/index.html'), 'utf8');
		expect(html).toMatch(/<astro-island[^>]+component-url="[^"]*EscalationLookup[^"]*"[^>]+client="load"/);
	});
});

describe('the guide', () => {
	it('keeps its matrix table in the guide’s order', () => {
		expect(situationsIn(guide)).toEqual(seedSituations());
	});

	it('embeds the lookup right after the matrix table, before the next section', () => {
		const html = readFileSync(join(DIST, 'incident-response/index.html'), 'utf8');
		const matrix = html.indexOf('class="escalation-matrix ');
		const island = html.indexOf('EscalationLookup', matrix);
		const nextSection = html.indexOf('id="communication-templates"');
		expect(matrix).toBeGreaterThan(0);
		expect(island).toBeGreaterThan(matrix);
		expect(island).toBeLessThan(nextSection);
	});
});
