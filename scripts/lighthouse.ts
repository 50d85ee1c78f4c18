/**
 * `npm run bench` (its last part), or alone: `node scripts/lighthouse.ts [page ...]`.
 * Lighthouse's mobile profile (simulated slow 4G and a 4x slower CPU, Lighthouse's defaults) on
 * the guide, each tool page and a tree page of the built site, served on loopback gzip-compressed
 * as static hosts serve it (the simulated network times the bytes sent): the median
 * performance score of three runs per page, with the median total blocking time and largest
 * contentful paint. Figures only: nothing here passes or fails. Debian's Chromium
 * (CHROMIUM_PATH) is driven through chrome-launcher; the site makes no outside request, and
 * Chromium's own background traffic is switched off as in scripts/chromium.ts.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { normaliseBasePath } from '../src/lib/shared/base-path.ts';
import { CHROMIUM_PATH } from './chromium.ts';
import { startStaticServer } from './static-server.ts';

export const LIGHTHOUSE_PAGES = [
	'incident-response/',
	'tools/severity/',
	'tools/escalation/',
	'tools/templates/',
	'incident/',
	'troubleshooting/service-unavailability/',
];
const RUNS = 3;

export interface LighthouseFigure {
	page: string;
	scores: number[];
	score: number;
	tbtMs: number;
	lcpMs: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function runLighthouse(pages: string[] = LIGHTHOUSE_PAGES, dist = process.env.DIST_DIR ?? 'dist'): Promise<LighthouseFigure[]> {
	const base = normaliseBasePath(process.env.BASE_PATH);
	const site = await startStaticServer({ root: dist, base, compress: true });
	const chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM_PATH,
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
	});
	const figures: LighthouseFigure[] = [];
	try {
		for (const page of pages) {
			const runs: { score: number; tbt: number; lcp: number }[] = [];
			for (let run = 0; run < RUNS; run++) {
				const result = await lighthouse(site.url + page, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error', output: 'json' });
				const lhr = result?.lhr;
				if (!lhr) throw new Error(`Lighthouse returned nothing for /${page}`);
				if (lhr.runtimeError) throw new Error(`Lighthouse failed on /${page}: ${lhr.runtimeError.message}`);
				runs.push({
					score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
					tbt: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
					lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
				});
			}
			figures.push({
				page,
				scores: runs.map((r) => r.score),
				score: median(runs.map((r) => r.score)),
				tbtMs: median(runs.map((r) => r.tbt)),
				lcpMs: median(runs.map((r) => r.lcp)),
			});
		}
	} finally {
		await chrome.kill();
		await site.close();
	}
	return figures;
}

export function printLighthouse(figures: LighthouseFigure[]): void {
	console.log(`\nLighthouse mobile performance (median of ${RUNS} runs; simulated slow 4G, 4x CPU slowdown):`);
	const rows = figures.map((f) => [`/${f.page}`, String(f.score), f.scores.join(' '), f.tbtMs.toFixed(0), f.lcpMs.toFixed(0)]);
	const header = ['page', 'score', 'runs', 'TBT ms', 'LCP ms'];
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
	const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
	console.log(line(header));
	for (const row of rows) console.log(line(row));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const requested = process.argv.slice(2);
	printLighthouse(await runLighthouse(requested.length > 0 ? requested : LIGHTHOUSE_PAGES));
}
