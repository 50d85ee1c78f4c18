/**
 * What the site's 404 page must offer a reader who lands on it (online, offline, under a base
 * path): its heading, a link to each tool under the site's base, and search.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

export const TOOL_LINKS = ['Severity classifier', 'Escalation lookup', 'Communication templates', 'Troubleshooting and decision trees'];

export async function expectNotFoundPage(page: Page, base: string) {
	await expect(page.locator('main h1').textContent()).resolves.toContain('Page not found');
	for (const name of TOOL_LINKS) {
		const link = page.getByRole('link', { name, exact: true });
		await expect(link.count(), name).resolves.toBe(1);
		expect(await link.getAttribute('href')).toMatch(new RegExp(`^${base}[a-z/-]+/$`));
	}
	await expect(page.getByRole('button', { name: 'Search the runbook' }).count()).resolves.toBe(1);
}
