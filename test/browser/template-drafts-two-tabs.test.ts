/**
 * Two tabs typing into one template draft at once, in real Chromium (one browser context, so one
 * localStorage): keystrokes alternate between the tabs, one character at a time. Into different
 * fields, every keystroke of both is kept in both tabs (and after a reload), and the caret of the
 * field being typed into does not jump when another tab's edit arrives; into the same field, the
 * later edit wins, identically in both; a clear in one clears both, and an edit after it is kept.
 * The same for a draft filled from an incident. Tab A is the file's shared watched tab (each test
 * starts as a first visit, checked after each), tab B a second tab of its browser.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser, gotoHydrated, openSite, reloadHydrated, type Site, useSharedTab } from '../helpers/browser';
import { assertBuilt } from '../helpers/dist';

const TEMPLATE = 'sev1-progress-update';
const control = (page: Page, field: string) => page.locator(`#tg-${TEMPLATE}-${field}`);
const valueOf = (page: Page, field: string) => control(page, field).inputValue();
/** The values of the `fields` named, read in one round trip. */
const valuesOf = (page: Page, fields: string[]) =>
	page.evaluate(
		({ template, fields }) =>
			Object.fromEntries(
				fields.map((field) => [field, document.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#tg-${template}-${field}`)?.value ?? null])
			),
		{ template: TEMPLATE, fields }
	);

/**
 * Clicks `field` in `page`, bringing that tab to the front first, as a reader does: a click in a
 * tab behind another waits up to 2 s for a frame that a background tab does not draw.
 */
async function clickIn(page: Page, field: string): Promise<void> {
	await page.bringToFront();
	await control(page, field).click();
}

/** Types `textA` in page A and `textB` in page B, one character each in turn, into the focused fields. */
async function interleave(a: Page, textA: string, b: Page, textB: string): Promise<void> {
	for (let i = 0; i < Math.max(textA.length, textB.length); i++) {
		if (textA[i]) await a.keyboard.type(textA[i]!);
		if (textB[i]) await b.keyboard.type(textB[i]!);
	}
}

/** Both tabs show `expected` in every field named (polled: the other tab's edit arrives by event). */
async function expectBoth(pages: Page[], expected: Record<string, string>): Promise<void> {
	for (const page of pages) await expect.poll(() => valuesOf(page, Object.keys(expected))).toEqual(expected);
}

describeInBrowser('template drafts in two tabs', () => {
	let site: Site;
	beforeAll(async () => {
		assertBuilt();
		site = await openSite();
	});
	afterAll(() => site?.close());
	const tab = useSharedTab(() => site);

	/**
	 * Two tabs of one browser (one context, one localStorage) on `path()`: the shared tab, on a first
	 * visit (to `before.path`, where `before.run` runs first, when given), and a new one.
	 */
	async function twoTabs(path: () => string, before?: { path: string; run: (page: Page) => Promise<void> }) {
		const a = await tab.open(before?.path ?? path());
		if (before) {
			await before.run(a);
			await gotoHydrated(a, site.url + path());
		}
		const b = await tab.context.newPage();
		await gotoHydrated(b, site.url + path());
		return { a, b };
	}

	it('keeps every keystroke of both tabs typing into different fields, and the later edit of one field', async () => {
		const { a, b } = await twoTabs(() => `tools/templates/?template=${TEMPLATE}`);
		const textA = 'Replica lag, shard 7';
		const textB = 'Within 30 min, maybe';
		expect(textA).toHaveLength(20);
		expect(textB).toHaveLength(20);

		// Tab A types between two characters already there: its caret must stay where it is.
		await control(a, 'brief-description').fill('[]');
		await expectBoth([a, b], { 'brief-description': '[]' });
		await control(a, 'brief-description').press('End');
		await control(a, 'brief-description').press('ArrowLeft');
		await clickIn(b, 'eta');
		await interleave(a, textA, b, textB);
		const different = { 'brief-description': `[${textA}]`, eta: textB };
		await expectBoth([a, b], different);
		expect(await a.locator('.tg-status').textContent()).toBe('Another tab changed “ETA to resolution”; both tabs’ edits are kept.');
		expect(await b.locator('.tg-status').textContent()).toBe('Another tab changed “Brief description”; both tabs’ edits are kept.');

		// The same field from both: keystrokes alternate, then tab B types once more, clearly later.
		await clickIn(a, 'eta');
		await control(a, 'eta').press('End');
		await control(b, 'eta').press('End');
		await interleave(a, ' aaaaa', b, ' bbbbb');
		await a.waitForTimeout(100);
		await b.keyboard.type('!');
		const later = await valueOf(b, 'eta');
		expect(later.endsWith('!')).toBe(true);
		await expectBoth([a, b], { 'brief-description': `[${textA}]`, eta: later });

		await reloadHydrated(a);
		await reloadHydrated(b);
		await expectBoth([a, b], { 'brief-description': `[${textA}]`, eta: later });

		// A clear in tab A clears tab B too; what B types after it is kept.
		await a.bringToFront(); // see clickIn
		await a.getByRole('button', { name: 'Clear this draft…' }).click();
		await a.getByRole('button', { name: 'Yes, clear the draft' }).click();
		await expectBoth([a, b], { 'brief-description': '', eta: '' });
		await clickIn(b, 'eta');
		await b.keyboard.type('after');
		await reloadHydrated(a);
		await expectBoth([a, b], { 'brief-description': '', eta: 'after' });
	});

	it('does the same for a draft filled from an incident', async () => {
		let uid = '';
		// Declare an incident in the console first: the generator then fills from it.
		const { a, b } = await twoTabs(() => `tools/templates/?template=${TEMPLATE}&incident=${uid}`, {
			path: 'incident/?declare=sev1',
			run: async (page) => {
				await page.getByLabel('Title', { exact: true }).fill('API returning 503');
				await page.getByRole('button', { name: 'Declare incident' }).click();
				await page.locator('#ic-selected-heading').waitFor();
				const key = await page.evaluate(() => Object.keys(localStorage).find((k) => /^engram-runbook:incident:[a-z0-9]+$/.test(k)));
				uid = key!.split(':').at(-1)!;
			},
		});
		expect(await a.locator('.tg-incident').textContent()).toContain('Filled from');
		await expectBoth([a, b], { 'brief-description': 'API returning 503' });

		await clickIn(a, 'eta');
		await clickIn(b, 'progress');
		await interleave(a, 'Within the hour', b, 'Failover started');
		await expectBoth([a, b], { 'brief-description': 'API returning 503', eta: 'Within the hour', progress: 'Failover started' });

		await reloadHydrated(a);
		await reloadHydrated(b);
		await expectBoth([a, b], { 'brief-description': 'API returning 503', eta: 'Within the hour', progress: 'Failover started' });
	});
});
