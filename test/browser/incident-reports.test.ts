/**
 * The archive's filter in real Chromium: choosing a severity, service or root cause narrows the
 * list without a reload, keeps the choice in the address (reload and shared links show the same
 * list), says how many are shown in a live region, clears; without JavaScript the whole list
 * shows and the filter stays hidden. Axe once on the filtered state, in both themes.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser, openSite, reloadHydrated, runAxe, switchTheme, withPage, type Site } from '../helpers/browser';
import { assertBuilt } from '../helpers/dist';

const ARCHIVE = 'incident-reports/';
const POLL = { timeout: 10_000 };

describeInBrowser('incident reports archive', () => {
	let site: Site;
	beforeAll(async () => {
		assertBuilt();
		site = await openSite();
	});
	afterAll(() => site?.close());

	const shown = (page: Page) => page.locator('[data-ir-list="real"] > li:not([hidden]) .ir-id').allInnerTexts();
	const count = (page: Page) => page.locator('[data-ir-count]').innerText();

	it('filters by severity, service and root cause, in the address, without a reload', async () => {
		await withPage(site, ARCHIVE, async (page) => {
			await page.getByLabel('Severity').waitFor();
			expect(await shown(page)).toEqual(['INC-2026-11-18-001', 'INC-2026-10-07-001']);
			expect(await count(page)).toBe('All 2 incidents shown.');
			await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));

			await page.getByLabel('Severity').selectOption('sev2');
			await expect.poll(() => shown(page), POLL).toEqual(['INC-2026-10-07-001']);
			expect(await count(page)).toBe('1 of 2 incidents shown.');
			expect(new URL(page.url()).search).toBe('?severity=sev2');

			await page.getByLabel('Service').selectOption('grpc-api');
			await expect.poll(() => shown(page), POLL).toEqual([]);
			expect(await count(page)).toContain('No incident matches');

			await page.getByLabel('Severity').selectOption('');
			await page.getByLabel('Root cause').selectOption('invalid-config-deployed');
			await expect.poll(() => shown(page), POLL).toEqual(['INC-2026-11-18-001']);
			expect(new URL(page.url()).search).toBe('?service=grpc-api&cause=invalid-config-deployed');
			expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1); // no reload

			await switchTheme(page, 'light');
			expect(await runAxe(page)).toEqual([]);
			await switchTheme(page, 'dark');
			expect(await runAxe(page)).toEqual([]);

			await reloadHydrated(page);
			await expect.poll(() => shown(page), POLL).toEqual(['INC-2026-11-18-001']);
			expect(await page.getByLabel('Root cause').inputValue()).toBe('invalid-config-deployed');

			await page.getByRole('button', { name: 'Clear filters' }).click();
			await expect.poll(() => shown(page), POLL).toHaveLength(2);
			expect(new URL(page.url()).search).toBe('');
		});
	});

	it('opens a shared filtered link, and ignores a value no report has', async () => {
		await withPage(site, `${ARCHIVE}?severity=sev1&cause=nonsense`, async (page) => {
			await page.getByLabel('Severity').waitFor();
			await expect.poll(() => shown(page), POLL).toEqual(['INC-2026-11-18-001']);
			expect(await page.getByLabel('Root cause').inputValue()).toBe('');
		});
	});

	it('without JavaScript: the plain list, practice apart, no filter', async () => {
		await withPage(
			site,
			`${ARCHIVE}?severity=sev2`,
			async (page) => {
				expect(await page.locator('[data-ir-list="real"] > li').count()).toBe(2);
				expect(await page.locator('[data-ir-list="practice"] > li').count()).toBe(1);
				expect(await page.locator('[data-ir-filter]').isVisible()).toBe(false);
			},
			{ javaScriptEnabled: false }
		);
	});
});
