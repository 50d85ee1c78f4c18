/**
 * A whole SEV1 across the tools, in Chromium, with the clock under the test's control: paged →
 * classify (SEV1) → "Start an incident at SEV1" → the console's declare form, prefilled → milestones
 * → the due-update banner → the progress update filled from the incident and copied (logged) →
 * offline from here: escalate from who-now (minutes from the incident's start, logged) → hand off
 * by link into a second browser → resolve → the post-incident report, prefilled, downloaded, its
 * timeline matching the log. Counts the clicks from "paged" to the first update copied.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser, downloadedText, goOfflineOnceControlled, openSite, openWatchedPage, type Site } from '../helpers/browser';
import { assertBuilt } from '../helpers/dist';

const T0 = new Date('2026-03-01T14:00:00Z');
let site: Site;

const logTexts = (page: Page) => page.locator('.ic-entry__text').allTextContents();

describeInBrowser('a whole SEV1 across the tools', () => {
	beforeAll(async () => {
		assertBuilt();
		site = await openSite();
	});
	afterAll(() => site?.close());

	it('runs from the classifier to the downloaded report, offline for part of it', async () => {
		const { page, context } = await openWatchedPage(site, {
			permissions: ['clipboard-read', 'clipboard-write'],
			withServiceWorker: true,
			allow: { errors: [/ERR_INTERNET_DISCONNECTED/] },
		});
		await page.clock.install({ time: T0 });
		let clicks = 0;
		const click = async (locator: ReturnType<Page['locator']>) => {
			clicks++;
			await locator.click();
		};

		// Paged: open the classifier. SEV1 in two answers.
		await page.goto(`${site.url}tools/severity/`);
		await page.locator('.sc-question').waitFor({ timeout: 20_000 });
		await click(page.getByRole('button', { name: 'No', exact: true }).first());
		await click(page.getByRole('button', { name: 'No', exact: true }).first());
		await page.locator('.sc-result__title').waitFor();
		const start = page.getByRole('link', { name: 'Start an incident at SEV1' });
		expect(await start.getAttribute('href')).toBe('/incident/?declare=sev1&answers=any-user-access%3Ano%2Crestore-30-min%3Ano');
		await click(start);

		// The declare form, prefilled from the classifier.
		await page.locator('.ic-declare').waitFor({ timeout: 20_000 });
		expect(await page.getByLabel('Severity', { exact: true }).inputValue()).toBe('sev1');
		expect(await page.locator('.ic-declare').textContent()).toContain('From the severity classifier: SEV1 (2 answers');
		await page.getByLabel('Title', { exact: true }).fill('API returning 503 on all requests');
		await click(page.getByRole('button', { name: 'Declare incident' }));
		await page.locator('#ic-selected-heading').waitFor();
		expect(new URL(page.url()).search).toBe('');
		const stored = await page.evaluate(() => Object.entries(localStorage).find(([key]) => key.startsWith('engram-runbook:incident:'))![1]);
		expect(JSON.parse(stored).incident.fields.classifier.value).toEqual({ level: 'sev1', answers: { 'any-user-access': 'no', 'restore-30-min': 'no' } });

		// The first update copied: the progress update, filled from the incident.
		await click(page.getByRole('link', { name: 'SEV1 Progress Update' }));
		await page.locator('.tg-incident').waitFor({ timeout: 20_000 });
		expect(await page.locator('.tg-incident').textContent()).toContain('Filled from INC-2026-03-01-001');
		expect(await page.locator('#tg-sev1-progress-update-brief-description').inputValue()).toBe('API returning 503 on all requests');
		const copyBody = page.getByRole('button', { name: /^Copy body|fields? empty/ });
		await click(copyBody);
		if ((await page.locator('.tg-armed').count()) > 0) await click(copyBody);
		await expect.poll(() => page.locator('.tg-status').textContent()).toContain('Logged in INC-2026-03-01-001');
		const update = await page.evaluate(() => navigator.clipboard.readText());
		expect(update).toContain('STATUS: Investigating');
		expect(update).toContain('UPDATE TIME: 2026-03-01 14:00 UTC');
		expect(update).toContain('ELAPSED TIME: ');
		console.info(`clicks from "paged" (the classifier opened) to the first update copied: ${clicks} (plus typing the title)`);
		expect(clicks).toBeLessThanOrEqual(7);

		// Back in the console: milestones, then the due banner sixteen minutes in.
		await page.goto(`${site.url}incident/`);
		await page.locator('#ic-selected-heading').waitFor({ timeout: 20_000 });
		expect(await logTexts(page)).toContain('SEV1 Progress Update copied');
		await page.getByRole('button', { name: 'Acknowledged' }).click();
		await page.getByRole('button', { name: 'War room created' }).click();
		await page.clock.fastForward('16:00');
		const banner = page.getByRole('alert').filter({ hasText: 'Status update #1 due' });
		await banner.waitFor();
		expect(await banner.getByRole('link', { name: 'Write the update' }).getAttribute('href')).toMatch(/^\/tools\/templates\/\?template=sev1-progress-update&incident=[a-z0-9]+$/);
		await banner.getByRole('button', { name: 'Update #1 sent' }).click();
		await expect.poll(() => banner.count()).toBe(0);

		// Offline from here: the pages were visited, the service worker serves them.
		await goOfflineOnceControlled(page);

		// Escalate from who-now: minutes from the incident's stored start, never typed.
		await page.goto(`${site.url}tools/escalation/`);
		// The page is served with the typed-minutes input; once hydrated and the incident read, an output replaces it.
		const minutes = page.locator('output#who-now-minutes');
		await minutes.waitFor({ timeout: 20_000 });
		expect(await page.locator('input#who-now-minutes').count()).toBe(0);
		expect(Number(await minutes.textContent())).toBeGreaterThanOrEqual(16);
		expect(await page.locator('#who-now-minutes-hint').textContent()).toContain('since INC-2026-03-01-001 started (2026-03-01 14:00 UTC)');
		const engage = page.getByRole('button', { name: /^Log “Level \d engaged” in INC-2026-03-01-001$/ });
		await engage.click();
		await expect.poll(() => page.locator('.who-now__logged').textContent()).toContain('Logged in INC-2026-03-01-001');

		await page.goto(`${site.url}incident/`);
		await page.locator('#ic-selected-heading').waitFor({ timeout: 20_000 });
		const log = await logTexts(page);
		expect(log.some((text) => /^Escalation: Level \d \(.+\) engaged$/.test(text))).toBe(true);
		await page.getByRole('button', { name: 'Mitigation applied' }).click();

		// Hand off by link into a second browser (online again for the new context's first visit).
		await context.setOffline(false);
		await page.getByRole('button', { name: 'Copy handoff link' }).click();
		await expect.poll(() => page.locator('.ic-handoff').textContent()).toContain('Handoff link copied');
		const link = await page.evaluate(() => navigator.clipboard.readText());
		const second = await openWatchedPage(site);
		await second.page.goto(link);
		await second.page.locator('#ic-selected-heading').waitFor({ timeout: 20_000 });
		expect(await logTexts(second.page)).toEqual(await logTexts(page));
		await second.page.getByRole('button', { name: 'Fully restored' }).click();
		await second.page.getByRole('button', { name: 'Resolve', exact: true }).click();
		expect(await second.page.locator('.ic-selected__meta').textContent()).toContain('Resolved');

		// The report, from the second browser's incident: prefilled, its timeline the log's.
		const timeline = await second.page.locator('.ic-timeline tbody tr td:nth-child(2)').allTextContents();
		expect(timeline).toEqual(expect.arrayContaining(['Engineer acknowledges', 'War room created', 'Mitigation applied', 'Full service restored']));
		await second.page.goto(`${site.url}tools/templates/?template=post-incident-report`);
		await second.page.locator('.tg-incident, .tg-pickers').first().waitFor({ timeout: 20_000 });
		// Resolved: no longer open, so nothing is offered; the report is filled while it is open.
		expect(await second.page.locator('.tg-incident').count()).toBe(0);
		await second.context.close();

		// In the first browser the incident is still open (the handoff went one way): its report, prefilled.
		await page.goto(`${site.url}tools/templates/?template=post-incident-report`);
		await page.getByRole('button', { name: 'Fill from incident INC-2026-03-01-001' }).click();
		expect(await page.locator('#tg-post-incident-report-time-acknowledged').inputValue()).toBe('14:00');
		expect(await page.locator('#tg-post-incident-report-time-mitigation').inputValue()).toMatch(/^14:\d\d$/);
		await page.getByRole('radio', { name: 'Markdown' }).check();
		const downloadButton = page.getByRole('button', { name: /^Download INC-2026-03-01-001\.md|fields? empty/ });
		const downloading = page.waitForEvent('download');
		await downloadButton.click();
		if ((await page.locator('.tg-armed').count()) > 0) await downloadButton.click();
		const download = await downloading;
		const report = await downloadedText(download);
		expect(report).toContain('# Incident Report: API returning 503 on all requests');
		expect(report).toMatch(/\| 14:00 \| Engineer acknowledges \| /);
		expect(report).toContain('Mitigation applied');
	}, 240_000);
});
