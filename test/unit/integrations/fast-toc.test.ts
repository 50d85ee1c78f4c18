/**
 * The build-time rewrite of Starlight's table-of-contents script (src/integrations/fast-toc.ts):
 * on the installed Starlight's own source it swaps the slow selector for tocTargets(), and on a
 * changed selector it fails instead of replacing it with an old copy.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTocFast, STARLIGHT_TOC_SELECTORS } from '../../../src/integrations/fast-toc';

// Starlight exports its components, not its package.json: find the script beside them.
const components = dirname(createRequire(import.meta.url).resolve('@astrojs/starlight/components/Search.astro'));
const script = readFileSync(join(components, '../components-internals/TableOfContents/starlight-toc.js'), 'utf8');

describe('makeTocFast', () => {
	it("rewrites the installed Starlight's table-of-contents script", () => {
		expect(script).toContain(STARLIGHT_TOC_SELECTORS[1]);
		const fast = makeTocFast(script);
		expect(fast).toMatch(/^import \{ tocTargets \} from ".*src\/lib\/starlight\/toc-targets\.ts";\n/);
		expect(fast).toContain('const toObserve = tocTargets(this.tocHeadingSelector);');
		expect(fast).not.toContain(':not(:has(');
		// The rest of Starlight's script is kept: the observer, the resize handling.
		expect(fast).toContain('toObserve.forEach((h) => observer.observe(h));');
		expect(fast).toContain('window.addEventListener("resize"');
	});

	it('fails when Starlight changes its selector', () => {
		expect(() => makeTocFast(script.replace('.sl-heading-wrapper', '.sl-heading'))).toThrow(/toObserve` selector was not found/);
		expect(() => makeTocFast('')).toThrow(/fast-toc\.ts/);
	});
});
