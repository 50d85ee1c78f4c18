/**
 * A bad edit to a data file must stop `npm run build` with a non-zero exit that names the file:
 * an unknown (typo'd) key (every schema is strict), a broken quote (invalid YAML), the latter
 * with a cold and with a warm content cache (Astro's own loader keeps the previous data), and, in
 * one build, a link to a page that does not exist together with a command that says neither where
 * it was checked nor why it is ours: both are listed by the whole-data check that runs before the
 * first page renders (src/data/data-checks.ts), so one build proves both (each such build bundles
 * the whole site before it fails, the costliest case here).
 * Each case builds a scratch copy of the project with its edits; the real tree is never touched.
 * Every file and every nested object is covered without a build by test/schemas/strict.test.ts
 * (unknown keys) and test/unit/shared/yaml-data.test.ts (invalid YAML); these prove the wiring.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../../', import.meta.url).pathname;
const SCRATCH = join(ROOT, '.scratch');
const scratch: string[] = [];
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/**
 * A copy of the project with its own caches (packages are symlinked, dot-folders such as
 * .astro and .vite are not, so concurrent builds never share a cache). The copy lives inside
 * the project, in the git-ignored .scratch/: Astro treats a module whose real path shares no
 * folder with the root as root-relative, so with the copy in /tmp the symlinked packages of a
 * checkout outside /tmp resolve to paths that do not exist and the build fails for the wrong reason.
 */
function copyProject(): string {
	mkdirSync(SCRATCH, { recursive: true });
	const dir = mkdtempSync(join(SCRATCH, 'bad-data-'));
	scratch.push(dir);
	for (const part of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
		cpSync(join(ROOT, part), join(dir, part), { recursive: true });
	}
	mkdirSync(join(dir, 'node_modules'));
	for (const name of readdirSync(join(ROOT, 'node_modules'))) {
		if (!name.startsWith('.')) symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
	}
	return dir;
}

function astro(dir: string, command: 'build' | 'sync'): Promise<{ status: number | null; output: string }> {
	const args = ['node_modules/astro/bin/astro.mjs', command, ...(command === 'build' ? ['--outDir', join(dir, 'out')] : [])];
	const child = spawn(process.execPath, args, { cwd: dir, env: { ...process.env, BASE_PATH: '', FORCE_COLOR: '0', NO_COLOR: '1' } });
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	return new Promise((resolve) => child.on('close', (status) => resolve({ status, output })));
}

/** Replaces the first match of `find` in one data file of the copy (fails if nothing matched). */
function edit(dir: string, file: string, find: RegExp, replace: string): void {
	const path = join(dir, 'content/data', file);
	const before = readFileSync(path, 'utf8');
	const after = before.replace(find, replace);
	expect(after, `the edit to ${file} must change something`).not.toBe(before);
	writeFileSync(path, after);
}

describe('a bad data file fails the build', { timeout: 120_000 }, () => {
	type Edit = [file: string, find: RegExp, replace: string];
	it.concurrent.each<[string, Edit[], string[]]>([
		['a typo in a template field (hnit: for hint:)', [['templates/1-sev1-notification.yaml', /^(\s+)hint:/m, '$1hnit:']], ['templates/1-sev1-notification.yaml', 'Unrecognized key: "hnit"']],
		['a broken quote in the escalation matrix', [['escalation-matrix.yaml', /'-'/, "'-"]], ['content/data/escalation-matrix.yaml:', 'invalid YAML']],
		[
			'a link to a page that does not exist, and a command with no provenance (neither checked nor ours)',
			[
				['response-phases.yaml', /\]\(common-issues\)/, '](common-issuez)'],
				[
					'page-commands/troubleshooting.yaml',
					/^steps:\n/m,
					'steps:\n  unchecked-step:\n    text: A step nobody checked.\n    code: kill -HUP $(pgrep engram)\n',
				],
			],
			[
				'content/data/response-phases.yaml',
				'links to "common-issuez", which is no page',
				'content/data/page-commands/troubleshooting.yaml',
				'unchecked-step.code has no provenance',
			],
		],
	])('%s', async (_label, edits, expected) => {
		const dir = copyProject();
		for (const [file, find, replace] of edits) edit(dir, file, find, replace);
		const { status, output } = await astro(dir, 'build');
		expect(status, output).not.toBe(0);
		for (const text of expected) expect(output).toContain(text);
	});

	it.concurrent('a post-incident report with a misspelled key and a bad value', async () => {
		const dir = copyProject();
		const file = join(dir, 'content/incident-reports/INC-2026-11-18-001.md');
		writeFileSync(file, readFileSync(file, 'utf8').replace('rootCause:', 'rootCuase:').replace('severity: sev1', 'severity: SEV-1'));
		const { status, output } = await astro(dir, 'build');
		expect(status, output).not.toBe(0);
		for (const text of ['INC-2026-11-18-001', 'rootCuase', 'severity']) expect(output).toContain(text);
	});

	it.concurrent('a broken quote in severity-levels.yaml with a warm content cache', async () => {
		const dir = copyProject();
		const warm = await astro(dir, 'sync');
		expect(warm.status, warm.output).toBe(0);
		edit(dir, 'severity-levels.yaml', /label: SEV1/, "label: 'SEV1");
		const { status, output } = await astro(dir, 'build');
		expect(status, output).not.toBe(0);
		expect(output).toMatch(/content\/data\/severity-levels\.yaml:\d+:\d+: invalid YAML: \S/);
	});
});
