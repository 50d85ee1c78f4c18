/**
 * Every page of the built site, in real Chromium, in light and dark: no console error, no request
 * to another origin, no broken same-origin request, and no serious or critical axe violation.
 * One browser page per theme walks the whole site (both themes at once), and the test lists every
 * problem found, page by page, rather than stopping at the first.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, openSite, openWatchedPage, runAxe, type Site } from '../helpers/browser';
import { assertBuilt, listHtmlFiles } from '../helpers/dist';

describeInBrowser('every page', () => {
	let site: Site;
	let pages: string[] = [];
	beforeAll(async () => {
		assertBuilt();
		pages = listHtmlFiles().map((file) => file.replace(/index\.html$/, ''));
		site = await openSite();
	});
	afterAll(() => site?.close());

	for (const colorScheme of ['light', 'dark'] as const) {
		it.concurrent(
			`loads cleanly and passes axe on every page (${colorScheme})`,
			async () => {
				expect(pages.length).toBeGreaterThanOrEqual(3);
				const watched = await openWatchedPage(site, { colorScheme });
				const problems: Record<string, unknown> = {};
				try {
					for (const path of pages) {
						watched.errors.length = 0;
						watched.foreignRequests.length = 0;
						watched.failedResponses.length = 0;
						await watched.page.goto(site.url + path, { waitUntil: 'load' });
						// Expressive Code makes overflowing code blocks keyboard-scrollable a moment after
						// load (ResizeObserver + idle callback); a reader's first Tab comes later than that.
						await watched.page
							.waitForFunction(
								() =>
									[...document.querySelectorAll('.expressive-code pre')].every(
										(pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex')
									),
								undefined,
								{ timeout: 5_000 }
							)
							.catch(() => undefined); // axe below reports what is still wrong
						const violations = await runAxe(watched.page);
						// The 404 page is itself served with status 404, which Chromium logs as an error.
						const is404 = path === '404.html';
						const found = {
							...(violations.length ? { violations } : {}),
							...(watched.errors.filter((e) => !(is404 && e.includes('status of 404'))).length
								? { errors: [...watched.errors] }
								: {}),
							...(watched.foreignRequests.length ? { foreignRequests: [...watched.foreignRequests] } : {}),
							...(!is404 && watched.failedResponses.length ? { failedResponses: [...watched.failedResponses] } : {}),
						};
						if (Object.keys(found).length > 0) problems[`/${path}`] = found;
					}
				} finally {
					await watched.context.close();
				}
				expect(problems).toEqual({});
			},
			600_000
		);
	}
});
