/**
 * Whether the table of contents watches the elements Starlight's own selector gives.
 * src/integrations/fast-toc.ts replaces that selector in Starlight's script with
 * src/lib/starlight/toc-targets.ts; this runs both on the page as loaded and compares them,
 * element by element and in order (the observer reports in the order it was given).
 */
import type { Page } from 'playwright-core';
import { tocTargets } from '../../src/lib/starlight/toc-targets';
import { STARLIGHT_TOC_SELECTORS } from '../../src/integrations/fast-toc';

type WithTargets = { starlightTocTargets?: Element[] };

/** Whether the page has a table of contents to check, and what differs (nothing when both agree). */
export async function tocTargetsProblem(page: Page): Promise<{ checked: boolean; problem?: string }> {
	// The heading selector, built as Starlight's script builds it from the contents' levels.
	const headings = await page.evaluate(
		([selectors]) => {
			const toc = document.querySelector<HTMLElement>('starlight-toc');
			if (!toc) return undefined;
			const minH = Number(toc.dataset.minH ?? 2);
			const maxH = Number(toc.dataset.maxH ?? 3);
			const levels = Array.from({ length: 1 + maxH - minH }, (_, i) => `h${minH + i}`).join();
			const selector = `h1#_top,:where(${levels})[id]`;
			(window as WithTargets).starlightTocTargets = [
				...document.querySelectorAll(selectors.map((s) => s.replaceAll('${this.tocHeadingSelector}', selector)).join()),
			];
			return selector;
		},
		[STARLIGHT_TOC_SELECTORS] as const
	);
	if (headings === undefined) return { checked: false };
	// The function itself, passed as source: what the rewritten script runs.
	const ours = await page.evaluateHandle(tocTargets, headings);
	const problem = await page.evaluate((found) => {
		const starlight = (window as WithTargets).starlightTocTargets ?? [];
		delete (window as WithTargets).starlightTocTargets;
		const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}`;
		const at = starlight.findIndex((el, i) => el !== found[i]);
		if (at === -1 && starlight.length === found.length) return undefined;
		const index = at === -1 ? starlight.length : at;
		return `table of contents: Starlight's selector gives ${starlight.length} elements, tocTargets ${found.length}; first difference at ${index}: ${starlight[index] ? name(starlight[index]) : 'none'} vs ${found[index] ? name(found[index]) : 'none'}`;
	}, ours);
	return problem === undefined ? { checked: true } : { checked: true, problem };
}
