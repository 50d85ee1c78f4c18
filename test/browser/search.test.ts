/** Starlight's Pagefind search works on the built site with no network beyond the site itself. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, openSite, openWatchedPage, type Site } from '../helpers/browser';
import { assertBuilt } from '../helpers/dist';

/** Opens the search dialog, types the query and returns the result titles and links. */
export async function search(page: import('playwright-core').Page, query: string) {
	await page.getByRole('button', { name: 'Search' }).first().click();
	const input = page.locator('#starlight__search input');
	await input.fill(query);
	const results = page.locator('.pagefind-ui__result-link');
	await results.first().waitFor({ timeout: 15_000 });
	return results.evaluateAll((links) =>
		links.map((link) => ({ text: link.textContent ?? '', href: link.getAttribute('href') ?? '' }))
	);
}

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
