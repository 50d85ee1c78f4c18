/**
 * Every page of dist/ and of the base-path build dist-base/ carries a strict policy of its own,
 * as the first thing in <head> after the charset (a meta policy governs only what follows it).
 * That the site works under it, and that a violation would be seen, is test/browser/csp.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuilt, BASE_DIST, DIST, listHtmlFiles } from '../helpers/dist';

function readPolicy(root: string, file: string): string {
	const html = readFileSync(join(root, file), 'utf8');
	const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)">/gi)];
	expect(metas, `${file}: exactly one CSP meta`).toHaveLength(1);
	expect(html.indexOf(metas[0]![0]), `${file}: CSP first in <head>`).toBeLessThan(html.indexOf('<script'));
	expect(html.indexOf(metas[0]![0])).toBeLessThan(html.search(/<style|<link rel="stylesheet"/));
	return metas[0]![1]!;
}

function expectStrict(policy: string, file: string): void {
	const scriptSrc = /(?:^|; )script-src ([^;]*)/.exec(policy)?.[1] ?? '';
	expect(scriptSrc.split(' ').filter((s) => !/^'sha256-[A-Za-z0-9+/=]+'$/.test(s)), file).toEqual(["'self'", "'wasm-unsafe-eval'"]);
	expect(policy, file).toContain("object-src 'none'");
	expect(policy, file).toContain("base-uri 'self'");
	expect(policy, file).toContain("default-src 'self'");
	expect(policy, file).not.toMatch(/https?:|\*/);
}

describe('the Content-Security-Policy of every page', () => {
	it('dist/: a strict policy of its own, first in <head>', () => {
		assertBuilt();
		const files = listHtmlFiles();
		expect(files.length).toBeGreaterThan(50);
		for (const file of files) expectStrict(readPolicy(DIST, file), file);
	});

	it('dist-base/ (BASE_PATH=/runbook/): the same', () => {
		if (!existsSync(join(BASE_DIST, 'index.html'))) throw new Error('dist-base/ is missing: run "npm run build:base" first.');
		const files = listHtmlFiles(BASE_DIST);
		expect(files.length).toBeGreaterThan(50);
		for (const file of files) expectStrict(readPolicy(BASE_DIST, file), file);
	});
});
