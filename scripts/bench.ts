/**
 * `npm run bench [-- page ...]`: speed and size figures of the built site, measured in Chromium.
 * For each page: the JavaScript it loads (files, raw bytes, gzip bytes), everything it loads
 * (gzip bytes), and the time to the load event on loopback. Also the build's page count and size.
 * Last, Lighthouse's mobile performance score of the guide, the tool pages and a tree page
 * (scripts/lighthouse.ts; `BENCH_LIGHTHOUSE=0` skips it, it takes a few minutes).
 * Figures only: nothing here passes or fails.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { normaliseBasePath } from '../src/lib/shared/base-path.ts';
import { launchChromium } from './chromium.ts';
import { LIGHTHOUSE_PAGES, printLighthouse, runLighthouse } from './lighthouse.ts';
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
let offlineReadyMs = 0;

/** Time from navigation to a service worker that has precached everything and controls the page. */
async function measureOfflineReady(): Promise<number> {
	const context = await browser.newContext();
	const tab = await context.newPage();
	const started = performance.now();
	await tab.goto(site.url);
	await tab.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
		}
	});
	const elapsed = performance.now() - started;
	await context.close();
	return elapsed;
}

/** The files the service worker precaches, read from its manifest in dist/sw.js. */
function precacheFigures(): { files: number; bytes: number } {
	const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
	const urls = [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((match) => match[1] ?? '');
	return { files: urls.length, bytes: urls.reduce((sum, url) => sum + statSync(join(DIST, url)).size, 0) };
}
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
		// Starlight loads the search UI when the browser is idle: give it time, so it is counted.
		await tab.waitForTimeout(1500);
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
	offlineReadyMs = await measureOfflineReady();
} finally {
	await browser.close();
	await site.close();
}

// JS = every script the page loads by itself, the idle-loaded search UI included (not the search index).
const header = ['page', 'JS files', 'JS bytes', 'JS gzip', 'all gzip', 'load ms'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(`Build: ${htmlPages.length} HTML pages, ${files.length} files, ${(totalBytes / 1024).toFixed(0)} KiB in ${DIST}/\n`);
console.log(line(header));
for (const row of rows) console.log(line(row));
const precache = precacheFigures();
console.log(
	`\nOffline: the service worker precaches ${precache.files} files, ${(precache.bytes / 1024).toFixed(0)} KiB; ` +
		`offline-ready ${offlineReadyMs.toFixed(0)} ms after opening the home page (loopback).`
);
if (process.env.BENCH_LIGHTHOUSE !== '0') printLighthouse(await runLighthouse(requested.length > 0 ? requested : LIGHTHOUSE_PAGES, DIST));
