/**
 * The build-time rewrite of Starlight's search script (src/integrations/lazy-search.ts): on the
 * installed Starlight's own source it turns "load Pagefind's UI at idle" into "load it when the
 * reader reaches for search", and on any other source it fails, naming what it did not find.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { makeSearchLazy } from '../../../src/integrations/lazy-search';

const searchAstro = createRequire(import.meta.url).resolve('@astrojs/starlight/components/Search.astro');
const script = readFileSync(searchAstro, 'utf8').match(/<script>([\s\S]*?)<\/script>/)![1]!;

describe('makeSearchLazy', () => {
	it("rewrites the installed Starlight's search script", () => {
		expect(script).toContain('requestIdleCallback');
		const lazy = makeSearchLazy(script);
		expect(lazy).not.toContain('requestIdleCallback');
		expect(lazy).not.toContain('DOMContentLoaded');
		expect(lazy).toContain("openBtn.addEventListener('pointerenter', startSearchUI");
		expect(lazy).toMatch(/const openModal = [^{]*\{\s*startSearchUI\(\);/);
		// Pagefind is still built with Starlight's own options.
		expect(lazy).toContain("await import('@pagefind/default-ui')");
		expect(lazy).toContain("element: '#starlight__search'");
	});

	it('accepts the source as Astro prints it (double quotes)', () => {
		expect(makeSearchLazy(script.replaceAll("'", '"'))).toContain('startSearchUI');
	});

	it('fails, naming the part, when Starlight changes the script', () => {
		expect(() => makeSearchLazy(script.replace('requestIdleCallback', 'scheduler.postTask'))).toThrow(/not found: the idle start/);
		expect(() => makeSearchLazy('')).toThrow(/the idle start, the end of the idle callback, openModal/);
	});
});
