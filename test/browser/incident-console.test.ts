/**
 * The incident console in Chromium: a SEV1 from declaration to resolution with the clock under the
 * test's control (due banner, "Update sent"), the bar on another page, the handoff link into a
 * second browser context, two tabs typing into one incident at once, corrupt storage and full storage.
 * The SEV1 run has a browser of its own (its mocked clock is the whole context's, for good); the
 * other tests share one watched tab (useSharedTab: each starts as a first visit, checked after each).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser, downloadedText, openSite, openWatchedPage, runAxe, type Site, useSharedTab } from '../helpers/browser';
import { assertBuilt } from '../helpers/dist';
import { layoutShiftTotal, recordLayoutShifts } from '../helpers/layout';

const T0 = new Date('2026-03-01T14:00:00Z');
let site: Site;

async function openConsole(page: Page) {
	await page.goto(`${site.url}incident/`);
	await page.locator('.ic').waitFor({ timeout: 20_000 });
}

async function declare(page: Page, title: string, severity = 'sev1') {
	await page.getByLabel('Title', { exact: true }).fill(title);
	await page.getByLabel('Severity', { exact: true }).selectOption(severity);
	await page.getByRole('button', { name: 'Declare incident' }).click();
	await page.locator('#ic-selected-heading').waitFor();
}

const logTexts = (page: Page) => page.locator('.ic-entry__text').allTextContents();

describeInBrowser('incident console', () => {
	beforeAll(async () => {
		assertBuilt();
		site = await openSite();
	});
	afterAll(() => site?.close());
	const tab = useSharedTab(() => site, { permissions: ['clipboard-read', 'clipboard-write'] });

	/** A first visit to the console in the shared tab. */
	async function openSharedConsole(options: Parameters<typeof tab.open>[1] = {}) {
		const page = await tab.open('incident/', options);
		await page.locator('.ic').waitFor({ timeout: 20_000 });
		return page;
	}

	it('does not move the footer when the console appears on a phone (it is drawn in the browser)', async () => {
		await tab.beforeEveryLoad(recordLayoutShifts);
		const page = await openSharedConsole({ viewport: { width: 390, height: 844 } });
		// Before the console held a screen's height, the footer jumped down: a 0.35 layout shift.
		expect(await layoutShiftTotal(page)).toBeLessThan(0.01);
	});

	it('runs a SEV1: declare, milestones, due banner, update sent, the bar elsewhere, resolve', async () => {
		const { page, context } = await openWatchedPage(site, { permissions: ['clipboard-read', 'clipboard-write'] });
		await page.clock.install({ time: T0 });
		await openConsole(page);
		await declare(page, 'API returning 503 on all requests');
		await expect.poll(() => page.locator('#ic-selected-heading').textContent()).toContain('INC-2026-03-01-001: API returning 503 on all requests');
		await expect.poll(() => page.locator('.ic-live').textContent()).toContain('INC-2026-03-01-001 declared');
		expect(await page.locator('.ic-update').textContent()).toContain('Update #1 due in 15 min');

		await page.getByRole('button', { name: 'Acknowledged' }).click();
		await page.getByRole('button', { name: 'War room created' }).click();
		await page.getByLabel('Add to the log').fill('Disk full on /var/lib/engram');
		await page.getByRole('button', { name: 'Add entry' }).click();
		expect(await logTexts(page)).toEqual(['Incident declared', 'Engineer acknowledges', 'War room created', 'Disk full on /var/lib/engram']);

		// Sixteen minutes later the first update (SEV1: within 15 minutes) is due.
		await page.clock.fastForward('16:00');
		const banner = page.getByRole('alert').filter({ hasText: 'Status update #1 due' });
		await banner.waitFor();
		// The title follows the banner in an effect, a moment after it renders.
		await expect.poll(() => page.title()).toMatch(/^⚠ Update due: INC-2026-03-01-001/);
		expect(await page.locator('#ic-phase-heading').textContent()).toContain('Mitigation (15-60 minutes)');
		expect(await runAxe(page)).toEqual([]);

		// The bar on another page of the same browser says so too.
		const other = await context.newPage();
		await other.clock.install({ time: new Date(T0.getTime() + 16 * 60_000 + 5_000) });
		await other.goto(`${site.url}monitoring/`);
		const bar = other.locator('.incident-bar a');
		await bar.waitFor();
		expect(await bar.textContent()).toMatch(/^INC-2026-03-01-001 · SEV1 · 16 min elapsed · update due \(1 min late\)$/);
		expect(await bar.getAttribute('href')).toBe('/incident/');
		await other.close();

		await banner.getByRole('button', { name: 'Update #1 sent' }).click();
		await expect.poll(() => banner.count()).toBe(0);
		await expect.poll(() => page.title()).not.toContain('Update due');
		expect(await page.locator('.ic-update').textContent()).toContain('Update #2 due in 30 min');

		// Snooze when the second one is due.
		await page.clock.fastForward('31:00');
		const second = page.getByRole('alert').filter({ hasText: 'Status update #2 due' });
		await second.waitFor();
		await second.getByRole('button', { name: 'Snooze 5 min' }).click();
		await expect.poll(() => second.count()).toBe(0);
		expect(await page.locator('.ic-update').textContent()).toContain('snoozed until');

		// Edit, delete and undo a log entry.
		const note = page.locator('.ic-entry', { hasText: 'Disk full' });
		await note.getByRole('button', { name: /^Edit entry/ }).click();
		await page.getByLabel('Entry text').fill('Disk full on /var/lib/engram (WAL)');
		await page.getByRole('button', { name: 'Save entry' }).click();
		await page.locator('.ic-entry', { hasText: '(WAL)' }).getByRole('button', { name: /^Delete entry/ }).click();
		expect(await logTexts(page)).not.toContain('Disk full on /var/lib/engram (WAL)');
		await page.getByRole('button', { name: 'Undo delete' }).click();
		expect(await logTexts(page)).toContain('Disk full on /var/lib/engram (WAL)');

		await page.getByRole('button', { name: 'Mitigation applied' }).click();
		await page.getByRole('button', { name: 'Fully restored' }).click();
		await page.getByRole('button', { name: 'Resolve', exact: true }).click();
		expect(await page.locator('.ic-selected__meta').textContent()).toContain('Resolved');
		expect(await page.locator('.ic-list').textContent()).toContain('Resolved (1)');
		const rows = await page.locator('.ic-timeline tbody tr td:nth-child(2)').allTextContents();
		expect(rows).toEqual(expect.arrayContaining(['Engineer acknowledges', 'War room created', 'Status update #1 sent', 'Mitigation applied', 'Full service restored', 'Resolved']));
		expect(await page.locator('.ic-metrics').textContent()).toContain('Time to mitigate');

		// It survives a reload.
		await page.reload();
		await page.locator('#ic-selected-heading, .ic-list').first().waitFor();
		expect(await page.locator('.ic-list').textContent()).toContain('INC-2026-03-01-001');
	});

	it('hands off by link into another browser, merging by entry id', async () => {
		const first = { page: await openSharedConsole() };
		await declare(first.page, 'Handoff drill');
		await first.page.getByLabel('Current hypothesis').fill('WAL disk full');
		await first.page.getByRole('button', { name: 'Copy handoff link' }).click();
		await expect.poll(() => first.page.locator('.ic-handoff').textContent()).toContain('Handoff link copied');
		const link = await first.page.evaluate(() => navigator.clipboard.readText());
		expect(link).toMatch(/\/incident\/#incident=[A-Za-z0-9_-]+$/);

		const second = await openWatchedPage(site);
		await second.page.goto(link);
		await second.page.locator('#ic-selected-heading').waitFor({ timeout: 20_000 });
		expect(await second.page.locator('#ic-selected-heading').textContent()).toContain('Handoff drill');
		expect(await second.page.getByLabel('Current hypothesis').inputValue()).toBe('WAL disk full');
		expect(await second.page.locator('.ic-live').textContent()).toContain('Handoff link imported');
		expect(second.page.url()).not.toContain('#incident=');

		// Both go on; the link from the second, opened in the first, merges: nothing of either is lost.
		await first.page.getByLabel('Add to the log').fill('note from the first');
		await first.page.getByRole('button', { name: 'Add entry' }).click();
		await second.page.getByLabel('Add to the log').fill('note from the second');
		await second.page.getByRole('button', { name: 'Add entry' }).click();
		await second.context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await second.page.getByRole('button', { name: 'Copy handoff link' }).click();
		await expect.poll(() => second.page.locator('.ic-handoff').textContent()).toContain('Handoff link copied');
		const back = await second.page.evaluate(() => navigator.clipboard.readText());
		await first.page.goto(back);
		await expect.poll(() => first.page.locator('.ic-live').textContent()).toContain('merged with the copy already in this browser');
		expect(await logTexts(first.page)).toEqual(expect.arrayContaining(['note from the first', 'note from the second']));
		expect(await first.page.locator('.ic-list__item').count()).toBe(1);

		// A damaged link says why.
		await first.page.goto(`${site.url}incident/#incident=AAAA`);
		await expect.poll(() => first.page.locator('.ic-live').textContent()).toContain('could not be imported');
	});

	it('two tabs typing into the same incident at once lose nothing', async () => {
		const a = await openSharedConsole();
		await declare(a, 'Two tabs');
		const b = await tab.context.newPage();
		await openConsole(b);
		await b.locator('#ic-selected-heading').waitFor();

		await Promise.all([
			a.getByLabel('Current hypothesis').pressSequentially('memory pressure from a runaway query', { delay: 5 }),
			b.getByLabel('Next steps').pressSequentially('restart engram after the backup', { delay: 5 }),
		]);
		// Each entry is sent with Enter, as a typist does: only one tab is in front, and a click in
		// the one behind waits up to 2 s for a frame that a background tab does not draw.
		await Promise.all(
			[a, b].map(async (page, n) => {
				for (let i = 1; i <= 4; i++) {
					await page.getByLabel('Add to the log').fill(`tab ${n === 0 ? 'A' : 'B'} note ${i}`);
					await page.getByLabel('Add to the log').press('Enter');
				}
			})
		);
		const expected = ['A', 'B'].flatMap((tab) => [1, 2, 3, 4].map((i) => `tab ${tab} note ${i}`));
		for (const page of [a, b]) {
			await expect.poll(() => logTexts(page)).toEqual(expect.arrayContaining(expected));
			await expect.poll(() => page.getByLabel('Current hypothesis').inputValue()).toBe('memory pressure from a runaway query');
			await expect.poll(() => page.getByLabel('Next steps').inputValue()).toBe('restart engram after the backup');
		}
		// And what is stored has all of it.
		await a.reload();
		await a.locator('#ic-selected-heading').waitFor();
		expect(await logTexts(a)).toEqual(expect.arrayContaining(expected));
		expect(await a.getByLabel('Next steps').inputValue()).toBe('restart engram after the backup');
	});

	it('says when stored data is corrupt and offers the raw text for download', async () => {
		const raw = '{"v":1,"incident":{"half a record';
		// On the site's pages only: the shared tab passes through about:blank, which has no storage.
		await tab.beforeEveryLoad((text) => location.protocol.startsWith('http') && localStorage.setItem('engram-runbook:incident:broken', text), raw);
		const page = await openSharedConsole();
		const notice = page.getByRole('status').filter({ hasText: 'could not be read' });
		await notice.waitFor();
		const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download raw data' }).click()]);
		expect(await downloadedText(download)).toBe(raw);
		// The console still works beside it.
		await declare(page, 'After corruption');
		expect(await page.locator('#ic-selected-heading').textContent()).toContain('After corruption');
		expect(await runAxe(page)).toEqual([]);
	});

	it('says when storage is full, and keeps the incident on screen', async () => {
		// Full for the runbook's keys. (Starlight's own theme and sidebar scripts do not catch a
		// storage error, so a storage full for every key would fail them, not the console.)
		await tab.beforeEveryLoad(
			() => {
				const setItem = Storage.prototype.setItem;
				Storage.prototype.setItem = function (key: string, value: string) {
					if (key.startsWith('engram-runbook:')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
					return setItem.call(this, key, value);
				};
			}
		);
		const page = await openSharedConsole();
		await declare(page, 'No room left');
		await page.getByRole('status').filter({ hasText: 'storage is full' }).waitFor();
		expect(await page.locator('#ic-selected-heading').textContent()).toContain('No room left');
		await page.getByRole('button', { name: 'Acknowledged' }).click();
		expect(await logTexts(page)).toContain('Engineer acknowledges');
		expect(await page.getByRole('status').filter({ hasText: 'storage is full' }).count()).toBe(1);
		expect(await page.getByRole('button', { name: 'Download all incident data' }).count()).toBe(1);
	});

	it('has no sideways scroll at 320 px, and is axe-clean in dark mode with an incident open', async () => {
		await tab.beforeEveryLoad(() => location.protocol.startsWith('http') && localStorage.setItem('starlight-theme', 'dark'));
		const page = await openSharedConsole({ viewport: { width: 320, height: 700 }, colorScheme: 'dark' });
		await declare(page, 'A long title that goes on and on to see whether it wraps on a small phone screen', 'sev2');
		await page.getByRole('button', { name: 'Acknowledged' }).click();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		expect(await runAxe(page)).toEqual([]);
	});
});
