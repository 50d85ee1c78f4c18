/**
 * Starlight's Pagefind search works on the built site with no network beyond the site itself, and
 * pasting an exact log line or alert name lands on the page that explains it: log signatures from
 * the facts find the error pattern catalog (and the issue that resolves them), alert names find
 * the alert's own page. One page searches every query, as a reader pasting one after another
 * would: Pagefind's WebAssembly and index load once. Pagefind's UI loads only once the reader reaches
 * for search (src/integrations/lazy-search.ts).
 * (Axe, console errors and foreign requests on every page: test/browser/every-page.test.ts.)
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, openSite, openWatchedPage, type Site, type WatchedPage } from '../helpers/browser';
import { assertBuilt } from '../helpers/dist';
import { search } from '../helpers/search';

// Where each query must lead (a path; a result anchored in the page counts). The guide must be
// among the results for the first three (the issue's own acceptance). Pagefind answers the exact
// script name "collect_debug_info" with the tools reference alone (it documents the script and
// links the guide); the guide is found for the same words written out.
const WORDS: [query: string, page: string][] = [
	['WAL corruption', '/incident-response/'],
	['WALLagCritical', '/incident-response/'],
	['collect debug info', '/incident-response/'],
	['collect_debug_info', '/reference/tools/'],
];

/** Exact signatures from the facts and alert names, and a page each must find. */
const LOG_LINES_AND_ALERTS: [query: string, page: string][] = [
	['Failed to deserialize WAL entry', '/troubleshooting/error-patterns/'],
	['Failed to deserialize WAL entry', '/common-issues/data-corruption/'],
	['Index corrupted or unavailable', '/troubleshooting/error-patterns/'],
	['Falling back to linear search', '/common-issues/index-corruption/'],
	['too many open files (EMFILE)', '/troubleshooting/error-patterns/'],
	['Missing memory space header', '/troubleshooting/error-patterns/'],
	['Invalid confidence interval', '/troubleshooting/error-patterns/'],
	// Engram never fails on a busy port: it moves to the next one and logs this (engram-cli/src/main.rs).
	['occupied, using port', '/common-issues/engram-wont-start/'],
	['failed to connect to all addresses', '/common-issues/grpc-connection-failures/'],
	['WALLagHigh', '/alerts/wal-lag-high/'],
	['IndexFallbackActive', '/alerts/index-fallback-active/'],
];

describeInBrowser('search', () => {
	let site: Site;
	let watched: WatchedPage;
	beforeAll(async () => {
		assertBuilt();
		site = await openSite();
		watched = await openWatchedPage(site);
		await watched.page.goto(site.url);
	});
	afterAll(async () => {
		await watched?.context.close();
		await site?.close();
		watched?.assertClean();
	});

	// First: it needs the page as loaded, before any search.
	it('loads Pagefind only when the reader reaches for search, then puts the caret in the box', async () => {
		const page = watched.page;
		const scripts: string[] = [];
		page.on('request', (request) => scripts.push(new URL(request.url()).pathname));
		// Long enough for the idle callback Starlight used to load the UI in.
		await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 300))));
		expect(scripts.filter((path) => /ui-core|pagefind/.test(path))).toEqual([]);
		await page.keyboard.press('Control+k');
		await expect.poll(() => page.evaluate(() => document.activeElement?.matches('#starlight__search input') ?? false)).toBe(true);
		expect(scripts.some((path) => path.includes('/_astro/ui-core'))).toBe(true);
	});

	for (const [query, expected] of [...WORDS, ...LOG_LINES_AND_ALERTS]) {
		it(`"${query}" finds ${expected}, with no request leaving the site`, async () => {
			const results = await search(watched.page, query);
			expect(results.map((result) => new URL(result.href, site.url).pathname)).toContain(expected);
			expect(watched.foreignRequests).toEqual([]);
			expect(watched.errors).toEqual([]);
		});
	}

	// Last: it leaves the page the others search from.
	it('a search result leads to the section that holds the log line', async () => {
		const results = await search(watched.page, 'Failed to deserialize WAL entry');
		const section = results.find((result) => result.href.includes('/troubleshooting/error-patterns/#'));
		expect(section, 'a sub-result anchored at a family heading').toBeDefined();
		await watched.page.goto(new URL(section!.href, site.url).href);
		const anchor = decodeURIComponent(new URL(section!.href, site.url).hash.slice(1));
		await expect(watched.page.locator(`[id="${anchor}"]`).count()).resolves.toBe(1);
		expect(watched.failedResponses).toEqual([]);
	});
});
