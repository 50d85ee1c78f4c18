/**
 * The site built with BASE_PATH=/runbook/ (npm run build:base) works when served under /runbook/:
 * a page of every kind, the search, a tool and the service worker, with zero failed requests. Anything the build
 * forgot to prefix would be requested outside /runbook/, where this server answers 404.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
	describeInBrowser,
	gotoHydrated,
	islandsHydrated,
	openSite,
	openWatchedPage,
	recordCspViolations,
	reloadHydrated,
	type Site,
	takeCspViolations,
} from '../helpers/browser';
import { BASE_DIST, BASE_PATH, pagesWithDistinctAssets } from '../helpers/dist';
import { search } from '../helpers/search';

describeInBrowser(`the site under ${BASE_PATH}`, () => {
	let site: Site;
	beforeAll(async () => {
		if (!existsSync(join(BASE_DIST, 'index.html'))) {
			throw new Error('dist-base/ is missing: run "npm run build:base" first ("npm test" does it for you).');
		}
		site = await openSite({ root: BASE_DIST, base: BASE_PATH });
	});
	afterAll(() => site?.close());

	// One page per distinct set of scripts, styles and islands (pagesWithDistinctAssets): every
	// other page asks for nothing those did not; every link of every page is checked under the base
	// path by test/build/links.test.ts.
	it('serves a page of every kind with no failed or foreign request', { timeout: 120_000 }, async () => {
		const watched = await openWatchedPage(site);
		try {
			await recordCspViolations(watched.context);
			const pages = pagesWithDistinctAssets(BASE_DIST).filter((file) => file !== '404.html');
			expect(pages).toContain('tools/severity/index.html');
			expect(pages.length).toBeGreaterThanOrEqual(5);
			const cspProblems: Record<string, string[]> = {};
			for (const file of pages) {
				await watched.page.goto(site.url + file.replace(/index\.html$/, ''), { waitUntil: 'load' });
				const found = await takeCspViolations(watched.page);
				if (!(await islandsHydrated(watched.page))) found.push('an island did not hydrate');
				if (found.length > 0) cspProblems[file] = found;
			}
			// The policy holds under the base path too: zero violations, every island hydrated.
			expect(cspProblems).toEqual({});
			expect(watched.failedResponses).toEqual([]);
			expect(watched.foreignRequests).toEqual([]);
			expect(watched.errors).toEqual([]);
		} finally {
			await watched.context.close();
		}
	});

	it('searches and links results under the base path', async () => {
		const watched = await openWatchedPage(site);
		try {
			await watched.page.goto(site.url);
			const results = await search(watched.page, 'collect_debug_info');
			expect(results.length).toBeGreaterThan(0);
			expect(results.every((result) => result.href.startsWith(BASE_PATH))).toBe(true);
			expect(watched.failedResponses).toEqual([]);
		} finally {
			await watched.context.close();
		}
	});

	it('runs a tool under the base path: the classifier keeps its URL and links under /runbook/', async () => {
		const watched = await openWatchedPage(site);
		try {
			const { page } = watched;
			await gotoHydrated(page, `${site.url}tools/severity/`);
			await page.locator('.sc-question').waitFor();
			await page.getByRole('button', { name: 'No', exact: true }).first().click();
			await page.getByRole('button', { name: 'Yes', exact: true }).first().click();
			await expect.poll(() => page.locator('.sc-result__title').textContent()).toContain('SEV1');
			const url = new URL(page.url());
			expect(url.pathname).toBe(`${BASE_PATH}tools/severity/`);
			expect(url.searchParams.get('answers')).toContain('any-user-access');
			const links = await page.locator('.sc-result a[href]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
			expect(links.length).toBeGreaterThan(0);
			// Same-site links only: contacts are mailto:/tel:/https: links of the organisation's own.
			const sameSite = links.filter((href) => !/^[a-z][a-z0-9+.-]*:/i.test(href));
			expect(sameSite.length).toBeGreaterThan(0);
			expect(sameSite.filter((href) => !href.startsWith(BASE_PATH) && !href.startsWith('#'))).toEqual([]);
			await reloadHydrated(page);
			await expect.poll(() => page.locator('.sc-result__title').textContent()).toContain('SEV1');
			expect(watched.failedResponses).toEqual([]);
			expect(watched.errors).toEqual([]);
		} finally {
			await watched.context.close();
		}
	});

	it('registers the service worker with the base path as its scope', async () => {
		const { context, page } = await openWatchedPage(site, { withServiceWorker: true });
		try {
			await page.goto(site.url);
			const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
			expect(new URL(scope).pathname).toBe(BASE_PATH);
		} finally {
			await context.close();
		}
	});
});
