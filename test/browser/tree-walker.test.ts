/**
 * The decision-tree pages in Chromium: one representative walk per tree by clicking,
 * Back and Start over work, a path URL reloads to the same step, a malformed one shows a notice,
 * the walk copies as one line, focus follows each step; the pre-rendered diagram shows in light
 * and dark themes with theme colours (switched in place on the walk's page), with no console
 * error, foreign request or axe violation. All tests share one watched tab (useSharedTab: each
 * starts as a first visit, and the tab is checked after each).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser, openSite, reloadHydrated, runAxe, type Site, switchTheme, useSharedTab } from '../helpers/browser';
import { assertBuilt } from '../helpers/dist';
import { loadTrees } from '../../scripts/trees';
import { labelOf, listLeafPaths, pathTo, questionOf, serialisePath } from '~/lib/trees/tree';
import type { DecisionTree } from '~/schemas/decision-tree';

const trees = loadTrees().map(({ tree }) => tree);

const walker = (page: Page) => page.locator('.tree-walker');

/** The heading the walker should show at the end of `path`. */
function expectedHeading(tree: DecisionTree, path: string[]): string {
	const node = tree.nodes[path.at(-1) ?? tree.start]!;
	return node.outcome ? node.outcome.action : (questionOf(node) ?? node.text);
}

/**
 * The walker shows the step at the end of `path`: its heading, and the URL's path (it follows
 * right after the render, replaceState in an effect, so it is waited for too); with `focused`,
 * focus sits on the walker's heading (moved there after a step). Read in one round trip, polled
 * until all of it holds.
 */
async function expectStep(page: Page, tree: DecisionTree, path: string[], { focused = false } = {}) {
	const read = () =>
		page.evaluate((withFocus) => {
			const h3 = document.querySelector('.tree-walker h3');
			return {
				heading: h3?.textContent ?? null,
				path: new URL(location.href).searchParams.get('path') ?? '',
				...(withFocus ? { focusOnHeading: document.activeElement?.matches('.tree-walker h3') ?? false } : {}),
			};
		}, focused);
	await expect
		.poll(read)
		.toEqual({ heading: expectedHeading(tree, path), path: serialisePath(path), ...(focused ? { focusOnHeading: true } : {}) });
}

async function answer(page: Page, tree: DecisionTree, id: string) {
	await walker(page).getByRole('button', { name: labelOf(tree.nodes[id]!), exact: true }).click();
}

/**
 * The tree's pre-rendered SVG diagram as the reader sees it in `theme`: an image with its name,
 * a readable size, and Starlight's gray-6 on its question nodes (dark on dark, light on light).
 * (axe on the page as loaded: every-page.test.ts, both themes.)
 */
async function expectDiagramInTheme(page: Page, tree: DecisionTree, theme: 'light' | 'dark') {
	await switchTheme(page, theme);
	// Read in one round trip: the diagram's role and size, and the colours to compare.
	const { role, box, nodeFill, pageBackground } = await page.evaluate((id) => {
		const svg = document.querySelector(`figure.tree-diagram svg#tree-diagram-${id}`);
		const rect = document.querySelector(`#tree-diagram-${id} .node.question rect`)!;
		const { width, height } = svg?.getBoundingClientRect() ?? { width: 0, height: 0 };
		return {
			role: svg?.getAttribute('role') ?? null,
			box: { width, height },
			nodeFill: getComputedStyle(rect).fill,
			pageBackground: getComputedStyle(document.body).backgroundColor,
		};
	}, tree.id);
	expect(role).toBe('img');
	expect(box.width).toBeGreaterThan(250);
	expect(box.height).toBeGreaterThan(150);
	const lightness = (rgb: string) => rgb.match(/\d+/g)!.slice(0, 3).reduce((sum, n) => sum + Number(n), 0) / 3;
	expect(Math.abs(lightness(nodeFill) - lightness(pageBackground)), `${tree.id} diagram in ${theme}`).toBeLessThan(60);
	expect(await page.getByRole('img', { name: `Decision tree: ${tree.title}` }).count()).toBe(1);
}

