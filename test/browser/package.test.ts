/**
 * `npm run package` makes a zip with index.html at its root that unzips into a working site:
 * every page of the unzipped copy loads, with no failed request.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, openSite, openWatchedPage, type Site } from '../helpers/browser';
import { assertBuilt, listHtmlFiles } from '../helpers/dist';
import { packageAndUnzip } from '../helpers/package';

describeInBrowser('the packaged zip', () => {
	let site: Site;
	let unzipped: string;
	let entries: string[];

	beforeAll(async () => {
		assertBuilt();
		const zip = packageAndUnzip('runbook-zip-');
		entries = Object.keys(zip.files);
		unzipped = zip.unzipped;
		site = await openSite({ root: unzipped });
	}, 120_000);
	afterAll(() => site?.close());

	it('has index.html at its root and every built file', () => {
		expect(entries).toContain('index.html');
		expect(entries).toContain('sw.js');
		expect(entries.some((name) => name.startsWith('pagefind/'))).toBe(true);
		expect(entries.filter((name) => name.endsWith('.html')).sort()).toEqual(listHtmlFiles().sort());
	});

	it('serves pages of the unzipped copy without a failed request', async () => {
		const watched = await openWatchedPage(site);
		try {
			// Every file is in the zip (above); a sample of page kinds shows it serves as a site.
			const sample = ['', 'incident-response/', 'tools/templates/', 'troubleshooting/data-integrity/', 'common-issues/wal-lag/'];
			for (const file of sample) {
				await watched.page.goto(site.url + file, { waitUntil: 'load' });
			}
			expect(watched.failedResponses).toEqual([]);
			expect(watched.foreignRequests).toEqual([]);
		} finally {
			await watched.context.close();
		}
	});
});
