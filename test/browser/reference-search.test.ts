/**
 * Pasting an exact log line or alert name into the site search lands on the page that explains
 * it: log signatures from the facts find the error pattern catalog (and the issue that resolves
 * them), alert names find the alert's own page. All in Chromium, with no request leaving the site.
 * (Axe, console errors and foreign requests on every page: test/browser/every-page.test.ts.)
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, openSite, openWatchedPage, type Site } from '../helpers/browser';
import { assertBuilt } from '../helpers/dist';
import { search } from '../helpers/search';

/** Exact signatures from the facts, and a page each must find (path fragment). */
const CASES: [query: string, expected: string][] = [
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

describeInBrowser('searching log lines and alert names', () => {
	let site: Site;
	beforeAll(async () => {
		assertBuilt();
		site = await openSite();
	});
	afterAll(() => site?.close());

	for (const [query, expected] of CASES) {
		it(`"${query}" finds ${expected}`, async () => {
			const watched = await openWatchedPage(site);
			try {
				await watched.page.goto(site.url);
				const results = await search(watched.page, query);
				expect(results.map((result) => new URL(result.href, site.url).pathname)).toContain(expected);
				expect(watched.foreignRequests).toEqual([]);
				expect(watched.errors).toEqual([]);
			} finally {
				await watched.context.close();
			}
		});
	}

	it('a search result leads to the section that holds the log line', async () => {
		const watched = await openWatchedPage(site);
		try {
			await watched.page.goto(site.url);
			const results = await search(watched.page, 'Failed to deserialize WAL entry');
			const section = results.find((result) => result.href.includes('/troubleshooting/error-patterns/#'));
			expect(section, 'a sub-result anchored at a family heading').toBeDefined();
			await watched.page.goto(new URL(section!.href, site.url).href);
			const anchor = decodeURIComponent(new URL(section!.href, site.url).hash.slice(1));
			await expect(watched.page.locator(`[id="${anchor}"]`).count()).resolves.toBe(1);
			expect(watched.failedResponses).toEqual([]);
		} finally {
			await watched.context.close();
		}
	});
});
