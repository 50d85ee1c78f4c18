/**
 * Printing: navigation chrome disappears, the content stays, and the on-call card fits one sheet
 * of A4 and of Letter (counted in the PDF Chromium prints, and checked by rendered height).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, openSite, openWatchedPage, type Site } from '../helpers/browser';
import { assertBuilt } from '../helpers/dist';

/** Pages in a PDF made by Chromium: one "/Type /Page" object per page. */
function countPdfPages(pdf: Buffer): number {
	return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

/**
 * Navigation and page chrome that must not print, as elements with a box of their own (nav.sidebar
 * and site-search are display: contents, so they could never fail a visibility check).
 */
const PAGE_CHROME = ['header.header', 'nav.sidebar .sidebar-pane', 'starlight-toc nav', 'site-search button', '.pagination-links'];
/** The on-call card has no table of contents. */
const chromeOf = (path: string) => PAGE_CHROME.filter((chrome) => path !== 'on-call-card/' || chrome !== 'starlight-toc nav');

describeInBrowser('print', () => {
	let site: Site;
	beforeAll(async () => {
		assertBuilt();
		site = await openSite();
	});
	afterAll(() => site?.close());

	for (const path of ['incident-response/', 'on-call-card/']) {
		it(`/${path} prints without navigation and with its content`, async () => {
			const { page, context } = await openWatchedPage(site);
			try {
				await page.goto(site.url + path);
				const visible = (chrome: string) =>
					page.locator(chrome).evaluateAll((elements) =>
						elements.some((el) => el.getBoundingClientRect().height > 0 && getComputedStyle(el).display !== 'none')
					);
				// The selectors must match the page's navigation on screen, or "hidden in print" proves nothing.
				for (const chrome of chromeOf(path)) expect(await visible(chrome), `${chrome} should show on screen`).toBe(true);
				await page.emulateMedia({ media: 'print' });
				for (const chrome of PAGE_CHROME) expect(await visible(chrome), `${chrome} should not print`).toBe(false);
				const text = await page.locator('main').innerText();
				expect(text).toContain(path === 'on-call-card/' ? 'Key commands' : 'Escalation Decision Matrix');
				expect(text).toContain('./scripts/diagnose_health.sh');
			} finally {
				await context.close();
			}
		});
	}

	for (const format of ['A4', 'Letter'] as const) {
		it(`the on-call card fits one ${format} page`, async () => {
			// The viewport is the sheet's printable width (less 12 mm side margins), at 96 px per inch.
			const sheetWidthMm = format === 'A4' ? 210 : 215.9;
			const viewport = { width: Math.floor(((sheetWidthMm - 24) / 25.4) * 96), height: 800 };
			const { page, context } = await openWatchedPage(site, { viewport });
			try {
				await page.goto(`${site.url}on-call-card/`);
				await page.emulateMedia({ media: 'print' });
				const pdf = await page.pdf({ format, printBackground: true, preferCSSPageSize: false });
				expect(countPdfPages(pdf)).toBe(1);
				// Same check by height: the printable area of the sheet at 96 px per inch,
				// less the 14 mm top and bottom margins of print.css.
				const sheetHeightMm = format === 'A4' ? 297 : 279.4;
				const printableHeightPx = ((sheetHeightMm - 28) / 25.4) * 96;
				const contentHeight = await page.evaluate(() => document.documentElement.scrollHeight);
				expect(contentHeight).toBeLessThanOrEqual(printableHeightPx);
			} finally {
				await context.close();
			}
		});
	}
});
