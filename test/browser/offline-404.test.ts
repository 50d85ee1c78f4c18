/**
 * No dead end offline or from disk:
 * - the 404 page offers search and the tools, online (from the host) and offline (from the
 *   service worker), under the root and under a base path;
 * - offline, a URL without its trailing slash opens the page, and an unknown or mistyped one shows
 *   the site's 404 page (status 404) rather than the browser's "no internet" page, with zero CSP
 *   violations;
 * - opened from file://, the home page says in plain text how to serve the folder; served, it does not.
 */
import { pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeInBrowser, openSite, type Site } from '../helpers/browser';
import { assertBuilt, BASE_DIST, BASE_PATH, DIST } from '../helpers/dist';
import { search } from '../helpers/search';

const TOOL_LINKS = ['Severity classifier', 'Escalation lookup', 'Communication templates', 'Troubleshooting and decision trees'];

/** A context whose page is controlled by the service worker, then taken offline. */
async function offlineContext(site: Site) {
	const context = await site.browser.newContext();
	const page = await context.newPage();
	const problems: string[] = [];
	const foreign: string[] = [];
	context.on('request', (request) => {
		if (!request.url().startsWith(new URL(site.url).origin)) foreign.push(request.url());
	});
	page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
	page.on('console', (message) => {
		// Offline, the 404 page's own status and the failed network attempt are logged; nothing else may be.
		if (message.type() === 'error' && !/status of 404|ERR_INTERNET_DISCONNECTED/.test(message.text())) {
			problems.push(`console: ${message.text()}`);
		}
	});
	await context.addInitScript(() => {
		window.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.effectiveDirective}`), true);
	});
	await page.goto(site.url);
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
		}
	});
	await context.setOffline(true);
	return { context, page, problems, foreign };
}

async function expectNotFoundPage(page: Page, base: string) {
	await expect(page.locator('main h1').textContent()).resolves.toContain('Page not found');
	for (const name of TOOL_LINKS) {
		const link = page.getByRole('link', { name, exact: true });
		await expect(link.count(), name).resolves.toBe(1);
		expect(await link.getAttribute('href')).toMatch(new RegExp(`^${base}[a-z/-]+/$`));
	}
	await expect(page.getByRole('button', { name: 'Search the runbook' }).count()).resolves.toBe(1);
}

describeInBrowser('no dead end offline', () => {
	let site: Site;
	let context: BrowserContext;
	let page: Page;
	let problems: string[];
	let foreign: string[];

	beforeAll(async () => {
		assertBuilt();
		site = await openSite();
		({ context, page, problems, foreign } = await offlineContext(site));
	}, 120_000);
	afterAll(async () => {
		await context?.close();
		await site?.close();
	});

	it('the host answers an unknown URL with the 404 page, which offers search and the tools', async () => {
		const online = await site.browser.newPage();
		try {
			const response = await online.goto(`${site.url}no-such-page/`);
			expect(response?.status()).toBe(404);
			await expectNotFoundPage(online, '/');
		} finally {
			await online.close();
		}
	});

	it('offline, an unknown URL shows the 404 page with status 404', async () => {
		for (const path of ['no-such-page/', 'troubleshooting/no-such-tree', 'incident-respons/', 'a/b/c/d.html']) {
			const response = await page.goto(site.url + path);
			expect(response?.status(), path).toBe(404);
			await expectNotFoundPage(page, '/');
		}
	});

	it('offline, a URL without its trailing slash opens the page (query kept)', async () => {
		await page.goto(`${site.url}incident-response`);
		expect(new URL(page.url()).pathname).toBe('/incident-response/');
		await expect(page.locator('h1').first().textContent()).resolves.toContain('Incident Response Guide');
		await page.goto(`${site.url}tools/templates?template=sev1-notification`);
		expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/tools/templates/?template=sev1-notification');
		await page.locator('#tg-sev1-notification-impact').waitFor();
	});

	it('offline, search works from the 404 page, and its tool links open', async () => {
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

	it('logged no error, no CSP violation, and made no foreign request', () => {
		expect(problems).toEqual([]);
		expect(foreign).toEqual([]);
	});
});

describeInBrowser('no dead end offline under a base path (dist-base, /runbook/)', () => {
	let site: Site;
	let context: BrowserContext;
	let page: Page;
	let problems: string[];

	beforeAll(async () => {
		if (!existsSync(join(BASE_DIST, 'index.html'))) throw new Error('dist-base/ is missing: run "npm run build:base" first.');
		site = await openSite({ root: BASE_DIST, base: BASE_PATH });
		({ context, page, problems } = await offlineContext(site));
	}, 120_000);
	afterAll(async () => {
		await context?.close();
		await site?.close();
	});

	it('shows the 404 page for an unknown URL and redirects a slash-less one', async () => {
		const response = await page.goto(`${site.url}no-such-page/`);
		expect(response?.status()).toBe(404);
		await expectNotFoundPage(page, BASE_PATH);
		await page.goto(`${site.url}on-call-card`);
		expect(new URL(page.url()).pathname).toBe(`${BASE_PATH}on-call-card/`);
		expect(problems).toEqual([]);
	});
});

describe('opened from disk', () => {
	describeInBrowser('the home page', () => {
		let site: Site;
		beforeAll(async () => {
			assertBuilt();
			site = await openSite();
		});
		afterAll(() => site?.close());

		it('from file://, says in plain text how to serve the folder, without script', async () => {
			// JavaScript off: the notice must not depend on it.
			const context = await site.browser.newContext({ javaScriptEnabled: false });
			try {
				const page = await context.newPage();
				await page.goto(pathToFileURL(join(DIST, 'index.html')).href);
				const notice = page.locator('.runbook-file-notice');
				expect(await notice.isVisible()).toBe(true);
				const text = await notice.innerText();
				expect(text).toContain('opened from disk');
				expect(text).toContain('python3 -m http.server 8000 --bind 127.0.0.1');
				expect(text).toContain('http://127.0.0.1:8000/');
				// It is the first thing on the page.
				expect(await page.evaluate(() => document.body.firstElementChild?.className)).toBe('runbook-file-notice');
			} finally {
				await context.close();
			}
		});

		it('served over HTTP, the notice is hidden', async () => {
			const page = await site.browser.newPage();
			try {
				await page.goto(site.url);
				expect(await page.locator('.runbook-file-notice').count()).toBe(1);
				expect(await page.locator('.runbook-file-notice').isVisible()).toBe(false);
			} finally {
				await page.close();
			}
		});
	});
});
