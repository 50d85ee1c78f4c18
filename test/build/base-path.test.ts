/**
 * The site works under any base path: building with BASE_PATH=/runbook/ must yield pages whose
 * every same-site link, script, stylesheet and image points under /runbook/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { listHtmlFiles } from '../helpers/dist';

const ROOT = new URL('../../', import.meta.url).pathname;
const OUT = join(ROOT, 'dist-base');
const BASE = '/runbook/';

describe('a build under BASE_PATH=/runbook/', () => {
	beforeAll(() => {
		rmSync(OUT, { recursive: true, force: true });
		execFileSync(join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', OUT], {
			cwd: ROOT,
			env: { ...buildEnvironment(), BASE_PATH: BASE },
			stdio: 'pipe',
		});
	}, 180_000);

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

/** The environment without what Vitest sets for itself (BASE_URL, MODE, NODE_ENV=test, …), which would leak into the build. */
function buildEnvironment(): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']) delete env[name];
	for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
	return env;
}
