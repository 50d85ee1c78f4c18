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

	for (const query of ['WAL corruption', 'collect_debug_info', 'WALLagCritical']) {
		it(`finds the guide for "${query}", with no request leaving the site`, async () => {
			const watched = await openWatchedPage(site);
			try {
				await watched.page.goto(site.url);
				const results = await search(watched.page, query);
				expect(results.some((r) => r.href.includes('/incident-response/'))).toBe(true);
				expect(watched.foreignRequests).toEqual([]);
				expect(watched.errors).toEqual([]);
			} finally {
				await watched.context.close();
			}
		});
	}
});
