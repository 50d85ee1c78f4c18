/**
 * Content loaders for the YAML data in content/data/. Astro's own file() loader only logs a YAML
 * error and goes on (the build exits 0 with an empty collection, or with the previous data when the
 * content cache is warm); these parse every file first and throw, naming file, line and reason.
 */
import { readdir, readFile } from 'node:fs/promises';
import { file, glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { parseYamlData } from '../lib/shared/yaml-data';

type Transform = (data: unknown, fileName: string) => unknown;

/** One YAML file, a list of entries with an `id` each. */
export function yamlFile(fileName: string, transform?: Transform): Loader {
	const parse = (text: string) => {
		const data = parseYamlData(text, fileName);
		return transform ? transform(data, fileName) : data;
	};
	const inner = file(fileName, { parser: (text) => parse(text) as Record<string, unknown>[] });
	return {
		name: 'runbook-yaml-file',
		load: async (context) => {
			parse(await readFile(new URL(fileName, context.config.root), 'utf-8'));
			return inner.load(context);
		},
	};
}

/** A folder of YAML files, one entry each; the file name is the entry id. */
export function yamlFolder(base: string): Loader {
	const inner = glob({ base, pattern: '*.yaml' });
	return {
		name: 'runbook-yaml-folder',
		load: async (context) => {
			const folder = new URL(`${base.replace(/\/?$/, '/')}`, context.config.root);
			const names = (await readdir(folder)).filter((name) => name.endsWith('.yaml')).sort();
			for (const name of names) {
				const fileName = `${base.replace(/^\.\//, '').replace(/\/?$/, '/')}${name}`;
				parseYamlData(await readFile(new URL(name, folder), 'utf-8'), fileName);
			}
			return inner.load(context);
		},
	};
}
