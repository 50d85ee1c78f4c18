/**
 * `npm run package` makes a zip with index.html at its root that unzips into a working site: it
 * holds every built file, its pages are byte for byte the ones every other test checks (policy
 * included), and served, a page of every kind loads with no failed request, no policy violation
 * and its islands hydrated, and search works.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
	describeInBrowser,
	gotoHydrated,
	openSite,
	openWatchedPage,
	recordCspViolations,
	takeCspViolations,
	type Site,
} from '../helpers/browser';
import { assertBuilt, DIST, listHtmlFiles, pagesWithDistinctAssets } from '../helpers/dist';
import { packageAndUnzip } from '../helpers/package';
import { search } from '../helpers/search';

describeInBrowser('the packaged zip', () => {
	let site: Site;
	let files: Record<string, Uint8Array>;

	beforeAll(async () => {
		assertBuilt();
		const zip = packageAndUnzip('runbook-zip-');
		files = zip.files;
		site = await openSite({ root: zip.unzipped });
	}, 120_000);
	afterAll(() => site?.close());

	it('has index.html at its root and every built page, byte for byte', () => {
		const entries = Object.keys(files);
		expect(entries).toContain('index.html');
		expect(entries).toContain('sw.js');
		expect(entries.some((name) => name.startsWith('pagefind/'))).toBe(true);
		const pages = listHtmlFiles();
		expect(entries.filter((name) => name.endsWith('.html')).sort()).toEqual([...pages].sort());
		for (const file of pages) expect(Buffer.from(files[file]!).equals(readFileSync(join(DIST, file))), file).toBe(true);
	});

	it('serves a page of every kind, and search, without a failed request or a policy violation', { timeout: 120_000 }, async () => {
		const watched = await openWatchedPage(site, { allow: { errors: [/^console: .*status of 404/], failedResponses: [/^404 .*\/404\.html$/] } });
		await recordCspViolations(watched.context);
		const problems: Record<string, string[]> = {};
		for (const file of pagesWithDistinctAssets()) {
			await gotoHydrated(watched.page, site.url + file.replace(/index\.html$/, ''));
			const csp = await takeCspViolations(watched.page);
			if (csp.length > 0) problems[file] = csp;
		}
		expect(problems).toEqual({});
		await watched.page.goto(site.url);
		expect((await search(watched.page, 'WAL corruption')).length).toBeGreaterThan(0);
		expect(await takeCspViolations(watched.page)).toEqual([]);
	});
});
