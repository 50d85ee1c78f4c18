/**
 * Every page of the built site on a small phone (320 px, touch), then at 640 px (1280 px at 200 %
 * zoom): the page never scrolls sideways (WCAG 1.4.10 reflow), and every command stays readable
 * beside its copy button (Expressive Code shows the button over the top corner of each block on
 * touch screens, so no character of a command may sit under it, and no block may scroll sideways:
 * a flag scrolled out of sight is as hidden). Wide things that are meant to scroll inside their
 * own box (a table wrapper, a diagram) may; the page itself may not. Two pages at once.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser, islandsHydrated, openSite, openWatchedPage, type Site } from '../helpers/browser';
import { assertBuilt, listHtmlFiles } from '../helpers/dist';

const WORKERS = 2;
const WIDTHS = [320, 640];

/** What is wrong with the page as laid out now, in words (empty when nothing is). */
function layoutProblems(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const problems: string[] = [];
		const root = document.documentElement;
		if (root.scrollWidth > root.clientWidth + 1) {
			// Name the widest culprits: elements reaching past the viewport, not inside a box of their own that scrolls.
			const insideScroller = (el: Element) => {
				for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
					const { overflowX } = getComputedStyle(p);
					if (overflowX === 'auto' || overflowX === 'scroll' || overflowX === 'hidden') return true;
				}
				return false;
			};
			const describe = (el: Element) =>
				`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].slice(0, 2).map((c) => `.${c}`).join('')}`;
			const culprits = [...document.body.querySelectorAll('*')]
				.filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1 && !insideScroller(el))
				.filter((el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= root.clientWidth + 1)
				.slice(0, 5)
				.map((el) => `${describe(el)} (${Math.round(el.getBoundingClientRect().right)} px)`);
			problems.push(`scrolls sideways: ${root.scrollWidth} > ${root.clientWidth} px; ${culprits.join(', ')}`);
		}
		document.querySelectorAll<HTMLElement>('.expressive-code .frame').forEach((frame, block) => {
			const pre = frame.querySelector('pre');
			if (!pre || pre.getClientRects().length === 0) return;
			if (pre.scrollWidth > pre.clientWidth + 1) problems.push(`code block ${block} scrolls sideways (${pre.scrollWidth} > ${pre.clientWidth} px)`);
			const button = frame.querySelector<HTMLElement>('.copy button');
			if (!button) return;
			const box = button.getBoundingClientRect();
			if (box.width === 0 || getComputedStyle(button).opacity === '0') return;
			const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				if (!node.textContent?.trim()) continue;
				const range = document.createRange();
				range.selectNodeContents(node);
				const covered = [...range.getClientRects()].some(
					(rect) => rect.width > 0 && rect.right > box.left && rect.left < box.right && rect.bottom > box.top && rect.top < box.bottom
				);
				if (covered) {
					problems.push(`code block ${block}: "${node.textContent.trim().slice(0, 40)}" lies under the copy button`);
					break;
				}
			}
		});
		return problems;
	});
}

describeInBrowser('every page on a phone', () => {
	let site: Site;
	let pages: string[] = [];
	beforeAll(async () => {
		assertBuilt();
		pages = listHtmlFiles().map((file) => file.replace(/index\.html$/, ''));
		site = await openSite();
	});
	afterAll(() => site?.close());

	it(`never scrolls sideways at ${WIDTHS.join(' or ')} px, and no copy button covers a command`, { timeout: 600_000 }, async () => {
		expect(pages.length).toBeGreaterThanOrEqual(3);
		const problems: Record<string, Record<number, string[]>> = {};
		let blocksWithButton = 0;
		const queue = [...pages];
		await Promise.all(
			Array.from({ length: WORKERS }, async () => {
				const watched = await openWatchedPage(site, {
					viewport: { width: WIDTHS[0]!, height: 720 },
					hasTouch: true,
					isMobile: true,
					allow: { errors: [/^console: .*status of 404/], failedResponses: [/^404 .*\/404\.html$/] },
				});
				for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
					await watched.page.setViewportSize({ width: WIDTHS[0]!, height: 720 });
					await watched.page.goto(site.url + path, { waitUntil: 'load' });
					await islandsHydrated(watched.page);
					blocksWithButton += await watched.page.locator('.expressive-code .copy button').count();
					for (const width of WIDTHS) {
						if (width !== WIDTHS[0]) await watched.page.setViewportSize({ width, height: 720 });
						const found = await layoutProblems(watched.page);
						if (found.length > 0) (problems[`/${path}`] ??= {})[width] = found;
					}
				}
				watched.assertClean();
				await watched.context.close();
			})
		);
		// The copy-button check proves something only if pages have code blocks with a button.
		expect(blocksWithButton).toBeGreaterThan(20);
		expect(problems).toEqual({});
	});
});
