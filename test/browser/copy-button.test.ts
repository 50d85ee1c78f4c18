/**
 * On a 390 px phone every command stays readable beside its copy button: Expressive Code shows
 * the button over the top corner of each block on touch screens, so no character of a command
 * may sit under it, and no block may scroll sideways (a flag scrolled out of sight is as hidden).
 * Checked on every common-issue page and the other pages dense with commands.
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, openSite, openWatchedPage, type Site } from '../helpers/browser';
import { assertBuilt } from '../helpers/dist';
import { DATA_DIR } from '../helpers/data';

const issuePages = readdirSync(`${DATA_DIR}common-issues/`)
	.filter((name) => name.endsWith('.yaml'))
	.map((name) => `common-issues/${name.replace(/\.yaml$/, '')}/`);
const PAGES = [...issuePages, 'reference/tools/', 'backup-restore/', 'troubleshooting/data-integrity/'];

interface BlockProblem {
	block: number;
	problem: string;
}

describeInBrowser('commands beside their copy button on a phone', () => {
	let site: Site;
	beforeAll(async () => {
		assertBuilt();
		site = await openSite();
	});
	afterAll(() => site?.close());

	for (const path of PAGES) {
		it(`/${path}: no copy button covers a command, no command scrolls sideways`, async () => {
			const watched = await openWatchedPage(site, {
				viewport: { width: 390, height: 844 },
				hasTouch: true,
				isMobile: true,
			});
			try {
				await watched.page.goto(site.url + path);
				const result = await watched.page.evaluate(() => {
					const problems: { block: number; problem: string }[] = [];
					const frames = [...document.querySelectorAll<HTMLElement>('.expressive-code .frame')];
					let withButton = 0;
					frames.forEach((frame, block) => {
						const pre = frame.querySelector('pre');
						if (!pre) return;
						if (pre.scrollWidth > pre.clientWidth + 1) {
							problems.push({ block, problem: `scrolls sideways (${pre.scrollWidth} > ${pre.clientWidth} px)` });
						}
						const button = frame.querySelector<HTMLElement>('.copy button');
						if (!button) return;
						const box = button.getBoundingClientRect();
						if (box.width === 0 || getComputedStyle(button).opacity === '0') return;
						withButton += 1;
						const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
						for (let node = walker.nextNode(); node; node = walker.nextNode()) {
							if (!node.textContent?.trim()) continue;
							const range = document.createRange();
							range.selectNodeContents(node);
							for (const rect of range.getClientRects()) {
								const overlaps =
									rect.right > box.left && rect.left < box.right && rect.bottom > box.top && rect.top < box.bottom;
								if (overlaps && rect.width > 0) {
									problems.push({ block, problem: `"${node.textContent.trim().slice(0, 40)}" lies under the copy button` });
									break;
								}
							}
						}
					});
					return { problems, frames: frames.length, withButton };
				});
				// The check proves something only if the page has blocks with a visible button.
				expect(result.frames).toBeGreaterThan(0);
				expect(result.withButton).toBeGreaterThan(0);
				expect(result.problems as BlockProblem[]).toEqual([]);
				expect(watched.errors).toEqual([]);
				expect(watched.foreignRequests).toEqual([]);
			} finally {
				await watched.context.close();
			}
		});
	}
});
