/**
 * Hydration writes nothing. Each island below renders its first state on the server; when it
 * hydrates, Preact must adopt that DOM as it stands. If it rewrites text (Astro's server writes
 * adjacent JSX text as one text node, Preact's client would split it: src/islands/shared/
 * join-text-runs.ts) or replaces elements, the phone relays out the whole page at load, which
 * cost the escalation page a third of a second of blocking time on Lighthouse's mobile profile.
 *
 * The check: each island's nodes (element names and text, whitespace included) read with
 * JavaScript off equal the same read after hydration. Attributes are left out: Astro's own
 * wrapper changes them by design.
 *
 * Not here: the template generator, which opens the reader's saved draft (or a new one, with
 * times set to now) once it has hydrated, so its text changes on purpose.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser, openSite, withPage, type Site } from '../helpers/browser';
import { assertBuilt } from '../helpers/dist';

/** Pages whose islands server-render their first state: every tool but one, a tree, the guide. */
const PAGES = ['tools/escalation/', 'tools/severity/', 'troubleshooting/service-unavailability/', 'incident-response/'];

/** Each island's nodes in document order: `<tag` for an element, the text for a text node. */
function islandShapes(page: Page): Promise<string[][]> {
	return page.evaluate(() =>
		[...document.querySelectorAll('astro-island')].map((island) => {
			const shape: string[] = [];
			const walker = document.createTreeWalker(island, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				shape.push(node.nodeType === Node.TEXT_NODE ? JSON.stringify(node.nodeValue) : `<${node.nodeName.toLowerCase()}`);
			}
			return shape;
		})
	);
}

describeInBrowser('hydration', () => {
	let site: Site;
	beforeAll(async () => {
		assertBuilt();
		site = await openSite();
	});
	afterAll(async () => {
		await site?.close();
	});

	for (const path of PAGES) {
		it(`/${path}: hydrating its islands changes no node`, async () => {
			let served: string[][] = [];
			await withPage(site, path, async (page) => void (served = await islandShapes(page)), { javaScriptEnabled: false });
			expect(served.length, 'the page has islands').toBeGreaterThan(0);
			expect(served.every((shape) => shape.length > 0), 'every island has server-rendered content').toBe(true);
			await withPage(site, path, async (page) => {
				const hydrated = await islandShapes(page);
				expect(hydrated).toEqual(served);
			});
		});
	}
});
