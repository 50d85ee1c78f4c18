/**
 * Reads every YAML file of content/data as plain data (no schema), for the maintainer scripts
 * that look at provenance. Paths are relative to the project root, as messages show them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';

const ROOT = new URL('..', import.meta.url).pathname;

function listYaml(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true })
		.flatMap((entry) => {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) return listYaml(path);
			return entry.name.endsWith('.yaml') ? [path] : [];
		})
		.sort();
}

/** [file relative to the project root, parsed content] for every data file. */
export function readDataFiles(dataDir = join(ROOT, 'content/data')): [string, unknown][] {
	return listYaml(dataDir).map((path) => [relative(ROOT, path), yaml.load(readFileSync(path, 'utf8'))]);
}

/** The pinned commit from content/data/upstream.yaml. */
export function pinnedCommit(): { repository: string; commit: string } {
	const pin = yaml.load(readFileSync(join(ROOT, 'content/data/upstream.yaml'), 'utf8')) as {
		engram: { repository: string; commit: string };
	};
	return pin.engram;
}
