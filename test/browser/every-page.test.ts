/**
 * Every page of the built site, in real Chromium: no console error, no request to another origin,
 * no broken same-origin request, and no serious or critical axe violation, in light and dark themes.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, openSite, openWatchedPage, runAxe, type Site } from '../helpers/browser';
import { assertBuilt, listHtmlFiles } from '../helpers/dist';

const pages = (() => {
	try {
		return listHtmlFiles().map((file) => file.replace(/index\.html$/, '').replace(/^404\.html$/, '404.html'));
	} catch {
		return [];
	}
})();

describeInBrowser('every page', () => {
	let site: Site;
	beforeAll(async () => {
		assertBuilt();
		site = await openSite();
	});
	afterAll(() => site?.close());

	it('the build has pages to check', () => {
		expect(pages.length).toBeGreaterThanOrEqual(3);
	});

	for (const path of pages) {
		for (const colorScheme of ['light', 'dark'] as const) {
			it(`/${path} (${colorScheme}) loads cleanly and passes axe`, async () => {
				const watched = await openWatchedPage(site, { colorScheme });
				try {
					await watched.page.goto(site.url + path, { waitUntil: 'networkidle' });
					const violations = await runAxe(watched.page);
					expect(violations).toEqual([]);
					// The 404 page is itself served with status 404, which Chromium logs as an error.
					const errors = watched.errors.filter(
						(e) => !(path === '404.html' && e.includes('status of 404'))
					);
					expect(errors).toEqual([]);
					expect(watched.foreignRequests).toEqual([]);
					if (path !== '404.html') expect(watched.failedResponses).toEqual([]);
				} finally {
					await watched.context.close();
				}
			});
		}
	}
});
