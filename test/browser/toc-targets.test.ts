/**
 * The table of contents watches the same elements as Starlight's own selector would give: on
 * built pages of every shape (the long guide, a tree, a common issue, a tool, the home page),
 * src/lib/starlight/toc-targets.ts (which src/integrations/fast-toc.ts puts into Starlight's
 * script) returns exactly the elements, in the same order, of the selector it replaces.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, openSite, withPage, type Site } from '../helpers/browser';
import { assertBuilt } from '../helpers/dist';
import { tocTargets } from '../../src/lib/starlight/toc-targets';
import { STARLIGHT_TOC_SELECTORS } from '../../src/integrations/fast-toc';

const PAGES = ['incident-response/', 'troubleshooting/service-unavailability/', 'common-issues/data-corruption/', 'tools/escalation/', ''];

describeInBrowser('table of contents targets', () => {
	let site: Site;
	beforeAll(async () => {
		assertBuilt();
		site = await openSite();
	});
	afterAll(async () => {
		await site?.close();
	});

	for (const path of PAGES) {
		it(`/${path}: the same elements as Starlight's selector, in order`, async () => {
			await withPage(site, path, async (page) => {
				// Starlight's selector, built as its script builds it from the contents' heading levels.
				const headings = await page.evaluate(
					([selectors]) => {
						const toc = document.querySelector<HTMLElement>('starlight-toc');
						const minH = Number(toc?.dataset.minH ?? 2);
						const maxH = Number(toc?.dataset.maxH ?? 3);
						const levels = Array.from({ length: 1 + maxH - minH }, (_, i) => `h${minH + i}`).join();
						const selector = `h1#_top,:where(${levels})[id]`;
						(window as unknown as { starlightTargets: Element[] }).starlightTargets = [
							...document.querySelectorAll(selectors.map((s) => s.replaceAll('${this.tocHeadingSelector}', selector)).join()),
						];
						return selector;
					},
					[STARLIGHT_TOC_SELECTORS] as const
				);
				const ours = await page.evaluateHandle(tocTargets, headings);
				const result = await page.evaluate((found) => {
					const starlight = (window as unknown as { starlightTargets: Element[] }).starlightTargets;
					const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}`;
					return {
						starlight: starlight.map(name),
						ours: found.map(name),
						same: starlight.length === found.length && starlight.every((el, i) => el === found[i]),
					};
				}, ours);
				expect(result.starlight.length, 'the page has elements to watch').toBeGreaterThan(2);
				expect(result.ours).toEqual(result.starlight);
				expect(result.same).toBe(true);
			});
		});
	}
});
