/**
 * The incident reports archive and the metrics in the build (dist/): the index lists every report
 * as a plain list (the filter is hidden until its script runs), practice apart; each report has a
 * page in the search index; the guide's archive link goes there; the issue and tree pages say
 * where they were seen; the metrics page's charts are SVG in the HTML and it ships no JavaScript
 * of its own (no script beyond what a plain content page loads).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, DIST, readMain } from '../helpers/dist';
import { searchIndex } from '../helpers/search-index';

const html = (page: string, root = DIST) => readFileSync(join(root, page), 'utf8');

/** The JS a page loads: script src, island component/renderer URLs and inline scripts. */
function scriptsOf(text: string): string[] {
	return [
		...[...text.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!),
		...[...text.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)].map((m) => m[1]!),
		...[...text.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!.trim()).filter((s) => s !== ''),
	];
}

beforeAll(() => assertBuilt());

describe('the archive index', () => {
	it('lists the reports newest first, practice apart, each linking its page', () => {
		const main = readMain('incident-reports/index.html');
		const real = main.querySelectorAll('[data-ir-list="real"] > li a').map((a) => a.getAttribute('href'));
		const practice = main.querySelectorAll('[data-ir-list="practice"] > li a').map((a) => a.getAttribute('href'));
		expect(real).toEqual(['/incident-reports/inc-2026-11-18-001/', '/incident-reports/inc-2026-10-07-001/']);
		expect(practice).toEqual(['/incident-reports/inc-2026-11-26-001/']);
		for (const href of [...real, ...practice]) expect(html(`${href!.slice(1)}index.html`)).toContain('<main');
	});

	it('works as a plain list without JavaScript: the filter is hidden until its script shows it', () => {
		const main = readMain('incident-reports/index.html');
		const filter = main.querySelector('[data-ir-filter]');
		expect(filter?.hasAttribute('hidden')).toBe(true);
		expect(filter?.querySelectorAll('select').map((s) => s.getAttribute('name'))).toEqual(['severity', 'service', 'cause']);
		expect(main.querySelectorAll('[data-ir-list] > li[hidden]')).toHaveLength(0);
	});

	it('is the target of the guide’s “Incident Reports Archive” link', () => {
		const main = readMain('incident-response/index.html');
		const link = main.querySelectorAll('a').find((a) => a.textContent.trim() === 'Incident Reports Archive');
		expect(link?.getAttribute('href')).toBe('/incident-reports/');
	});
});

describe('a report page', () => {
	it('shows the frontmatter facts, links what it involved, renders the Markdown, and is in the search index', () => {
		const main = readMain('incident-reports/inc-2026-11-18-001/index.html');
		const text = main.textContent;
		expect(text).toContain('EXAMPLE');
		expect(text).toContain('invalid-config-deployed');
		expect(text).toContain('2026-11-18 02:15 UTC');
		const hrefs = main.querySelectorAll('a').map((a) => a.getAttribute('href'));
		expect(hrefs).toContain('/troubleshooting/service-unavailability/');
		expect(hrefs).toContain('/common-issues/engram-wont-start/');
		expect(main.querySelectorAll('h2').map((h) => h.textContent.trim())).toEqual(expect.arrayContaining(['Prevention actions', 'Executive Summary', 'Root Cause']));
		const index = searchIndex();
		expect(index.get('/incident-reports/inc-2026-11-18-001/')).toContain('crash loop');
	});

	it('a practice report says PRACTICE in its title', () => {
		expect(html('incident-reports/inc-2026-11-26-001/index.html')).toMatch(/<h1[^>]*>PRACTICE — INC-2026-11-26-001/);
	});
});

describe('seen in', () => {
	it('common-issue and tree pages list the incidents that involved them; others list none', () => {
		const issue = readMain('common-issues/engram-wont-start/index.html').querySelector('[data-seen-in="issue:engram-wont-start"]');
		expect(issue?.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain('/incident-reports/inc-2026-11-18-001/');
		const tree = readMain('troubleshooting/data-integrity/index.html').querySelector('[data-seen-in="tree:data-integrity"]');
		expect(tree?.textContent).toContain('INC-2026-11-26-001');
		expect(tree?.textContent).toContain('PRACTICE');
		expect(readMain('common-issues/wal-lag/index.html').querySelector('[data-seen-in]')).toBeNull();
	});
});

describe('the metrics page', () => {
	it('shows each goal in the guide’s words with met / missed in words', () => {
		const main = readMain('incident-metrics/index.html');
		const rows = main.querySelectorAll('table.ir-goals tr[data-goal]');
		expect(rows.length).toBe(5 * 6); // five goals × (three periods + three reviews)
		for (const row of rows) expect(['Met', 'Missed', 'No data']).toContain(row.querySelector('.ir-status')?.textContent.trim());
		expect(main.textContent).toContain('SEV1 MTTD (Mean Time To Detect) < 5 minutes');
	});

	it('draws its chart as SVG in the HTML with the numbers in a table', () => {
		const main = readMain('incident-metrics/index.html');
		expect(main.querySelectorAll('svg.ir-chart rect').length).toBeGreaterThan(0);
		expect(main.querySelectorAll('table.ir-month-table tbody tr').length).toBeGreaterThanOrEqual(12);
	});

	it('ships no JavaScript of its own: nothing beyond a plain content page’s scripts', () => {
		const plain = new Set(scriptsOf(html('monitoring/index.html')));
		const own = scriptsOf(html('incident-metrics/index.html')).filter((script) => !plain.has(script));
		expect(own).toEqual([]);
		expect(html('incident-metrics/index.html')).not.toContain('<astro-island');
	});
});
