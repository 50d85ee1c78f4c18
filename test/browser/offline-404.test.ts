/**
 * No dead end, online, under a base path, or from disk (offline under the root: offline.test.ts):
 * - the host answers an unknown URL with the site's 404 page, which offers search and the tools;
 * - offline under a base path, an unknown URL shows that 404 page (status 404) and a URL without
 *   its trailing slash opens the page, with zero CSP violations;
 * - opened from file://, the home page says in plain text how to serve the folder; served, it does not.
 */
import { pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	describeInBrowser,
	goOfflineOnceControlled,
	logCspViolationsAsErrors,
	openSite,
	openWatchedPage,
	withPage,
	type Site,
	type WatchedPage,
} from '../helpers/browser';
import { assertBuilt, BASE_DIST, BASE_PATH, DIST } from '../helpers/dist';
import { expectNotFoundPage } from '../helpers/not-found';

describeInBrowser('the 404 page online', () => {
	let site: Site;
	beforeAll(async () => {
		assertBuilt();
		site = await openSite();
	});
	afterAll(() => site?.close());

	it('the host answers an unknown URL with the 404 page, which offers search and the tools', async () => {
		const watched = await openWatchedPage(site, { allow: { errors: [/^console: .*status of 404/], failedResponses: [/^404 .*\/no-such-page\/$/] } });
		const response = await watched.page.goto(`${site.url}no-such-page/`);
		expect(response?.status()).toBe(404);
		await expectNotFoundPage(watched.page, '/');
	});
});

describeInBrowser('no dead end offline under a base path (dist-base, /runbook/)', () => {
	let site: Site;
	let watched: WatchedPage;

	beforeAll(async () => {
		if (!existsSync(join(BASE_DIST, 'index.html'))) throw new Error('dist-base/ is missing: run "npm run build:base" first.');
		site = await openSite({ root: BASE_DIST, base: BASE_PATH });
		// Offline, the 404 page's status and the refused network attempts are logged.
		watched = await openWatchedPage(site, {
			withServiceWorker: true,
			allow: { errors: [/ERR_INTERNET_DISCONNECTED/, /^console: .*status of 404/], failedResponses: [/^404 .*\/no-such-page\/$/] },
		});
		await logCspViolationsAsErrors(watched.context);
		await watched.page.goto(site.url);
		await goOfflineOnceControlled(watched.page);
	}, 120_000);
	afterAll(async () => {
		await watched?.context.close();
		await site?.close();
	});

	it('shows the 404 page for an unknown URL and redirects a slash-less one, cleanly', async () => {
		const { page } = watched;
		const response = await page.goto(`${site.url}no-such-page/`);
		expect(response?.status()).toBe(404);
		await expectNotFoundPage(page, BASE_PATH);
		await page.goto(`${site.url}on-call-card`);
		expect(new URL(page.url()).pathname).toBe(`${BASE_PATH}on-call-card/`);
		watched.assertClean();
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
			// JavaScript off: the notice must not depend on it. A raw context, not the harness's: a
			// file:// page's own files are no other origin, but the harness would count them as one.
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
			await withPage(site, '', async (page) => {
				expect(await page.locator('.runbook-file-notice').count()).toBe(1);
				expect(await page.locator('.runbook-file-notice').isVisible()).toBe(false);
			});
		});

	});
});
