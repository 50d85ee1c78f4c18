/**
 * Every page of the built site, in real Chromium: the one site-wide walk. Each page loads once,
 * at 1280 px in light, and must show
 * - no console error, no Content-Security-Policy violation (every island hydrates under the
 *   page's own policy), no request to another origin, no broken same-origin request;
 * - no axe violation of any impact, in light (all rules) and in dark (the colour rules, after
 *   switching the theme in place: same DOM, other colours). Accepted exceptions are listed, with
 *   reasons, in AXE_EXCEPTIONS in test/helpers/browser.ts; tool tests add axe only for states a
 *   page does not show on load;
 * - a table of contents that watches the elements Starlight's own selector gives
 *   (src/integrations/fast-toc.ts replaces it: test/helpers/toc.ts);
 * - then, turned into a touch phone in place (still dark), 320 px wide and at 640 px (1280 px at 200 % zoom):
 *   no sideways scrolling and no command under its copy button (test/helpers/layout.ts).
 * Two pages work at once, one per core, and the test lists every problem found, page by page.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
	COLOUR_RULES,
	describeInBrowser,
	islandsHydrated,
	openSite,
	openWatchedPage,
	preloadAxe,
	recordCspViolations,
	renderAllBlocks,
	runAxe,
	switchTheme,
	takeCspViolations,
	type Site,
} from '../helpers/browser';
import { assertBuilt, listHtmlFiles } from '../helpers/dist';
import { emulatePhone, layoutProblems, leavePhone, PHONE_WIDTHS } from '../helpers/layout';
import { tocTargetsProblem } from '../helpers/toc';

const WORKERS = 2;
const DESKTOP = { width: 1280, height: 720 };

describeInBrowser('every page', () => {
	let site: Site;
	let pages: string[] = [];
	beforeAll(async () => {
		assertBuilt();
		pages = listHtmlFiles().map((file) => file.replace(/index\.html$/, ''));
		site = await openSite();
	});
	afterAll(() => site?.close());

	it(
		`loads cleanly, passes axe in light and dark, and reflows at ${PHONE_WIDTHS.join(' and ')} px, on every page`,
		{ timeout: 1_200_000 },
		async () => {
			expect(pages.length).toBeGreaterThanOrEqual(3);
			const problems: Record<string, unknown> = {};
			let blocksWithButton = 0;
			let pagesWithToc = 0;
			let deferredBlocks = 0;
			const queue = [...pages];
			await Promise.all(
				Array.from({ length: WORKERS }, async () => {
					// The 404 page is itself served with status 404, which Chromium logs as an error.
					const watched = await openWatchedPage(site, {
						colorScheme: 'light',
						viewport: DESKTOP,
						allow: { errors: [/^console: .*status of 404/], failedResponses: [/^404 .*\/404\.html$/] },
					});
					await recordCspViolations(watched.context);
					await preloadAxe(watched.context);
					const { page } = watched;
					const session = await watched.context.newCDPSession(page);
					// Chromium keeps "(hover: none)" once touch emulation has been on in a tab (a fresh tab
					// per page would avoid it, but made the walk 2.5 times slower). So from the start the
					// desktop pass sees the copy buttons as a touch screen shows them (visible, at 0.75
					// opacity, as they are when a block has focus), and axe checks their contrast too.
					await emulatePhone(page, session, PHONE_WIDTHS[0]);
					await leavePhone(page, session, DESKTOP);
					for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
						await page.goto(site.url + path, { waitUntil: 'load' });
						// Under a policy that blocked a script, an island would never hydrate.
						// The light pass below must see the light theme (the last page ended in dark).
						const [theme, width] = await page.evaluate(() => [document.documentElement.dataset.theme, window.innerWidth] as const);
						const hydrated = await islandsHydrated(page);
						// Every check below sees the whole page drawn, as a reader who scrolled through it does.
						deferredBlocks += await renderAllBlocks(page);
						// Expressive Code makes overflowing code blocks keyboard-scrollable a moment after
						// load (ResizeObserver + idle callback); a reader's first Tab comes later than that.
						await page
							.waitForFunction(
								() =>
									[...document.querySelectorAll('.expressive-code pre')].every(
										(pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex')
									),
								undefined,
								{ timeout: 5_000 }
							)
							.catch(() => undefined); // axe below reports what is still wrong
						const toc = await tocTargetsProblem(page);
						if (toc.checked) pagesWithToc += 1;
						const light = await runAxe(page);
						await switchTheme(page, 'dark');
						const dark = await runAxe(page, COLOUR_RULES);
						// The phone checks stay in dark: a theme changes colours only, never the layout.
						const phone: Record<number, string[]> = {};
						for (const width of PHONE_WIDTHS) {
							await emulatePhone(page, session, width);
							if (width === PHONE_WIDTHS[0]) blocksWithButton += await page.locator('.expressive-code .copy button').count();
							const found = await layoutProblems(page);
							if (found.length > 0) phone[width] = found;
						}
						await leavePhone(page, session, DESKTOP);
						// The next page loads in light, as a first visit does.
						await page.emulateMedia({ colorScheme: 'light' });
						const csp = await takeCspViolations(page);
						const found = {
							...(theme === 'light' ? {} : { theme: `loaded in ${theme}, not light` }),
							...(width === DESKTOP.width ? {} : { width: `loaded ${width} px wide, not ${DESKTOP.width}` }),
							...(hydrated ? {} : { hydrated: 'an island did not hydrate' }),
							...(toc.problem ? { toc: toc.problem } : {}),
							...(csp.length ? { csp } : {}),
							...(light.length ? { light } : {}),
							...(dark.length ? { dark } : {}),
							...(Object.keys(phone).length ? { phone } : {}),
							...watched.takeProblems(),
						};
						if (Object.keys(found).length > 0) problems[`/${path}`] = found;
					}
				})
			);
			// The copy-button check proves something only if pages have code blocks with a button.
			expect(blocksWithButton).toBeGreaterThan(20);
			// And the contents check only if pages have a table of contents.
			expect(pagesWithToc).toBeGreaterThan(20);
			// The blocks drawn only near the screen were found, and drawn for the checks above.
			expect(deferredBlocks).toBeGreaterThan(100);
			expect(problems).toEqual({});
		}
	);
});
