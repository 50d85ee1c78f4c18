/**
 * Zero broken internal links across the whole built site: every href and src of every page in
 * dist/ resolves to a file of the build under the base path, and every #anchor to an id on its
 * target page. Links to other origins are listed, and only the organisation's configured URLs are
 * allowed. A small fake build with broken links proves the checker can fail.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, type LinkReport } from '../../scripts/check-links.ts';
import { normaliseBasePath } from '~/lib/shared/base-path';
import { DATA_DIR, loadRunbookData, readYaml } from '../helpers/data';
import { assertBuilt, BASE_DIST, BASE_PATH, DIST } from '../helpers/dist';

const FIXTURE = new URL('../fixtures/broken-site/', import.meta.url).pathname;

/** Every http(s) URL configured in content/data/organisation.yaml. */
function organisationUrls(): Set<string> {
	const urls = new Set<string>();
	const walk = (value: unknown) => {
		if (typeof value === 'string' && /^https?:\/\//.test(value)) urls.add(value);
		else if (value && typeof value === 'object') Object.values(value).forEach(walk);
	};
	walk(loadRunbookData().organisation);
	return urls;
}

/** Provenance links go to Engram's files at the commit pinned in content/data/upstream.yaml, and nowhere else. */
function upstreamPrefixes(): string[] {
	const { repository, commit } = (readYaml(`${DATA_DIR}upstream.yaml`) as { engram: { repository: string; commit: string } }).engram;
	return [`https://github.com/${repository}/blob/${commit}/`, `https://github.com/${repository}/tree/${commit}`];
}

describe('links in the built site', () => {
	let report: LinkReport;
	beforeAll(() => {
		assertBuilt();
		report = checkLinks(DIST, normaliseBasePath(process.env.BASE_PATH));
	});

	it('has links to check', () => {
		expect(report.checked).toBeGreaterThan(1000);
	});

	it('has no broken internal link or anchor', () => {
		expect(report.problems).toEqual([]);
	});

	it('links to other origins only through the organisation settings and to Engram at the pinned commit', () => {
		const allowed = organisationUrls();
		const upstream = upstreamPrefixes();
		const unexpected = report.external.filter(
			(link) => !allowed.has(link.href) && !upstream.some((prefix) => link.href.startsWith(prefix))
		);
		if (unexpected.length > 0) {
			console.info(`External links:\n${unexpected.map((link) => `  ${link.page}: ${link.href}`).join('\n')}`);
		}
		expect(unexpected).toEqual([]);
	});
});

// The whole site is read and parsed: give it time while the scratch builds of test/build/data share the cores.
describe('links in the site built under a base path (npm run build:base)', { timeout: 30_000 }, () => {
	it('has no broken internal link or anchor under /runbook/ either', () => {
		if (!existsSync(join(BASE_DIST, 'index.html'))) {
			throw new Error('dist-base/ is missing: run "npm run build:base" first ("npm test" does it for you).');
		}
		const report = checkLinks(BASE_DIST, BASE_PATH);
		expect(report.checked).toBeGreaterThan(1000);
		expect(report.problems).toEqual([]);
	});
});

describe('the link checker', () => {
	it('reports each kind of broken link in a fake build, and lists the other origins', () => {
		const report = checkLinks(FIXTURE, '/');
		expect(report.problems.sort()).toEqual(
			[
				'guide/index.html: ../../outside/ → no such file in the build',
				'index.html: /_astro/missing.svg → no such file in the build',
				'index.html: /guide/#nowhere → no element with id "nowhere" on guide/index.html',
				'index.html: /missing/ → no such file in the build',
			].sort()
		);
		expect(report.external).toEqual([{ page: 'index.html', href: 'https://status.example.com/' }]);
		expect(report.checked).toBe(11);
	});

	it('respects the base path: root-absolute links escape a site served under /runbook/', () => {
		const problems = checkLinks(FIXTURE, '/runbook/').problems;
		expect(problems).toContain('index.html: /guide/ → outside the base path /runbook/');
		// Relative links still resolve inside the base.
		expect(problems.some((problem) => problem.startsWith('index.html: guide/#steps'))).toBe(false);
	});
});
