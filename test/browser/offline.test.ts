/**
 * After one online visit the runbook works with the network down: the service worker precaches the
 * whole build, pages open from it, and search works from the cached Pagefind index.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { describeInBrowser, openSite, type Site } from '../helpers/browser';
import { assertBuilt } from '../helpers/dist';
import { search } from '../helpers/search';

describeInBrowser('offline after the first visit', () => {
	let site: Site;
	let context: BrowserContext;
	let page: Page;
	const errors: string[] = [];
	const foreign: string[] = [];

	beforeAll(async () => {
		assertBuilt();
		site = await openSite();
		// No request routing here: Playwright's routing bypasses service workers.
		context = await site.browser.newContext();
		context.on('request', (request) => {
			if (!request.url().startsWith(new URL(site.url).origin)) foreign.push(request.url());
		});
		page = await context.newPage();
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		await page.goto(site.url);
		// Ready = installed, activated (every file precached) and controlling this page.
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
			if (!navigator.serviceWorker.controller) {
				await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
			}
		});
		await context.setOffline(true);
	}, 120_000);

	afterAll(async () => {
		await context?.close();
		await site?.close();
	});

	it('shows the offline indicator', async () => {
		await page.reload();
		await expect.poll(() => page.locator('.runbook-offline').isVisible()).toBe(true);
	});

	it('opens the guide offline', async () => {
		await page.goto(`${site.url}incident-response/`);
		await expect(page.locator('h1').textContent()).resolves.toContain('Incident Response Guide');
	});

	it('opens a page with a query string offline (tool state in the URL)', async () => {
		await page.goto(`${site.url}incident-response/?answers=any-user-access:no`);
		await expect(page.locator('h1').textContent()).resolves.toContain('Incident Response Guide');
	});

	it('searches offline', async () => {
		await page.goto(site.url);
		const results = await search(page, 'WAL corruption');
		expect(results.some((r) => r.href.includes('/incident-response/'))).toBe(true);
	});

	it('made no request to another origin and logged no error', () => {
		expect(foreign).toEqual([]);
		expect(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
	});
});
