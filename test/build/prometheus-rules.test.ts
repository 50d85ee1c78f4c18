/**
 * The Prometheus rules file the build publishes (dist/prometheus/engram-alerts.rules.yml, and
 * dist-base/ for BASE_PATH=/runbook/): one rule per PromQL alert of content/data/alerts.yaml,
 * every rule with an annotations.runbook_url on the configured runbookUrl + base path that names a
 * page the same build contains; `promtool check rules` accepts it and `promtool test rules` runs
 * the unit tests of test/prometheus/ against it. Without promtool those two are skipped with a loud
 * message, except on CI (CI is set), where a missing promtool fails the run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { BASE_DIST, BASE_PATH, DIST } from '../helpers/dist';
import { DATA_DIR, readYaml } from '../helpers/data';
import { alertSlug } from '~/lib/alerts/slug';

const RULES = 'prometheus/engram-alerts.rules.yml';
const TESTS_DIR = new URL('../prometheus/', import.meta.url).pathname;

interface Rule {
	alert: string;
	expr: string;
	for: string;
	labels: Record<string, string>;
	annotations: Record<string, string>;
}

const organisation = (readYaml(`${DATA_DIR}organisation.yaml`) as { organisation: { runbookUrl: string } }).organisation;
const commit = (readYaml(`${DATA_DIR}upstream.yaml`) as { engram: { commit: string } }).engram.commit;
const alerts = readYaml(`${DATA_DIR}alerts.yaml`) as Record<
	string,
	{ notExported?: string[]; definitions: { expression: string; for: string; label: string; labels?: Record<string, string>; checked?: { file: string }[] }[] }
>;

/** promtool, or a loud skip (a failure on CI). */
const promtool = (() => {
	const found = spawnSync('promtool', ['--version'], { encoding: 'utf8' });
	if (found.status === 0) return 'promtool';
	const message =
		'promtool not found: the rules file cannot be checked or unit-tested. Install it with "apt-get install -y prometheus".';
	if (process.env.CI) throw new Error(message);
	console.warn(`\n${'!'.repeat(80)}\n!! SKIPPED: ${message}\n${'!'.repeat(80)}\n`);
	return undefined;
})();

const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

for (const [label, root, base] of [
	['dist/', DIST, '/'],
	['dist-base/ (BASE_PATH=/runbook/)', BASE_DIST, BASE_PATH],
] as const) {
	describe(`the Prometheus rules file in ${label}`, () => {
		const path = join(root, RULES);
		const read = () => {
			if (!existsSync(path)) throw new Error(`${path} is missing: run "npm run build" and "npm run build:base" first.`);
			return readFileSync(path, 'utf8');
		};
		const rules = () =>
			(yaml.load(read()) as { groups: { name: string; rules: Rule[] }[] }).groups.flatMap((group) => group.rules);
		const prefix = new URL(base, organisation.runbookUrl).href;

		it('holds one rule for every alert defined in a Prometheus rule file or the monitoring guide', () => {
			const expected = Object.entries(alerts)
				.filter(([, alert]) =>
					alert.definitions.some((d) => (d.checked ?? []).some((c) => /^deployments\/prometheus\/|^docs\/operations\/monitoring\.md$/.test(c.file)))
				)
				.map(([name]) => name)
				.sort();
			expect(rules().map((rule) => rule.alert).sort()).toEqual(expected);
			expect(expected.length).toBeGreaterThanOrEqual(30);
		});

		it('copies expression, for and labels exactly from the alert data', () => {
			for (const rule of rules()) {
				const definition = alerts[rule.alert]!.definitions.find((d) =>
					(d.checked ?? []).some((c) => /^deployments\/prometheus\/|^docs\/operations\/monitoring\.md$/.test(c.file))
				)!;
				expect(rule.expr, rule.alert).toBe(definition.expression);
				expect(rule.for, rule.alert).toBe(definition.for);
				expect(rule.labels, rule.alert).toEqual({ severity: definition.label, ...(definition.labels ?? {}) });
			}
		});

		it('gives every rule a runbook_url on runbookUrl + the base path, naming a page of this build', () => {
			for (const rule of rules()) {
				const url = rule.annotations.runbook_url;
				expect(url, rule.alert).toBeDefined();
				expect(url!.startsWith(`${prefix}alerts/`), `${rule.alert}: ${url}`).toBe(true);
				const page = join(root, url!.slice(prefix.length), 'index.html');
				expect(existsSync(page), `${rule.alert}: ${url} has no page ${page}`).toBe(true);
				expect(readFileSync(page, 'utf8')).toContain(rule.alert);
			}
		});

		it('annotates exactly the rules whose metric Engram does not export', () => {
			for (const rule of rules()) {
				const missing = alerts[rule.alert]!.notExported ?? [];
				if (missing.length === 0) expect(rule.annotations.not_exported, rule.alert).toBeUndefined();
				else for (const metric of missing) expect(rule.annotations.not_exported, rule.alert).toContain(metric);
			}
		});

		it('puts "Cannot fire as shipped" at the top of every page whose rule reads an unexported metric', () => {
			for (const [name, alert] of Object.entries(alerts)) {
				const slug = alertSlug(name);
				const html = readFileSync(join(root, 'alerts', slug, 'index.html'), 'utf8');
				const main = html.slice(html.indexOf('<main'));
				const lead = main.slice(0, main.search(/<h2[^>]*id="what-to-do"/));
				if ((alert.notExported ?? []).length > 0) {
					expect(lead, `${name}: the warning must come before "What to do"`).toContain('Cannot fire as shipped');
					for (const metric of alert.notExported!) expect(lead, name).toContain(metric);
				} else {
					expect(lead, name).not.toContain('Cannot fire as shipped');
				}
			}
		});

		it('is linked from the alerts index', () => {
			const index = readFileSync(join(root, 'alerts/index.html'), 'utf8');
			expect(index).toContain(`href="${base}${RULES}"`);
		});

		it.skipIf(!promtool)('passes promtool check rules', () => {
			const out = execFileSync(promtool!, ['check', 'rules', path], { encoding: 'utf8' });
			expect(out).toMatch(new RegExp(`SUCCESS: ${rules().length} rules found`));
		}, 60_000);

		it.skipIf(!promtool)('passes the promtool unit tests of test/prometheus/ (WAL, memory, disk, EngramDown…)', () => {
			const dir = mkdtempSync(join(tmpdir(), 'engram-rules-'));
			temps.push(dir);
			copyFileSync(path, join(dir, 'engram-alerts.rules.yml'));
			const files = readdirSync(TESTS_DIR).filter((name) => name.endsWith('.test.yml'));
			expect(files.length).toBeGreaterThan(0);
			for (const name of files) {
				const text = readFileSync(join(TESTS_DIR, name), 'utf8')
					.replaceAll('@RUNBOOK@', prefix)
					.replaceAll('@COMMIT@', commit.slice(0, 12));
				writeFileSync(join(dir, name), text);
			}
			const run = spawnSync(promtool!, ['test', 'rules', ...files], { cwd: dir, encoding: 'utf8' });
			expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
			for (const alert of ['EngramDown', 'WALLagHigh', 'HighMemoryOperationLatency', 'StorageTierNearCapacity']) {
				expect(files.map((name) => readFileSync(join(TESTS_DIR, name), 'utf8')).join('\n')).toContain(`alertname: ${alert}`);
			}
		}, 120_000);
	});
}
