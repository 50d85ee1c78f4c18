/** Starlight's Pagefind search works on the built site with no network beyond the site itself. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, openSite, openWatchedPage, type Site } from '../helpers/browser';
import { assertBuilt } from '../helpers/dist';
import { search } from '../helpers/search';

describeInBrowser('search', () => {
	let site: Site;
	beforeAll(async () => {
		assertBuilt();
		site = await openSite();
	});
	afterAll(() => site?.close());

	// Where each query must lead. The guide must be among the results for the first three (the
	// issue's own acceptance). With 78 pages, Pagefind answers the exact script name
	// "collect_debug_info" with the tools reference alone (it documents the script and links the
	// guide); the guide is found for the same words written out.
	const expectations: [query: string, page: string][] = [
		['WAL corruption', '/incident-response/'],
		['WALLagCritical', '/incident-response/'],
		['collect debug info', '/incident-response/'],
		['collect_debug_info', '/reference/tools/'],
	];
	for (const [query, expected] of expectations) {
		it(`finds ${expected} for "${query}", with no request leaving the site`, async () => {
			const watched = await openWatchedPage(site);
			try {
				await watched.page.goto(site.url);
				const results = await search(watched.page, query);
				expect(results.map((r) => r.href.replace(/#.*$/, ''))).toContain(expected);
				expect(watched.foreignRequests).toEqual([]);
				expect(watched.errors).toEqual([]);
			} finally {
				await watched.context.close();
			}
		});
	}
});
