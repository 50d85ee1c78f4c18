/** Reads the built site in dist/ for build tests. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = new URL('../../dist/', import.meta.url).pathname;
/** The same site built under a base path by `npm run build:base`. */
export const BASE_DIST = new URL('../../dist-base/', import.meta.url).pathname;
export const BASE_PATH = '/runbook/';

/** Fails early with a clear message when the site was not built. */
export function assertBuilt(): void {
	if (!existsSync(join(DIST, 'index.html'))) {
		throw new Error('dist/ is missing: run "npm run build" first ("npm test" does it for you).');
	}
}

/** Every HTML file of the build, as paths relative to dist/ ("incident-response/index.html"). */
export function listHtmlFiles(root = DIST): string[] {
	const walk = (dir: string): string[] =>
		readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) return walk(path);
			return entry.name.endsWith('.html') ? [relative(root, path)] : [];
		});
	return walk(root);
}

/** The page's main content, with our own annotations (screen-reader-only text, notes) removed. */
export function readMain(file: string): HTMLElement {
	// node-html-parser keeps <pre> as raw text by default; code blocks must be parsed too.
	const root = parse(readFileSync(join(DIST, file), 'utf8'), {
		blockTextElements: { script: true, noscript: true, style: true },
	});
	const main = root.querySelector('main');
	if (!main) throw new Error(`${file} has no <main>`);
	for (const note of main.querySelectorAll('.sr-only, .not-configured')) note.remove();
	return main;
}

/** Text with entities decoded and all white space removed, for layout-proof comparisons. */
export function squash(text: string): string {
	return straightenQuotes(decodeEntities(text)).replace(/\s+/g, '');
}

export function decodeEntities(text: string): string {
	return text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&#x2F;/g, '/')
		.replace(/&nbsp;/g, ' ')
		.replace(/&amp;/g, '&');
}

/** Markdown's smart punctuation turns quotes curly; the seed has straight ones. */
export function straightenQuotes(text: string): string {
	return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
}

/**
 * What a page makes the browser fetch by itself: the URLs of its scripts, styles, images and
 * islands (component, renderer and module imports), in the order found. Links a reader follows
 * are not in it (test/build/links.test.ts checks every one of those).
 */
export function assetUrlsOf(html: string): string[] {
	const urls = new Set<string>();
	for (const match of html.matchAll(/<(script|link|img|source)\b[^>]*?\s(?:src|href|srcset)="([^"]+)"/g)) {
		if (match[1] === 'link' && /\srel="(?:alternate|canonical|sitemap)"/.test(match[0])) continue;
		urls.add(match[2]!);
	}
	for (const match of html.matchAll(/\s(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)) urls.add(match[1]!);
	for (const match of html.matchAll(/\bimport\s*\(?\s*["']([^"']+)["']/g)) urls.add(match[1]!);
	return [...urls];
}

/**
 * One page per distinct set of asset URLs (assetUrlsOf), e.g. the 79 pages of the site share 7
 * sets. A page whose scripts, styles and islands are those of a page already loaded in the
 * browser asks the server for nothing new, so a walk that checks requests needs only these.
 */
export function pagesWithDistinctAssets(root = DIST): string[] {
	const seen = new Map<string, string>();
	for (const file of listHtmlFiles(root).sort()) {
		const key = assetUrlsOf(readFileSync(join(root, file), 'utf8')).sort().join('\n');
		if (!seen.has(key)) seen.set(key, file);
	}
	return [...seen.values()];
}
