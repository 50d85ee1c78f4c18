/**
 * Starlight's table of contents finds the elements it watches (to highlight the section being
 * read) with a selector that tests every later sibling of every heading against `:has()`. On the
 * guide that is a 120 ms task at a phone's speed, on every page load, once for the desktop
 * contents and once for the phone's. This rewrites Starlight's script at build time to find the
 * same elements with src/lib/starlight/toc-targets.ts, in one pass (a browser test proves both
 * give the same elements, in order, on every built page: test/browser/every-page.test.ts).
 *
 * The rewrite matches Starlight's source text exactly, the four selectors included, and fails
 * the build naming what it missed when a Starlight update changes it: a changed selector must
 * be looked at, not replaced with an old copy.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { scriptRewrite } from './script-rewrite.ts';

const HEADINGS = '${this.tocHeadingSelector}';

/** Starlight's selectors, as its source writes them (template literals). */
export const STARLIGHT_TOC_SELECTORS = [
	`main :where(${HEADINGS})`,
	`main :where(${HEADINGS}, .sl-heading-wrapper) ~ *:not(:has(${HEADINGS}))`,
	`main .sl-markdown-content > *:not(:has(${HEADINGS}))`,
	`main > *:not(:has(${HEADINGS}))`,
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `const toObserve = document.querySelectorAll([ …the four… ].join());` */
const TO_OBSERVE = new RegExp(
	`const toObserve = document\\.querySelectorAll\\(\\[\\s*${STARLIGHT_TOC_SELECTORS.map((s) => `\`${escape(s)}\``).join(',\\s*')}\\s*\\]\\.join\\(\\)\\);`
);

const TOC_TARGETS = fileURLToPath(new URL('../lib/starlight/toc-targets.ts', import.meta.url));

/** Rewrites the source of Starlight's starlight-toc script; throws when its selector is not found. */
export function makeTocFast(source: string): string {
	if (!TO_OBSERVE.test(source)) {
		throw new Error(
			"src/integrations/fast-toc.ts: Starlight's table-of-contents script changed; its `toObserve` selector was not found. Compare the new selector with src/lib/starlight/toc-targets.ts and update both."
		);
	}
	return `import { tocTargets } from ${JSON.stringify(TOC_TARGETS)};\n${source.replace(
		TO_OBSERVE,
		'const toObserve = tocTargets(this.tocHeadingSelector); // rewritten by src/integrations/fast-toc.ts'
	)}`;
}

/** Starlight's starlight-toc script module, as Vite names it. */
const isStarlightTocScript = (id: string) => /[\\/]@astrojs[\\/]starlight[\\/].*[\\/]TableOfContents[\\/]starlight-toc\.(js|ts)$/.test(id);

export function fastToc(): AstroIntegration {
	return scriptRewrite('runbook-fast-toc', "src/integrations/fast-toc.ts: Starlight's table-of-contents script", isStarlightTocScript, makeTocFast);
}
