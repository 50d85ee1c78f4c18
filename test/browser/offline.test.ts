/**
 * After one online visit the runbook works with the network down: the service worker precaches the
 * whole build, so pages open from it, search works from the cached Pagefind index, a decision tree
 * can be walked and a template filled and copied.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { describeInBrowser, openSite, openWatchedPage, type Site, type WatchedPage } from '../helpers/browser';
import { assertBuilt } from '../helpers/dist';
import { search } from '../helpers/search';
import { loadTrees } from '../../scripts/trees';
import { labelOf, listLeafPaths } from '~/lib/trees/tree';

describeInBrowser('offline after the first visit', () => {
	let site: Site;
	let watched: WatchedPage;
	let context: BrowserContext;
	let page: Page;

	beforeAll(async () => {
		assertBuilt();
		site = await openSite();
		// One page for the whole suite (it must stay offline with its service worker), so the last
		// test asserts it clean. Offline, Chromium logs each request the network refused.
		watched = await openWatchedPage(site, {
			permissions: ['clipboard-read', 'clipboard-write'],
			withServiceWorker: true,
			allow: { errors: [/ERR_INTERNET_DISCONNECTED/] },
		});
		({ context, page } = watched);
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

	it('opens five more pages offline', async () => {
		const pages = [
			'tools/severity/',
			'tools/escalation/',
			'tools/templates/',
			'troubleshooting/',
			'troubleshooting/data-integrity/',
			'on-call-card/',
		];
		for (const path of pages) {
			const response = await page.goto(site.url + path);
			expect(response?.ok(), path).toBe(true);
			expect(await page.locator('main h1').count(), path).toBe(1);
		}
	});

	it('walks a decision tree offline', async () => {
		await page.goto(`${site.url}troubleshooting/service-unavailability/`);
		const tree = loadTrees().find(({ tree }) => tree.id === 'service-unavailability')!.tree;
		const walker = page.locator('.tree-walker');
		await walker.locator('h3').waitFor();
		// Click along the first path from the root down to its outcome.
		const [path] = listLeafPaths(tree);
		for (const id of path!) {
			await walker.getByRole('button', { name: labelOf(tree.nodes[id]!), exact: true }).click();
		}
		const outcome = tree.nodes[path!.at(-1)!]!.outcome!;
		await expect.poll(() => walker.locator('h3').textContent()).toBe(outcome.action);
		expect(new URL(page.url()).searchParams.get('path')).not.toBeNull();
	});

	it('fills and copies a template offline', async () => {
		await page.goto(`${site.url}tools/templates/?template=sev1-notification`);
		const field = page.locator('#tg-sev1-notification-impact');
		await field.fill('All users unable to access service');
		await expect.poll(() => page.locator('#tg-body-preview').textContent()).toContain('All users unable to access service');
		await page.getByRole('button', { name: /^Copy body$|copy anyway/ }).first().click();
		const armed = page.getByRole('button', { name: /copy anyway/ });
		if (await armed.count()) await armed.click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('IMPACT: All users unable to access service');
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

	it('made no request to another origin, logged no error and opened no dialog', () => {
		watched.assertClean();
	});
});
