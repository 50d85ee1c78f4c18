import { defineConfig } from 'vitest/config';
import ScratchBuildsFirst from './sequencer';

/**
 * Three layers, one run (`npm test` builds the site first):
 * - unit: pure logic in src/lib, schemas on good and bad fixtures, the real data files;
 * - build: reads the built dist/ (no browser);
 * - browser: drives Debian's Chromium against dist/ served on 127.0.0.1.
 */
export default defineConfig({
	resolve: { alias: { '~': new URL('../src', import.meta.url).pathname } },
	test: {
		sequence: { sequencer: ScratchBuildsFirst },
		// Two workers for the unit and build layers (Vitest's default here is one less than the
		// cores: one): the scratch builds run beside each other and beside the short files.
		maxWorkers: 2,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['test/unit/**/*.test.ts', 'test/schemas/**/*.test.ts', 'test/content/**/*.test.ts'],
					// The unit tests are pure and share no state, so one module cache serves them all:
					// isolating each file re-imported and re-transformed src/ 77 times (39 s here, 4 s without).
					isolate: false,
				},
			},
			{
				extends: true,
				// Reads dist/ only (and builds scratch copies in child processes): no state to isolate.
				test: { name: 'build', include: ['test/build/**/*.test.ts'], isolate: false },
			},
			{
				extends: true,
				test: {
					name: 'browser',
					include: ['test/browser/**/*.test.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					// One Chromium at a time: the machines have two cores. (Two files at once was
					// measured slower: every-page already runs two pages at once.)
					fileParallelism: false,
					isolate: false,
					sequence: { groupOrder: 1 },
				},
			},
		],
	},
});
