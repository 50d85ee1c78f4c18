/** Drives Starlight's Pagefind search dialog like a reader would. */
import type { Page } from 'playwright-core';

/**
 * Opens the search dialog (unless it is open already), types the query and returns every
 * result's title and link, pressing "Load more results" until all are shown. The same page can
 * search again and again: Pagefind's WebAssembly and index stay loaded, as for a reader.
 */
export async function search(page: Page, query: string) {
	const input = page.locator('#starlight__search input');
	if (!(await input.isVisible())) await page.getByRole('button', { name: 'Search' }).first().click();
	await input.fill(query);
	// The message names the query once its results are shown ("12 results for WAL corruption"),
	// so a second search never reads the first one's results.
	await page.waitForFunction(
		(term) => (document.querySelector('.pagefind-ui__message')?.textContent ?? '').includes(term),
		query,
		{ timeout: 15_000 }
	);
	const results = page.locator('.pagefind-ui__result-link');
	await results.first().waitFor({ timeout: 15_000 });
	const more = page.locator('.pagefind-ui__button', { hasText: 'Load more results' });
	for (let round = 0; round < 10 && (await more.count()) > 0; round++) {
		const before = await results.count();
		await more.click();
		await page.waitForFunction(
			(count) => document.querySelectorAll('.pagefind-ui__result-link').length > count,
			before,
			{ timeout: 10_000 }
		);
	}
	// Each result shows a skeleton until its fragment loads; reading before then misses results
	// (a flaky CI failure once: 8 links read while a ninth was still loading).
	await page.waitForFunction(() => !document.querySelector('.pagefind-ui__results .pagefind-ui__loading'), null, {
		timeout: 15_000,
	});
	return results.evaluateAll((links) =>
		links.map((link) => ({ text: link.textContent ?? '', href: link.getAttribute('href') ?? '' }))
	);
}
