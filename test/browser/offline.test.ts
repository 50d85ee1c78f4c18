/**
 * After one online visit the runbook works with the network down: the service worker precaches the
 * whole build, so pages open from it, search works from the cached Pagefind index, a decision tree
 * can be walked and a template filled and copied. And there is no dead end offline: a URL without
 * its trailing slash opens the page, and an unknown or mistyped one shows the site's 404 page
 * (status 404, with search and the tools) rather than the browser's "no internet" page, with zero
 * CSP violations. (The same under a base path, online, and from file://: offline-404.test.ts.)
 * One service-worker install serves every test here: it precaches 7 MB, the costliest step.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import {
	describeInBrowser,
	goOfflineOnceControlled,
	logCspViolationsAsErrors,
	openSite,
	openWatchedPage,
	type Site,
	type WatchedPage,
} from '../helpers/browser';
import { assertBuilt } from '../helpers/dist';
import { search } from '../helpers/search';
import { expectNotFoundPage } from '../helpers/not-found';
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
			// Offline, the 404 page's own status is logged too, and the unknown URLs below get it.
			allow: { errors: [/ERR_INTERNET_DISCONNECTED/, /^console: .*status of 404/], failedResponses: [/^404 /] },
		});
		({ context, page } = watched);
		await logCspViolationsAsErrors(context);
		await page.goto(site.url);
		await goOfflineOnceControlled(page);
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

	it('shows the 404 page with status 404 for an unknown or mistyped URL', async () => {
		for (const path of ['no-such-page/', 'troubleshooting/no-such-tree', 'incident-respons/', 'a/b/c/d.html']) {
			const response = await page.goto(site.url + path);
			expect(response?.status(), path).toBe(404);
			await expectNotFoundPage(page, '/');
		}
		// Only those URLs were answered 404.
		expect(watched.failedResponses.every((line) => /\/(no-such-page\/|no-such-tree|incident-respons\/|d\.html)$/.test(line)), watched.failedResponses.join('\n')).toBe(true);
	});

	it('opens a URL without its trailing slash (query kept)', async () => {
		await page.goto(`${site.url}incident-response`);
		expect(new URL(page.url()).pathname).toBe('/incident-response/');
		await expect(page.locator('h1').first().textContent()).resolves.toContain('Incident Response Guide');
		await page.goto(`${site.url}tools/templates?template=sev1-notification`);
		expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/tools/templates/?template=sev1-notification');
		await page.locator('#tg-sev1-notification-impact').waitFor();
	});

	it('searches from the 404 page, and its tool links open', async () => {
		await page.goto(`${site.url}no-such-page/`);
		await page.getByRole('button', { name: 'Search the runbook' }).click();
		await expect
			.poll(() => page.evaluate(() => Boolean(document.querySelector<HTMLDialogElement>('site-search dialog')?.open)), { timeout: 15_000 })
			.toBe(true);
		await page.keyboard.press('Escape');
		await expect.poll(() => page.evaluate(() => Boolean(document.querySelector<HTMLDialogElement>('site-search dialog')?.open))).toBe(false);
		const results = await search(page, 'WAL corruption');
		expect(results.length).toBeGreaterThan(0);
		await page.goto(`${site.url}no-such-page/`);
		await page.getByRole('link', { name: 'Severity classifier', exact: true }).click();
		await page.locator('.sc-question').waitFor();
	});

	it('made no request to another origin, logged no error (no CSP violation) and opened no dialog', () => {
		watched.assertClean();
	});
});
