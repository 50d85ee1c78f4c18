/**
 * Astro integration: after `npm run build`, prints the organisation settings
 * (content/data/organisation.yaml) that are not set, and the pages where each shows as "not set
 * up in this runbook yet" (src/lib/shared/unset-settings.ts). A reminder for whoever deploys the
 * runbook, never a failure: the guide's own wording stands in for every unset value.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import yaml from 'js-yaml';
import { describeUnsetSettings, settingsUsedIn } from '../lib/shared/unset-settings.ts';

const ORGANISATION_FILE = 'content/data/organisation.yaml';

export function unsetSettings(): AstroIntegration {
	let root = '';
	return {
		name: 'runbook-unset-settings',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const data = yaml.load(await readFile(join(root, ORGANISATION_FILE), 'utf8')) as { organisation?: unknown };
				const pagesBySetting = new Map<string, string[]>();
				const entries = await readdir(outDir, { withFileTypes: true, recursive: true });
				for (const entry of entries) {
					if (!entry.isFile() || entry.name !== 'index.html') continue;
					const file = join(entry.parentPath, entry.name);
					const page = `/${relative(outDir, entry.parentPath).split(sep).join('/')}/`.replace(/^\/\/$/, '/');
					for (const setting of settingsUsedIn(await readFile(file, 'utf8'))) {
						pagesBySetting.set(setting, [...(pagesBySetting.get(setting) ?? []), page]);
					}
				}
				const lines = describeUnsetSettings(data.organisation, pagesBySetting);
				if (lines.length === 0) {
					logger.info(`Every setting of ${ORGANISATION_FILE} is set.`);
					return;
				}
				logger.warn(
					`${lines.length} setting(s) of ${ORGANISATION_FILE} not set; readers see "not set up in this runbook yet" and the contacts that are (README, first section):\n  ${lines.join('\n  ')}`
				);
			},
		},
	};
}
