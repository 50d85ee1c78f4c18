/**
 * The incident console in the build: the page exists with its no-JavaScript explanation, the
 * guide links it, and the JavaScript stays small: the console page loads at most 25 KB gzip beyond
 * what a plain content page loads (Starlight's own scripts), and the open-incident bar adds at most
 * 2 KB gzip to every content page, as a file of the site (no inline script, nothing foreign).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, DIST, readMain } from '../helpers/dist';
import { hashSource } from '../../src/integrations/csp-policy';

const html = (page: string) => readFileSync(join(DIST, page), 'utf8');

/** Every JS file a page loads (script src, island component and renderer, and their static imports), with its gzip size. */
function pageScripts(page: string): Map<string, number> {
	const text = html(page);
	const roots = [
		...[...text.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!),
		...[...text.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)].map((m) => m[1]!),
	];
	const sizes = new Map<string, number>();
	const visit = (url: string) => {
		const file = join(DIST, url.replace(/^\//, ''));
		if (sizes.has(url) || !existsSync(file)) return;
		const source = readFileSync(file, 'utf8');
		sizes.set(url, gzipSync(source).length);
		// Static imports only: a dynamic import() loads when the reader uses what needs it (a handoff link).
		for (const m of source.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.js)["']/g)) {
			const target = m[1]!;
			visit(target.startsWith('/') ? target : new URL(target, `http://x${url}`).pathname);
		}
	};
	roots.forEach(visit);
	return sizes;
}
const inlineScripts = (page: string) =>
	[...html(page).matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).filter((s) => s.trim() !== '');
const gz = (text: string) => gzipSync(text).length;
const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);

beforeAll(() => assertBuilt());

describe('the incident console page', () => {
	it('exists, in the sidebar, and explains itself without JavaScript', () => {
		const main = readMain('incident/index.html');
		expect(main.querySelector('h1')?.textContent ?? html('incident/index.html')).toContain('Incident console');
		const noscript = main.querySelector('noscript')?.textContent ?? '';
		expect(noscript).toContain('needs JavaScript');
		expect(noscript).toContain('Incident Response Guide');
		expect(html('incident/index.html')).toMatch(/<astro-island[^>]*component-url="[^"]*IncidentConsole/);
		expect(html('monitoring/index.html')).toMatch(/<a href="\/incident\/"[^>]*>\s*<span[^>]*>Incident console</);
	});

	it('is linked from the guide as the Incident Tracking Dashboard', () => {
		const main = readMain('incident-response/index.html');
		const link = main.querySelectorAll('a').find((a) => a.textContent.trim() === 'Incident Tracking Dashboard');
		expect(link?.getAttribute('href')).toBe('/incident/');
	});

	it('loads at most 25 KB gzip of JavaScript beyond a plain content page', () => {
		const plain = pageScripts('monitoring/index.html');
		const mine = pageScripts('incident/index.html');
		const extra = [...mine].filter(([url]) => !plain.has(url));
		const plainInline = new Set(inlineScripts('monitoring/index.html'));
		const extraInline = inlineScripts('incident/index.html').filter((s) => !plainInline.has(s));
		const total = sum(extra.map(([, size]) => size)) + sum(extraInline.map(gz));
		console.info(`incident console: ${total} bytes gzip beyond a content page (${extra.map(([u, s]) => `${u.replace('/_astro/', '')} ${s}`).join(', ')}; inline ${sum(extraInline.map(gz))})`);
		expect(total).toBeGreaterThan(5_000); // it measured something
		expect(total).toBeLessThanOrEqual(25 * 1024);
	});
});

describe('the open-incident bar', () => {
	/** The bar's script on a page: inline (Astro inlines a small script; the CSP hashes it) or a file of the site. */
	const barScripts = (page: string) => [
		...inlineScripts(page).filter((s) => s.includes('engram-runbook:incident-index')).map((source) => ({ source, inline: true })),
		// Files the page itself names in a <script src> (the islands' chunks share the key with the console).
		...[...html(page).matchAll(/<script[^>]*\ssrc="([^"]+)"/g)]
			.map((m) => m[1]!)
			.map((url) => readFileSync(join(DIST, url.replace(/^\//, '')), 'utf8'))
			.filter((source) => source.includes('engram-runbook:incident-index'))
			.map((source) => ({ source, inline: false })),
	];

	it('is on every content page, at most 2 KB gzip, allowed by the page’s own CSP', () => {
		for (const page of ['index.html', 'monitoring/index.html', 'incident-response/index.html', 'alerts/index.html', '404.html']) {
			const found = barScripts(page);
			expect(found, page).toHaveLength(1);
			expect(gz(found[0]!.source), page).toBeLessThanOrEqual(2048);
			if (found[0]!.inline) expect(html(page), page).toContain(hashSource(found[0]!.source));
		}
		console.info(`incident bar: ${gz(barScripts('monitoring/index.html')[0]!.source)} bytes gzip on a content page`);
	});

	it('loads no framework and links the console', () => {
		const { source } = barScripts('monitoring/index.html')[0]!;
		expect(source).not.toMatch(/\bimport\b/);
		expect(source).toContain('incident/');
	});
});
