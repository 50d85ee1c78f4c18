/**
 * A new deployment is announced, not mixed in silently: when the service worker changes on the
 * server, an open page shows "A new version of the runbook is available" with a Reload button,
 * and the reload brings the new version into control.
 */
import { appendFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, openSite, openWatchedPage, type Site } from '../helpers/browser';
import { DIST, assertBuilt } from '../helpers/dist';

describeInBrowser('new version notice', () => {
	let site: Site;
	let root: string;
	beforeAll(async () => {
		assertBuilt();
		// A private copy of the build, so this test can "deploy" a new version into it.
		root = join(mkdtempSync(join(tmpdir(), 'runbook-deploy-')), 'site');
		cpSync(DIST, root, { recursive: true });
		site = await openSite({ root });
	});
	afterAll(() => site?.close());

	it('offers a reload when a new version is deployed, and the reload activates it', async () => {
		const { context, page } = await openWatchedPage(site, { withServiceWorker: true });
		try {
			await page.goto(site.url);
			const firstScript = await page.evaluate(async () => {
				const registration = await navigator.serviceWorker.ready;
				return registration.active?.scriptURL;
			});
			expect(firstScript).toContain('sw.js');
			await page.reload();
			await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

			// Deploy: any byte change of sw.js is a new version to the browser.
			appendFileSync(join(root, 'sw.js'), '\n// deployed again\n');
			await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

			const reload = page.getByRole('button', { name: 'Reload to update' });
			await reload.waitFor({ timeout: 20_000 });
			await expect(page.getByRole('status').filter({ hasText: 'A new version of the runbook is available' }).count()).resolves.toBe(1);

			await Promise.all([page.waitForEvent('load'), reload.click()]);
			await expect.poll(() => page.getByRole('button', { name: 'Reload to update' }).count()).toBe(0);
		} finally {
			await context.close();
		}
	});
});
