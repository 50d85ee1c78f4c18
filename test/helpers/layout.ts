/**
 * Layout checks for a small screen, shared by the site-wide walk (test/browser/every-page.test.ts)
 * and the tools' own phone checks: the page never scrolls sideways (WCAG 1.4.10 reflow), and
 * every command stays readable beside its copy button (Expressive Code shows the button over the
 * top corner of each block on touch screens, so no character of a command may sit under it, and
 * no block may scroll sideways: a flag scrolled out of sight is as hidden). Wide things that are
 * meant to scroll inside their own box (a table wrapper, a diagram) may; the page itself may not.
 */
import type { CDPSession, Page } from 'playwright-core';
import { renderAllBlocks } from './browser';

/** A phone's width (320 px, touch) and 1280 px at 200 % zoom (640 px). */
export const PHONE_WIDTHS = [320, 640] as const;

/**
 * Turns the loaded page into a touch phone `width` px wide, in place (device metrics with mobile
 * viewport rules, touch input, so `(hover: none)` holds): the same document a phone would lay out,
 * without loading it again. `leavePhone` restores the desktop viewport and mouse input, but
 * Chromium keeps "(hover: none)" in that tab once touch emulation has been on.
 */
export async function emulatePhone(page: Page, session: CDPSession, width: number): Promise<void> {
	await session.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
	await session.send('Emulation.setDeviceMetricsOverride', { width, height: 720, deviceScaleFactor: 1, mobile: true });
	await nextFrames(page);
}

/** Resolves after the page has drawn two more frames: what was just changed is laid out and painted. */
export function nextFrames(page: Page): Promise<unknown> {
	return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/**
 * What is wrong with the page as laid out now, in words (empty when nothing is). Blocks deferred
 * until a reader scrolls near them are drawn first: a block not laid out cannot overflow.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
	await renderAllBlocks(page);
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

export async function leavePhone(page: Page, session: CDPSession, viewport: { width: number; height: number }): Promise<void> {
	await session.send('Emulation.setTouchEmulationEnabled', { enabled: false });
	await session.send('Emulation.clearDeviceMetricsOverride');
	await page.setViewportSize(viewport);
}

/**
 * An init script (for `tab.beforeEveryLoad` or `context.addInitScript`) that records every layout
 * shift of the document from its start, as Lighthouse's CLS counts them; read with `layoutShiftTotal`.
 */
export function recordLayoutShifts(): void {
	const shifts: number[] = [];
	(window as unknown as { __shifts: number[] }).__shifts = shifts;
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shifts.push(entry.value);
	}).observe({ type: 'layout-shift', buffered: true });
}

/** The sum of the layout shifts recorded so far (after two frames, so the latest one is in). */
export async function layoutShiftTotal(page: Page): Promise<number> {
	await nextFrames(page);
	return page.evaluate(() => ((window as unknown as { __shifts?: number[] }).__shifts ?? []).reduce((sum, value) => sum + value, 0));
}
