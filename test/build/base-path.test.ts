/**
 * The site works under any base path: `npm run build:base` builds it with BASE_PATH=/runbook/ into
 * dist-base/, whose every same-site link, script, stylesheet and image must point under /runbook/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { BASE_DIST, BASE_PATH, listHtmlFiles } from '../helpers/dist';

const OUT = BASE_DIST;
const BASE = BASE_PATH;

describe('a build under BASE_PATH=/runbook/', () => {
	beforeAll(() => {
		if (!existsSync(join(OUT, 'index.html'))) {
			throw new Error('dist-base/ is missing: run "npm run build:base" first ("npm test" does it for you).');
		}
	});

	it('keeps every same-site URL under the base path', () => {
		const files = listHtmlFiles(OUT);
		expect(files.length).toBeGreaterThanOrEqual(3);
		const outside: string[] = [];
		for (const file of files) {
			const root = parse(readFileSync(join(OUT, file), 'utf8'));
			for (const element of root.querySelectorAll('[href], [src]')) {
				const url = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
				if (/^(#|mailto:|tel:|https?:|data:)/.test(url) || url === '') continue;
				if (!url.startsWith(BASE)) outside.push(`${file}: ${url}`);
			}
		}
		expect(outside).toEqual([]);
	});

	it('points the search at the base path', () => {
		const search = readFileSync(join(OUT, 'index.html'), 'utf8');
		expect(existsSync(join(OUT, 'pagefind', 'pagefind.js'))).toBe(true);
		// Starlight passes the base to Pagefind at run time; the bundle path is derived from it.
		expect(search).toContain(BASE);
	});
});

