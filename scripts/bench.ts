/**
 * `npm run bench [-- page ...]`: speed and size figures of the built site, measured in Chromium.
 * For each page: the JavaScript it loads (files, raw bytes, gzip bytes), everything it loads
 * (gzip bytes), and the time to the load event on loopback. Also the build's page count and size.
 * Figures only: nothing here passes or fails.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { normaliseBasePath } from '../src/lib/base-path.ts';
import { launchChromium } from './chromium.ts';
import { startStaticServer } from './static-server.ts';

const DIST = process.env.DIST_DIR ?? 'dist';
const base = normaliseBasePath(process.env.BASE_PATH);

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

const files = walk(DIST);
const htmlPages = files.filter((f) => f.endsWith('.html')).map((f) => relative(DIST, f).replace(/index\.html$/, ''));
const requested = process.argv.slice(2);
const pages = requested.length > 0 ? requested : htmlPages.filter((p) => p !== '404.html');
const totalBytes = files.reduce((sum, f) => sum + statSync(f).size, 0);

const gzipSize = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const site = await startStaticServer({ root: DIST, base });
const browser = await launchChromium();
const rows: string[][] = [];
try {
	for (const page of pages) {
		const context = await browser.newContext();
		const tab = await context.newPage();
		const loaded = new Set<string>();
		tab.on('response', (response) => {
			const url = new URL(response.url());
			if (url.origin === new URL(site.url).origin && response.status() === 200) loaded.add(url.pathname);
		});
		const started = performance.now();
		await tab.goto(site.url + page, { waitUntil: 'load' });
		const loadMs = performance.now() - started;
		await tab.waitForLoadState('networkidle');
		const onDisk = [...loaded]
			.map((path) => decodeURIComponent(path.slice(base.length)))
			.map((path) => join(DIST, path.endsWith('/') || path === '' ? `${path}index.html` : path))
			.filter((path) => {
				try {
					return statSync(path).isFile();
				} catch {
					return false;
				}
			});
		const js = onDisk.filter((path) => /\.m?js$/.test(path));
		rows.push([
			`/${page}`,
			String(js.length),
			js.reduce((sum, path) => sum + statSync(path).size, 0).toLocaleString('en'),
			js.reduce((sum, path) => sum + gzipSize(path), 0).toLocaleString('en'),
			onDisk.reduce((sum, path) => sum + gzipSize(path), 0).toLocaleString('en'),
			loadMs.toFixed(0),
		]);
		await context.close();
	}
} finally {
	await browser.close();
	await site.close();
}

const header = ['page', 'JS files', 'JS bytes', 'JS gzip', 'all gzip', 'load ms'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(`Build: ${htmlPages.length} HTML pages, ${files.length} files, ${(totalBytes / 1024).toFixed(0)} KiB in ${DIST}/\n`);
console.log(line(header));
for (const row of rows) console.log(line(row));
