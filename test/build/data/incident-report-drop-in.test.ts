/**
 * The drop-in path of the archive: the report the incident console downloads
 * (src/lib/incident/report.ts, the same function as the console's button), put into
 * content/incident-reports/ of a scratch copy of the project and built, shows in the archive,
 * its own page, the search index, the metrics and reviews, and the pages of the issue and tree it
 * involved. One file as downloaded, one with the fields filled in after the review. The copy also
 * sets `exampleIncidentReports: false`: the shipped examples leave the archive and the metrics.
 * The copy is made like test/build/data/bad-data-fails-build.test.ts makes its copies.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { logMilestone, setStatus } from '~/lib/incident/record';
import { reportFileName, reportMarkdown } from '~/lib/incident/report-markdown';
import { declared, fakeTab, loadIncidentData } from '../../helpers/incident';
import { searchIndex } from '../../helpers/search-index';

const ROOT = new URL('../../../', import.meta.url).pathname;
const SCRATCH = join(ROOT, '.scratch');
const MIN = 60_000;
const DAY = 24 * 60 * MIN;
let dir = '';
let out = '';
afterAll(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
});

function copyProject(): string {
	mkdirSync(SCRATCH, { recursive: true });
	const copy = mkdtempSync(join(SCRATCH, 'drop-in-'));
	for (const part of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
		cpSync(join(ROOT, part), join(copy, part), { recursive: true });
	}
	mkdirSync(join(copy, 'node_modules'));
	for (const name of readdirSync(join(ROOT, 'node_modules'))) {
		if (!name.startsWith('.')) symlinkSync(join(ROOT, 'node_modules', name), join(copy, 'node_modules', name));
	}
	return copy;
}

function build(copy: string): Promise<{ status: number | null; output: string }> {
	const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(copy, 'out')], {
		cwd: copy,
		env: { ...process.env, BASE_PATH: '', FORCE_COLOR: '0', NO_COLOR: '1' },
	});
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	return new Promise((resolve) => child.on('close', (status) => resolve({ status, output })));
}

// Two incidents two days ago, as the console records them.
const data = loadIncidentData();
const milestone = (id: string) => data.milestones.find((m) => m.id === id)!;
const start = Math.floor((Date.now() - 2 * DAY) / MIN) * MIN;
const time = { now: start };
const tab = fakeTab('t', time);
function worked(title: string, known: string[]) {
	time.now = start;
	let incident = declared(tab, { title, startedAt: start, detectedAt: start + MIN }, known);
	for (const [id, minutes] of [['alert-fires', 1], ['acknowledged', 4], ['restored', 30], ['closed', 50]] as const) {
		time.now = start + minutes * MIN;
		incident = logMilestone(incident, milestone(id), tab);
	}
	return setStatus(incident, 'resolved', tab);
}
const asDownloaded = worked('Dropped in as downloaded', []);
const filledIn = worked('Disk full under the WAL', [asDownloaded.id]);
const slug = (id: string) => id.toLowerCase();

describe('a report downloaded from the console, dropped into content/incident-reports/', { timeout: 300_000 }, () => {
	beforeAll(async () => {
		dir = copyProject();
		out = join(dir, 'out');
		const reports = join(dir, 'content/incident-reports');
		writeFileSync(join(reports, reportFileName(asDownloaded)), reportMarkdown(asDownloaded, data.milestones, data.metrics));
		// What the author fills in after the review (the archive page's "Add a report" steps).
		const edited = reportMarkdown(filledIn, data.milestones, data.metrics)
			.replace(/^# rootCause: .*$/m, 'rootCause: wal-disk-full')
			.replace(/^escalationLevels: \[\].*$/m, 'escalationLevels: [1, 2]')
			.replace(/^services: \[\].*$/m, 'services: [wal]')
			.replace(/^trees: \[\].*$/m, 'trees: [resource-exhaustion]')
			.replace(/^commonIssues: \[\].*$/m, 'commonIssues: [wal-lag]')
			.replace(
				/^actions: \[\].*$/m,
				'actions:\n  - { action: Alert on WAL disk use, owner: Ana, term: short-term, due: 2099-01-01, status: pending }'
			);
		writeFileSync(join(reports, reportFileName(filledIn)), edited);
		const organisation = join(dir, 'content/data/organisation.yaml');
		writeFileSync(organisation, readFileSync(organisation, 'utf8').replace('exampleIncidentReports: true', 'exampleIncidentReports: false'));
		const result = await build(dir);
		expect(result.status, result.output).toBe(0);
	}, 300_000);

	const page = (path: string) => parse(readFileSync(join(out, path), 'utf8')).querySelector('main')!;

	it('shows both in the archive, and the examples no longer', () => {
		const links = page('incident-reports/index.html').querySelectorAll('[data-ir-list] a').map((a) => a.getAttribute('href'));
		expect(links).toEqual([`/incident-reports/${slug(filledIn.id)}/`, `/incident-reports/${slug(asDownloaded.id)}/`]);
		expect(existsSync(join(out, 'incident-reports/inc-2026-11-18-001/index.html'))).toBe(false);
	});

	it('gives each its page, in the search index', () => {
		const main = page(`incident-reports/${slug(filledIn.id)}/index.html`);
		expect(main.textContent).toContain('wal-disk-full');
		expect(main.textContent).toContain('Engineer acknowledges');
		const index = searchIndex(out);
		expect(index.get(`/incident-reports/${slug(filledIn.id)}/`)).toContain('Disk full under the WAL');
		expect(index.get(`/incident-reports/${slug(asDownloaded.id)}/`)).toContain('Dropped in as downloaded');
	});

	it('counts both in the metrics and the weekly review, examples left out', () => {
		const main = page('incident-metrics/index.html');
		const scope = main.querySelector('[data-metrics-scope]')!.textContent.replace(/\s+/g, ' ');
		expect(scope).toContain('Counted: 2 real incidents');
		expect(scope).toContain('3 examples left out by the settings'); // two real, one practice
		const weekly = main.querySelector('[data-review="weekly"]')!;
		expect(weekly.textContent).toContain(filledIn.id);
		expect(weekly.textContent).toContain(asDownloaded.id);
		expect(weekly.textContent).toContain('Alert on WAL disk use');
		// SEV1 MTTD: alert at +1, acknowledged at +4 → 3 minutes on both.
		const mttd = weekly.querySelector('tr[data-goal="sev1-mttd"]')!;
		expect(mttd.textContent).toContain('3 minutes');
		expect(mttd.textContent).toContain('2 incidents');
		expect(mttd.textContent).toContain('Met');
	});

	it('lists it on the pages of the issue and the tree it involved', () => {
		const issue = page('common-issues/wal-lag/index.html').querySelector('[data-seen-in="issue:wal-lag"]');
		expect(issue?.textContent).toContain(filledIn.id);
		const tree = page('troubleshooting/resource-exhaustion/index.html').querySelector('[data-seen-in="tree:resource-exhaustion"]');
		expect(tree?.textContent).toContain(filledIn.id);
	});
});
