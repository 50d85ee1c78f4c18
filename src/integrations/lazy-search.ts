/**
 * Starlight's search loads Pagefind's UI (26 KB gzipped, plus building its widgets) as soon as
 * the browser is idle after every page load. On a phone that is the page's longest task: 0.8 s
 * of blocking time on the guide in Lighthouse's mobile profile, for a dialog most visits never
 * open. This rewrites Starlight's search script at build time so the UI loads when a reader
 * reaches for search instead: pointer over or focus on the search button, a touch on it, opening
 * the dialog (button, Ctrl/⌘ K, the 404 page's button). The dialog itself, the shortcut and the
 * results are Starlight's own, unchanged.
 *
 * The rewrite matches Starlight's source text (as Astro's compiler prints it: quotes may change)
 * and fails the build, naming what it missed, when a Starlight update changes that text: search
 * must never quietly go back to loading at idle, or stop loading at all.
 */
import type { AstroIntegration } from 'astro';
import { scriptRewrite } from './script-rewrite.ts';

/** Starlight's `DOMContentLoaded` → `requestIdleCallback` start, up to the async callback's body. */
const IDLE_START =
	/window\.addEventListener\(["']DOMContentLoaded["'], \(\) => \{\s*if \(import\.meta\.env\.DEV\) return;\s*const onIdle = window\.requestIdleCallback[^\n]*\n\s*onIdle\(async \(\) => \{/;
/** The end of `new PagefindUI({…});`, of the idle callback, of the listener, the constructor and the class. */
const IDLE_END = /\}\);\s*\}\);\s*\}\);\s*\}\s*\}\s*customElements\.define\(["']site-search["'], SiteSearch\);/;
/** The start of Starlight's `openModal`. */
const OPEN_MODAL = /const openModal = \(event\?: MouseEvent\) => \{\s*dialog\.showModal\(\);/;

const START = `let searchUIStarted = false;
			/** Loads and builds Pagefind's UI once (rewritten from "at idle" by src/integrations/lazy-search.ts). */
			const startSearchUI = () => {
				if (import.meta.env.DEV || searchUIStarted) return;
				searchUIStarted = true;
				(async () => {`;

const END = `});
					// The dialog may be open already (opened before the UI was built): put the caret in its box.
					if (dialog.open) this.querySelector('input')?.focus();
				})();
			};
			// A reader about to search: start loading while the pointer or focus is on the button.
			openBtn.addEventListener('pointerenter', startSearchUI, { once: true });
			openBtn.addEventListener('focus', startSearchUI, { once: true });
			openBtn.addEventListener('touchstart', startSearchUI, { once: true, passive: true });
		}
	}
	customElements.define('site-search', SiteSearch);`;

const OPEN = `const openModal = (event?: MouseEvent) => {
				startSearchUI();
				dialog.showModal();`;

/** Rewrites the source of Starlight's Search.astro script; throws naming the part it did not find. */
export function makeSearchLazy(source: string): string {
	const parts: [name: string, pattern: RegExp][] = [
		['the idle start', IDLE_START],
		['the end of the idle callback', IDLE_END],
		['openModal', OPEN_MODAL],
	];
	const missing = parts.filter(([, pattern]) => !pattern.test(source)).map(([name]) => name);
	if (missing.length > 0) {
		throw new Error(
			`src/integrations/lazy-search.ts: Starlight's search script changed; not found: ${missing.join(', ')}. Update the patterns to the new source.`
		);
	}
	return source.replace(IDLE_START, START).replace(IDLE_END, END).replace(OPEN_MODAL, OPEN);
}

/** Starlight's Search.astro script module, as Vite names it. */
const isStarlightSearchScript = (id: string) =>
	/[\\/]@astrojs[\\/]starlight[\\/].*[\\/]components[\\/]Search\.astro\?astro&type=script/.test(id);

export function lazySearch(): AstroIntegration {
	return scriptRewrite('runbook-lazy-search', "src/integrations/lazy-search.ts: Starlight's search script", isStarlightSearchScript, makeSearchLazy);
}
