/** Drives Starlight's Pagefind search dialog like a reader would. */
import type { Page } from 'playwright-core';

/** Opens the search dialog, types the query and returns the result titles and links. */
export async function search(page: Page, query: string) {
	await page.getByRole('button', { name: 'Search' }).first().click();
	const input = page.locator('#starlight__search input');
	await input.fill(query);
	const results = page.locator('.pagefind-ui__result-link');
	await results.first().waitFor({ timeout: 15_000 });
	return results.evaluateAll((links) =>
		links.map((link) => ({ text: link.textContent ?? '', href: link.getAttribute('href') ?? '' }))
	);
}
