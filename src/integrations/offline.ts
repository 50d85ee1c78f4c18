/**
 * Astro integration that makes the built site work offline and installable:
 * after the build (and after Starlight's Pagefind index, so it is included) it writes
 * - `manifest.webmanifest`, with start URL and scope under the site's base path;
 * - `sw.js`, a Workbox service worker precaching every file of dist/ (pages, assets, the Pagefind
 *   index and fragments, diagrams, icons). The precache list comes from dist/, never by hand.
 * The dev server never sees a service worker: nothing is generated or registered there.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { buildManifest, precacheOptions } from '../lib/offline/config.ts';

export function offline(options: { name: string; shortName: string; description: string }): AstroIntegration {
	let base = '/';
	return {
		name: 'runbook-offline',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				await writeFile(
					`${outDir}/manifest.webmanifest`,
					JSON.stringify(buildManifest({ ...options, base }), null, 2)
				);
				const { count, size, warnings } = await generateSW({
					...precacheOptions(base),
					globDirectory: outDir,
					swDest: `${outDir}/sw.js`,
				});
				for (const warning of warnings) logger.warn(warning);
				logger.info(`service worker precaches ${count} files, ${(size / 1024).toFixed(0)} KiB`);
			},
		},
	};
}
