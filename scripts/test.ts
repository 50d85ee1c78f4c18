/**
 * `npm test`: builds the site at / (dist/) and under /runbook/ (dist-base/) at the same time, runs
 * the type check (`astro check`) beside them, then every test (`vitest run`), and fails if any fails.
 *
 * Why at the same time: one `astro build` keeps only about 1.3 of the machine's two cores busy,
 * and the type check one; in sequence each added its whole time to the run.
 * Why it is safe:
 * - each build has its own content cache (ASTRO_CACHE_DIR, read by astro.config.mjs), so neither
 *   reads the other's half-written data store;
 * - both builds write the same generated types under .astro/ while they sync the content (the
 *   type files are not written atomically), and the check reads those types: so the check starts
 *   only once both builds are past their sync, and does not sync itself (`--noSync`).
 * Each step's output is held and printed when it ends, so outputs never interleave.
 * Arguments go to vitest, e.g. `npm test -- --project unit` (the builds and the check still run).
 */
import { spawn, type ChildProcess } from 'node:child_process';

const ASTRO = 'node_modules/astro/bin/astro.mjs';
const VITEST = 'node_modules/vitest/vitest.mjs';
/** A build prints this once its content sync (and the type files it writes) is done. */
const PAST_SYNC = 'Building static entrypoints';
/** Terminal colour codes (Astro colours its output when CI is set): removed before looking for PAST_SYNC. */
const COLOURS = /\x1b\[[0-9;]*m/g;

interface Outcome {
	name: string;
	status: number | null;
	seconds: number;
	output: string;
}

const children = new Set<ChildProcess>();

/**
 * Runs `node <args>`: with the terminal as its output, or with its output held and printed when it
 * ends (`hold`). `onOutput` sees the held output as it grows.
 */
function run(
	name: string,
	args: string[],
	options: { env?: Record<string, string>; hold?: boolean; onOutput?: (output: string) => void } = {}
): Promise<Outcome> {
	const started = performance.now();
	const child = spawn(process.execPath, args, {
		env: { ...process.env, ...options.env },
		stdio: options.hold ? ['ignore', 'pipe', 'pipe'] : 'inherit',
	});
	children.add(child);
	let output = '';
	const take = (chunk: Buffer) => {
		output += chunk;
		options.onOutput?.(output);
	};
	child.stdout?.on('data', take);
	child.stderr?.on('data', take);
	return new Promise((resolve) => {
		const end = (status: number | null) => {
			children.delete(child);
			const outcome = { name, status, seconds: (performance.now() - started) / 1000, output };
			if (options.hold) console.log(`\n== ${name}: ${status === 0 ? 'passed' : 'FAILED'} in ${outcome.seconds.toFixed(0)} s\n${output.trim()}\n`);
			resolve(outcome);
		};
		child.on('error', (error) => {
			output += String(error);
			end(1);
		});
		child.on('close', end);
	});
}

/** Ends the run with the outcome's exit status (stopping every step still running) unless it passed. */
function stopUnless(outcome: Outcome): void {
	if (outcome.status === 0) return;
	for (const child of children) child.kill();
	console.error(`\nnpm test: ${outcome.name} failed (exit ${outcome.status}).`);
	process.exit(outcome.status ?? 1);
}

console.log('\n== build (dist/), build:base (dist-base/) and check (astro check) at the same time; each output shown when it ends');
// The check starts once each build is past its sync, or has ended (whatever it printed).
let buildsPastSync = 0;
let startCheck: () => void = () => undefined;
const checkMayStart = new Promise<void>((resolve) => (startCheck = resolve));
const builds = (
	[
		['build', {}, 'dist', 'node_modules/.astro'],
		['build:base', { BASE_PATH: '/runbook/' }, 'dist-base', 'node_modules/.astro-base'],
	] as const
).map(async ([name, env, outDir, cacheDir]) => {
	let pastSync = false;
	const passSync = () => {
		if (pastSync) return;
		pastSync = true;
		if (++buildsPastSync === 2) startCheck();
	};
	const outcome = await run(name, [ASTRO, 'build', '--outDir', outDir], {
		env: { ...env, ASTRO_CACHE_DIR: cacheDir },
		hold: true,
		onOutput: (output) => {
			if (!pastSync && output.replace(COLOURS, '').includes(PAST_SYNC)) passSync();
		},
	});
	passSync();
	stopUnless(outcome);
	return outcome;
});
const check = checkMayStart.then(() => run('check', [ASTRO, 'check', '--noSync'], { hold: true }));
const built = await Promise.all(builds);

console.log('\n== tests (vitest run); the check may still be running');
const tests = run('tests', [VITEST, 'run', '--config', 'test/vitest.config.ts', ...process.argv.slice(2)]);
const outcomes = [...built, ...(await Promise.all([check, tests]))];

console.log(`\nnpm test: ${outcomes.map((o) => `${o.name} ${o.status === 0 ? 'ok' : 'FAILED'} (${o.seconds.toFixed(0)} s)`).join(', ')}`);
for (const outcome of outcomes) stopUnless(outcome);
