/**
 * Reads a folder of runbook data files (content/data/<folder>/*.yaml) synchronously, for the lists
 * that must exist before Astro's content layer runs: the sidebar (read by astro.config.mjs), the
 * tree ids and common-issue slugs the schemas accept. Paths are relative to the project root, the
 * process's working folder (npm scripts, Astro, Vitest all run there); `import.meta.url` would
 * point into the bundle once Astro has built the code. Invalid YAML throws a DataFileError naming
 * file, line and reason. Server, script and test use only (node:fs).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataFileError, parseYamlData } from './yaml-data.ts';

export interface DataFolderEntry {
	/** The file name without `.yaml`: the entry's id and page slug. */
	id: string;
	/** Project-relative path, for messages: content/data/trees/data-integrity.yaml. */
	file: string;
	data: Record<string, unknown>;
}

/** Every `*.yaml` file of `folder` (project-relative, e.g. "content/data/trees"), in file-name order. */
export function readDataFolder(folder: string, root = process.cwd()): DataFolderEntry[] {
	const base = folder.replace(/^\.\//, '').replace(/\/$/, '');
	return readdirSync(join(root, base))
		.filter((name) => name.endsWith('.yaml'))
		.sort()
		.map((name) => {
			const file = `${base}/${name}`;
			const data = parseYamlData(readFileSync(join(root, file), 'utf8'), file);
			if (data === null || typeof data !== 'object' || Array.isArray(data)) {
				throw new DataFileError(file, undefined, undefined, 'expected a mapping of keys');
			}
			return { id: name.replace(/\.yaml$/, ''), file, data: data as Record<string, unknown> };
		});
}