describeInBrowser('decision tree pages', () => {
	let site: Site;
	beforeAll(async () => {
		assertBuilt();
		site = await openSite();
	});
	afterAll(() => site?.close());

	// One watched tab for every test (each starts as a first visit); the copy test reads the clipboard.
	const tab = useSharedTab(() => site, { permissions: ['clipboard-read', 'clipboard-write'] });

	async function openTree(tree: DecisionTree, search = '', colorScheme: 'light' | 'dark' = 'light') {
		const page = await tab.open(`troubleshooting/${tree.id}/${search}`, { colorScheme });
		await walker(page).locator('h3').waitFor();
		return page;
	}

	/**
	 * One representative walk per tree: its longest path, through a "continue at" jump when the tree
	 * has one, to the outcome card. Every leaf of every tree is walked by test/content/trees.test.ts
	 * with the same walker logic (src/lib/trees); here the browser proves the clicks, focus, URL and
	 * the outcome card, with axe once on the outcome card (light and dark alternate by tree).
	 */
	for (const [index, tree] of trees.entries()) {
		const colorScheme = index % 2 === 0 ? 'light' : 'dark';
		it(`${tree.id}: shows its diagram in both themes, walks a representative path by clicking, focus on each new step, axe on the outcome (${colorScheme})`, async () => {
			const leafPaths = listLeafPaths(tree);
			const isJump = (path: string[]) => Boolean(tree.nodes[path.at(-1)!]!.outcome!.continueAt);
			const longest = (paths: string[][]) => paths.reduce((a, b) => (b.length > a.length ? b : a));
			const walk = leafPaths.some(isJump) ? longest(leafPaths.filter(isJump)) : longest(leafPaths);
			const page = await openTree(tree, '', colorScheme);
			const otherScheme = colorScheme === 'light' ? 'dark' : 'light';
			await expectDiagramInTheme(page, tree, otherScheme);
			await expectDiagramInTheme(page, tree, colorScheme);
			await expectStep(page, tree, []);
			for (const [index, id] of walk.entries()) {
				await answer(page, tree, id);
				await expectStep(page, tree, walk.slice(0, index + 1), { focused: true });
			}
			const outcome = tree.nodes[walk.at(-1)!]!.outcome!;
			const card = walker(page).locator('.tree-walker__outcome');
			if (outcome.issue) await expect.poll(() => card.textContent()).toMatch(/Resolve it with Common issue \d+/);
			expect(await runAxe(page)).toEqual([]);
			if (outcome.continueAt) {
				await walker(page).getByRole('button', { name: /^Continue with the next check/ }).click();
				await expectStep(page, tree, pathTo(tree, outcome.continueAt)!, { focused: true });
			}
			await walker(page).getByRole('button', { name: 'Start over' }).click();
			await expectStep(page, tree, []);
		});
	}

	const [first] = trees;
	const deepest = listLeafPaths(first!).reduce((a, b) => (b.length > a.length ? b : a));

	it('goes Back one step and Starts over, keeping the URL in step', async () => {
		const tree = first!;
		const page = await openTree(tree);
		for (const id of deepest) await answer(page, tree, id);
		await expectStep(page, tree, deepest);
		await walker(page).getByRole('button', { name: 'Back' }).click();
		await expectStep(page, tree, deepest.slice(0, -1), { focused: true });
		await walker(page).getByRole('button', { name: 'Start over' }).click();
		await expectStep(page, tree, [], { focused: true });
		expect(await walker(page).getByRole('button', { name: 'Back' }).isDisabled()).toBe(true);
	});

	it('reopens a shared path URL at the same step, and after a reload', async () => {
		const tree = first!;
		const page = await openTree(tree, `?path=${serialisePath(deepest)}`);
		await expectStep(page, tree, deepest);
		const trail = await walker(page).locator('.tree-walker__trail li').allTextContents();
		expect(trail).toEqual(deepest.map((id) => labelOf(tree.nodes[id]!)));
		await reloadHydrated(page);
		await expectStep(page, tree, deepest);
		// Opening a page must not steal focus from the reader.
		expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
	});

	it('keeps the valid part of a malformed path and says what it ignored', async () => {
		const tree = first!;
		const bad = encodeURIComponent(`${deepest[0]},<img src=x onerror=alert(1)>`);
		const page = await openTree(tree, `?path=${bad}&colour=red`);
		await expectStep(page, tree, deepest.slice(0, 1));
		const notice = await walker(page).getByRole('alert').textContent();
		expect(notice).toContain('“<img src=x onerror=alert(1)>”');
		expect(notice).toContain('unknown link parameter “colour”');
		expect(await page.locator('img[src="x"]').count()).toBe(0);
	});

	it('copies the walk as one line that names the path, the outcome and the link', async () => {
		const tree = first!;
		const page = await openTree(tree, `?path=${serialisePath(deepest)}`);
		await expectStep(page, tree, deepest);
		await walker(page).getByRole('button', { name: 'Copy my walk' }).click();
		await expect.poll(() => walker(page).getByRole('status').textContent()).toBe('Your walk copied.');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).not.toMatch(/\n/);
		expect(copied).toContain(`${tree.title}: `);
		expect(copied).toContain(tree.nodes[deepest.at(-1)!]!.outcome!.action);
		const link = new URL(copied.split(' ').at(-1)!);
		expect(link.pathname).toBe(`/troubleshooting/${tree.id}/`);
		expect(link.searchParams.get('path')).toBe(serialisePath(deepest));
		expect(await walker(page).getByRole('textbox').inputValue()).toBe(copied);
	});

	// That no page ships Mermaid code is read from every file of dist/ by test/build/decision-trees.test.ts.
});
