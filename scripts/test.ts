/**
 * `npm test`: builds the site at / (dist/) and under /runbook/ (dist-base/), then runs the type
 * check (`astro check`) and every test (`vitest run`) at the same time, and fails if either fails.
 *
 * Why at the same time: on a 2-core machine the check keeps one core busy for about 25 s, and the
 * first tests (scratch builds, then the build tests) leave a core partly idle; in sequence the
 * check added its whole time to the run. Why not beside the builds: `astro check` and
 * `astro build` both write the content layer's files under .astro/, and must not race.
 * The check's output is held and printed when it ends, so it never interleaves with the tests'.
 * Arguments go to vitest, e.g. `npm test -- --project unit` (the builds and the check still run).
 */
import { spawn } from 'node:child_process';

const ASTRO = 'node_modules/astro/bin/astro.mjs';
const VITEST = 'node_modules/vitest/vitest.mjs';

interface Outcome {
	name: string;
	status: number | null;
	seconds: number;
}

/** Runs `node <args>` with the terminal as its output, or with its output held (`hold`). */
function run(name: string, args: string[], options: { env?: Record<string, string>; hold?: boolean } = {}): Promise<Outcome & { output: string }> {
	const started = performance.now();
	const child = spawn(process.execPath, args, {
		env: { ...process.env, ...options.env },
		stdio: options.hold ? ['ignore', 'pipe', 'pipe'] : 'inherit',
	});
	let output = '';
	child.stdout?.on('data', (chunk) => (output += chunk));
	child.stderr?.on('data', (chunk) => (output += chunk));
	return new Promise((resolve) => {
		child.on('error', (error) => resolve({ name, status: 1, seconds: 0, output: String(error) }));
		child.on('close', (status) => resolve({ name, status, seconds: (performance.now() - started) / 1000, output }));
	});
}

function stopUnless(outcome: Outcome): void {
	if (outcome.status === 0) return;
	console.error(`\nnpm test: ${outcome.name} failed (exit ${outcome.status}).`);
	process.exit(outcome.status ?? 1);
}

const outcomes: Outcome[] = [];
for (const [name, env, outDir] of [
	['build', {}, 'dist'],
	['build:base', { BASE_PATH: '/runbook/' }, 'dist-base'],
] as const) {
	console.log(`\n== ${name}: astro build --outDir ${outDir}`);
	const built = await run(name, [ASTRO, 'build', '--outDir', outDir], { env });
	outcomes.push(built);
	stopUnless(built);
}

console.log('\n== check (astro check, output shown when it ends) and tests (vitest run), at the same time');
const check = run('check', [ASTRO, 'check'], { hold: true }).then((outcome) => {
	console.log(`\n== check: ${outcome.status === 0 ? 'passed' : 'FAILED'} in ${outcome.seconds.toFixed(0)} s\n${outcome.output.trim()}\n`);
	return outcome;
});
const tests = run('tests', [VITEST, 'run', '--config', 'test/vitest.config.ts', ...process.argv.slice(2)]);
outcomes.push(...(await Promise.all([check, tests])));

console.log(`\nnpm test: ${outcomes.map((o) => `${o.name} ${o.status === 0 ? 'ok' : 'FAILED'} (${o.seconds.toFixed(0)} s)`).join(', ')}`);
for (const outcome of outcomes) stopUnless(outcome);
