/**
 * Takes screenshots of the built site for a human look: every page given on the command line
 * (default: the home page and the guide) at desktop and phone width, light and dark.
 *   node scripts/screenshots.ts [path ...]      → screenshots/<name>-<width>-<theme>.png
 */
import { mkdirSync } from 'node:fs';
import { normaliseBasePath } from '../src/lib/shared/base-path.ts';
import { launchChromium } from './chromium.ts';
import { startStaticServer } from './static-server.ts';

const paths = process.argv.slice(2);
const pages = paths.length > 0 ? paths : ['', 'incident-response/'];
const fullPage = process.env.FULL_PAGE === '1';
const viewports = [
	{ name: 'desktop', width: 1280, height: 900 },
	{ name: 'phone', width: 390, height: 844 },
];

mkdirSync('screenshots', { recursive: true });
const site = await startStaticServer({ root: 'dist', base: normaliseBasePath(process.env.BASE_PATH) });
const browser = await launchChromium();
try {
	for (const path of pages) {
		for (const viewport of viewports) {
			for (const theme of ['light', 'dark'] as const) {
				const context = await browser.newContext({
					viewport: { width: viewport.width, height: viewport.height },
					colorScheme: theme,
				});
				const page = await context.newPage();
				await page.goto(site.url + path);
				const name = (path.replace(/[/#?=&]+/g, '-').replace(/^-|-$/g, '') || 'home') + `-${viewport.name}-${theme}`;
				await page.screenshot({ path: `screenshots/${name}.png`, fullPage });
				console.log(`screenshots/${name}.png`);
				await context.close();
			}
		}
	}
} finally {
	await browser.close();
	await site.close();
}
