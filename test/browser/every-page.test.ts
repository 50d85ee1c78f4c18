/**
 * Every page of the built site, in real Chromium, in light and dark: no console error, no
 * Content-Security-Policy violation (every island hydrates under the page's own policy), no request
 * to another origin, no broken same-origin request, and no axe violation of any impact (accepted
 * exceptions are listed, with reasons, in AXE_EXCEPTIONS in test/helpers/browser.ts). This is the
 * one site-wide axe pass; tool tests add axe only for states a page does not show on load.
 *
 * Cost: each page loads once, in light; axe runs all rules, then the page switches to dark in
 * place (same DOM, other colours) and axe runs the colour rules again. Two pages work at once,
 * one per core, and the test lists every problem found, page by page.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
	COLOUR_RULES,
	describeInBrowser,
	islandsHydrated,
	openSite,
	openWatchedPage,
	recordCspViolations,
	runAxe,
	switchTheme,
	takeCspViolations,
	type Site,
} from '../helpers/browser';
import { assertBuilt, listHtmlFiles } from '../helpers/dist';

const WORKERS = 2;

describeInBrowser('every page', () => {
	let site: Site;
	let pages: string[] = [];
	beforeAll(async () => {
		assertBuilt();
		pages = listHtmlFiles().map((file) => file.replace(/index\.html$/, ''));
		site = await openSite();
	});
	afterAll(() => site?.close());

	it('loads cleanly and passes axe on every page, light and dark', { timeout: 1_200_000 }, async () => {
		expect(pages.length).toBeGreaterThanOrEqual(3);
		const problems: Record<string, unknown> = {};
		const queue = [...pages];
		await Promise.all(
			Array.from({ length: WORKERS }, async () => {
				// The 404 page is itself served with status 404, which Chromium logs as an error.
				const watched = await openWatchedPage(site, {
					colorScheme: 'light',
					allow: { errors: [/^console: .*status of 404/], failedResponses: [/^404 .*\/404\.html$/] },
				});
				await recordCspViolations(watched.context);
				for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
					await watched.page.goto(site.url + path, { waitUntil: 'load' });
					// Under a policy that blocked a script, an island would never hydrate.
					const hydrated = await islandsHydrated(watched.page);
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
					const light = await runAxe(watched.page);
					await switchTheme(watched.page, 'dark');
					const dark = await runAxe(watched.page, COLOUR_RULES);
					await switchTheme(watched.page, 'light');
					const csp = await takeCspViolations(watched.page);
					const found = {
						...(hydrated ? {} : { hydrated: 'an island did not hydrate' }),
						...(csp.length ? { csp } : {}),
						...(light.length ? { light } : {}),
						...(dark.length ? { dark } : {}),
						...watched.takeProblems(),
					};
					if (Object.keys(found).length > 0) problems[`/${path}`] = found;
				}
			})
		);
		expect(problems).toEqual({});
	});
});
