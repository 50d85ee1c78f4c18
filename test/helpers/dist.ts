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
	for (const note of main.querySelectorAll('.sr-only, .not-configured, .not-ready-note')) note.remove();
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
