/**
 * `npm run diagrams [-- tree-id ...]`: draws each decision tree's flowchart ahead of time.
 *
 * The Mermaid source comes from the tree data (src/lib/trees/mermaid.ts). Mermaid itself
 * renders it to SVG in Chromium (playwright-core), loaded from node_modules with no network at
 * all. The SVG is then made theme-neutral: Mermaid's own colours are removed and every node and
 * edge gets plain classes that the page's stylesheet colours with Starlight's variables, so one
 * SVG works in the light and the dark theme. Each file records the hash of its source, so a test
 * can tell when the data changed but the drawing did not. Pages inline these files and ship no
 * Mermaid code; the build needs no browser.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launchChromium } from './chromium.ts';
import { MEASURE_FONT, diagramThemeCss } from './diagram-theme.ts';
import { diagramPath, loadTrees } from './trees.ts';
import { validateTree } from '../src/lib/trees/tree.ts';
import { diagramSource } from '../src/lib/trees/mermaid.ts';
import { diagramState, stampDiagram } from '../src/lib/trees/diagram-freshness.ts';


const require = createRequire(import.meta.url);
const MERMAID_JS = readFileSync(require.resolve('mermaid/dist/mermaid.min.js'), 'utf8');

const only = process.argv.slice(2);
const trees = loadTrees().filter(({ tree }) => only.length === 0 || only.includes(tree.id));
if (only.length > 0 && trees.length !== only.length) {
	console.error(`Unknown tree id among: ${only.join(', ')}`);
	process.exit(2);
}
const problems = trees.flatMap(({ tree, file }) => validateTree(tree, file));
if (problems.length > 0) {
	console.error(`Fix the tree data first:\n- ${problems.join('\n- ')}`);
	process.exit(1);
}

const browser = await launchChromium();
try {
	const context = await browser.newContext();
	// Nothing may leave the machine: Mermaid is injected from node_modules, everything else is refused.
	await context.route('**/*', (route) => route.abort('blockedbyclient'));
	const page = await context.newPage();
	await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
	await page.addScriptTag({ content: MERMAID_JS });
	await page.evaluate((fontFamily) => {
		// @ts-expect-error mermaid is the global the script tag above defines
		window.mermaid.initialize({
			startOnLoad: false,
			securityLevel: 'strict',
			theme: 'base',
			look: 'classic',
			handDrawnSeed: 1,
			htmlLabels: false,
			fontFamily,
			themeVariables: { fontFamily, fontSize: '14px' },
			flowchart: { curve: 'basis', padding: 14, nodeSpacing: 22, rankSpacing: 44, wrappingWidth: 200 },
		});
	}, MEASURE_FONT);

	for (const { tree } of trees) {
		const source = diagramSource(tree);
		const target = diagramPath(tree.id);
		const svgId = `tree-diagram-${tree.id}`;
		const raw = await page.evaluate(
			async ({ svgId, source, css }) => {
				// @ts-expect-error mermaid is the global the script tag above defines
				const { svg } = (await window.mermaid.render(svgId, source)) as { svg: string };
				return themeNeutral(svg, css);

				/** Mermaid's colours out, our classes and stylesheet in, numbers shortened. */
				function themeNeutral(markup: string, stylesheet: string): string {
					const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
					const root = doc.documentElement;
					for (const element of root.querySelectorAll('style')) element.remove();
					const style = doc.createElementNS('http://www.w3.org/2000/svg', 'style');
					style.textContent = stylesheet;
					root.querySelector('desc')?.after(style);
					// One text node per line instead of one tspan per word.
					for (const row of root.querySelectorAll('tspan.text-outer-tspan')) {
						row.textContent = row.textContent;
						row.setAttribute('class', 'row');
					}
					// Mermaid's empty helper rects and inline styles that only repeat its own theme.
					for (const rect of root.querySelectorAll('rect')) {
						if (rect.attributes.length === 0 || rect.classList.contains('background')) rect.remove();
					}
					for (const element of [root, ...root.querySelectorAll('*')]) {
						for (const { name, value } of [...element.attributes]) {
							if (name.startsWith('data-')) element.removeAttribute(name);
							else if (name === 'style' && /^[\s;]*$/.test(value)) element.removeAttribute(name);
							else if (['d', 'transform', 'x', 'y', 'width', 'height', 'rx', 'ry', 'viewBox'].includes(name)) {
								element.setAttribute(name, value.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10)));
							}
						}
					}
					// An image with a name; the nested list under the diagram is its text equivalent.
					const [, , width = '0', height = '0'] = (root.getAttribute('viewBox') ?? '').split(' ');
					root.removeAttribute('style');
					root.removeAttribute('aria-roledescription');
					root.setAttribute('role', 'img');
					root.setAttribute('width', width);
					root.setAttribute('height', height);
					return new XMLSerializer().serializeToString(root);
				}
			},
			{ svgId, source, css: diagramThemeCss(svgId) }
		);
		const svg = stampDiagram(raw, source);
		const before = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
		if (before === svg) {
			console.log(`unchanged  src/diagrams/${tree.id}.svg`);
		} else {
			writeFileSync(target, svg);
			console.log(`${diagramState(source, before) === 'missing' ? 'created' : 'redrawn'}    src/diagrams/${tree.id}.svg`);
		}
	}
	await context.close();
} finally {
	await browser.close();
}
