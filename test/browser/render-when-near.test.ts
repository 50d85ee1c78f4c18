/**
 * Large blocks are drawn only when they come near the screen (src/styles/render-when-near.css):
 * on a phone, the guide's blocks far below are skipped at load; scrolling to one, or following a
 * link to an anchor inside one, draws it; printing draws them all.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser, openSite, type Site, useSharedTab } from '../helpers/browser';
import { assertBuilt } from '../helpers/dist';

const PHONE = { width: 390, height: 844 };

/**
 * For each block matching `selector`: is its content drawn now? (A skipped block's own box stays;
 * what it skips is its content, so the block's first child is asked.)
 */
const drawn = (page: Page, selector: string) =>
	page.$$eval(selector, (blocks) => blocks.map((block) => block.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }) ?? false));

describeInBrowser('blocks drawn when near the screen', () => {
	let site: Site;
	beforeAll(async () => {
		assertBuilt();
		site = await openSite();
	});
	afterAll(() => site?.close());
	const tab = useSharedTab(() => site, { viewport: PHONE });

	it('skips the guide’s blocks far below the first screen, and draws one when scrolled to', async () => {
		const page = await tab.open('incident-response/');
		const phases = await drawn(page, '.response-phase');
		expect(phases.length).toBeGreaterThanOrEqual(5);
		expect(phases.filter((shown) => !shown).length, 'response phases skipped at load').toBeGreaterThanOrEqual(3);
		const templates = await drawn(page, '.template-block');
		expect(templates.every((shown) => !shown), 'template blocks skipped at load').toBe(true);

		await page.locator('.template-block').last().scrollIntoViewIfNeeded();
		await expect.poll(async () => (await drawn(page, '.template-block')).at(-1)).toBe(true);
		const height = await page.locator('.template-block').last().evaluate((el) => el.getBoundingClientRect().height);
		expect(height).toBeGreaterThan(50);
	});

	it('draws the block around an anchor a link leads to, and shows it on screen', async () => {
		// Not `hydrated`: waiting for hydration scrolls each island into view and back to the same
		// offset, which, once an island above has grown, is no longer the anchor's (it failed so
		// under load). A reader who follows the link does not scroll, and neither does this test.
		const page = await tab.open('tools/templates/#template-sev1-progress-update', { hydrated: false });
		const heading = page.locator('#template-sev1-progress-update');
		expect(await heading.evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }))).toBe(true);
		// Where the heading is once the page has settled (the islands above it hydrate after load).
		await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'), undefined, { timeout: 20_000 }).catch(() => undefined);
		const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
		expect(top).toBeGreaterThanOrEqual(0);
		expect(top).toBeLessThan(PHONE.height);
	});

	it('prints every block', async () => {
		const page = await tab.open('incident-response/');
		expect((await drawn(page, '.template-block')).some((shown) => !shown)).toBe(true);
		await page.emulateMedia({ media: 'print' });
		const deferred = await page.evaluate(
			() => [...document.querySelectorAll('body *')].filter((el) => getComputedStyle(el).contentVisibility === 'auto').length
		);
		expect(deferred).toBe(0);
		await page.emulateMedia({ media: 'screen' });
	});
});
