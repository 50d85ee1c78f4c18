/**
 * The built reference pages show their data the way an operator needs it: every log signature as
 * text on the catalog (so search finds it), one page per alert, each issue's recovery commands in
 * safe order inside copyable code blocks, and no "not published" note for a page that exists here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { alertSlug } from '~/lib/alerts/slug';
import { COMMON_ISSUE_SECTIONS } from '~/lib/common-issues/sections';
import { normaliseBasePath } from '~/lib/shared/base-path';
import { assertBuilt, decodeEntities, DIST, listHtmlFiles, readMain } from '../helpers/dist';
import { loadReferenceData } from '../helpers/reference-data';

const data = loadReferenceData();
const codeText = (file: string) =>
	readMain(file)
		.querySelectorAll('pre')
		.map((pre) => decodeEntities(pre.querySelectorAll('.ec-line').map((line) => line.textContent).join('\n')))
		.join('\n');

beforeAll(() => assertBuilt());

describe('the error pattern catalog', () => {
	it('shows every log signature verbatim, as text', () => {
		const codes = new Set(
			readMain('troubleshooting/error-patterns/index.html')
				.querySelectorAll('.ref-signatures code')
				.map((code) => decodeEntities(code.textContent))
		);
		const signatures = data.errorFamilies.flatMap((family) => family.signatures);
		expect(signatures.length).toBeGreaterThanOrEqual(35);
		expect(signatures.filter((signature) => !codes.has(signature))).toEqual([]);
	});
});

describe('the alert pages', () => {
	it('exist for every alert, titled with its name, and the index links to each', () => {
		const index = readMain('alerts/index.html');
		const links = new Set(index.querySelectorAll('a').map((a) => a.getAttribute('href')));
		for (const alert of data.alerts) {
			const file = `alerts/${alertSlug(alert.name)}/index.html`;
			expect(existsSync(join(DIST, file)), file).toBe(true);
			expect(readMain(file).querySelector('h1')?.textContent.trim()).toBe(alert.name);
			expect(links.has(`${normaliseBasePath(process.env.BASE_PATH)}alerts/${alertSlug(alert.name)}/`), alert.name).toBe(true);
		}
	});

	it('say when no rule defines the alert', () => {
		const text = readMain('alerts/wal-lag-critical/index.html').textContent;
		expect(text).toMatch(/no rule file or document defines it/);
	});
});

describe('the common-issue pages', () => {
	const base = normaliseBasePath(process.env.BASE_PATH);
	it('exist for every issue file, titled as its data, with every section in the page and its table of contents', () => {
		for (const issue of data.issues) {
			const file = `common-issues/${issue.slug}/index.html`;
			expect(existsSync(join(DIST, file)), file).toBe(true);
			const html = readFileSync(join(DIST, file), 'utf8');
			const main = readMain(file);
			expect(main.querySelector('h1')?.textContent.trim(), file).toBe(issue.title);
			expect(main.querySelectorAll('.sl-heading-wrapper.level-h2 > h2').map((h2) => `${h2.id}:${h2.textContent.trim()}`), file).toEqual(
				COMMON_ISSUE_SECTIONS.map((section) => `${section.id}:${section.text}`)
			);
			const toc = [...html.matchAll(/<starlight-toc[\s\S]*?<\/starlight-toc>/g)][0]?.[0] ?? '';
			for (const section of COMMON_ISSUE_SECTIONS) expect(toc, `${file} TOC`).toContain(`href="#${section.id}"`);
			expect(html, file).toContain('data-pagefind-body');
			expect(html, file).toMatch(new RegExp(`<meta name="description" content="Issue ${issue.number} of the \\w+ common issues`));
			// In the sidebar (a link item, under the base path) and marked as the current page.
			expect(html, file).toContain(`href="${base}common-issues/${issue.slug}/" aria-current="page"`);
		}
	});

	for (const issue of data.issues) {
		it(`${issue.slug}: every recovery mode shows its dry run before the real run`, () => {
			const code = codeText(`common-issues/${issue.slug}/index.html`);
			const runs = [...code.matchAll(/emergency_recovery\.sh ([^\n]*)/g)].map((match) => match[1] ?? '');
			for (const [index, args] of runs.entries()) {
				if (args.includes('--dry-run')) continue;
				const mode = args.split(/\s+/).find((arg) => arg.startsWith('--') && arg !== '--backup-first' && arg !== '--space');
				expect(runs.slice(0, index).some((earlier) => earlier.includes(`${mode}`) && earlier.includes('--dry-run'))).toBe(true);
			}
		});
	}

	it('show each cause as an anchored section with context, action and its commands', () => {
		const main = readMain('common-issues/wal-lag/index.html');
		for (const cause of data.issues.find((issue) => issue.slug === 'wal-lag')!.causes) {
			const section = main.querySelector(`#cause-${cause.id}`)?.closest('section');
			expect(section?.textContent, cause.id).toMatch(/Context:.*Action:/s);
		}
	});
});

describe('"not published yet" notes', () => {
	it('appear on no page: every page a link names is built (a link to a missing page fails the build)', () => {
		const wrong: string[] = [];
		for (const page of listHtmlFiles()) {
			// The raw file, as a reader gets it.
			const html = readFileSync(join(DIST, page), 'utf8');
			for (const [note] of html.matchAll(/[^>]{0,40}not published yet/g)) wrong.push(`${page}: ${note}`);
		}
		expect(wrong).toEqual([]);
	});
});

describe('inline labels', () => {
	// Astro drops the white space at a line break between text and an element, so a badge or a
	// tag can end up glued to the next word ("SEV2The …"). Every label must stand apart.
	const PAGES = [
		'common-issues/wal-lag/index.html',
		'common-issues/index.html',
		'alerts/engram-down/index.html',
		'alerts/index.html',
		'troubleshooting/error-patterns/index.html',
		'reference/tools/index.html',
		'monitoring/index.html',
		'backup-restore/index.html',
	];
	for (const page of PAGES) {
		it(`are separated from the words around them on ${page}`, () => {
			const glued: string[] = [];
			for (const label of readMain(page).querySelectorAll('.severity-badge, .ref-tag, .ref-label, code')) {
				const before = label.previousSibling;
				const after = label.nextSibling;
				const beforeText = before?.nodeType === 3 ? before.rawText : before ? ' ' : ' ';
				const afterText = after?.nodeType === 3 ? after.rawText : after ? ' ' : ' ';
				if (/\w$/.test(beforeText) || /^\w/.test(afterText) || (after && after.nodeType === 1 && /^(code|a|span|strong)$/i.test((after as { tagName?: string }).tagName ?? '') && !label.matches('code'))) {
					glued.push(`${beforeText.slice(-15)}[${label.textContent}]${afterText.slice(0, 15)}`);
				}
			}
			expect(glued).toEqual([]);
		});
	}
});
