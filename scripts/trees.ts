/**
 * Reads the decision trees from content/data/trees/*.yaml with the schema the build uses, for
 * scripts and tests that run outside Astro (no astro:content there).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import yaml from 'js-yaml';
import { DecisionTreeSchema, type DecisionTree } from '../src/schemas/decision-tree.ts';

const ROOT = new URL('../', import.meta.url).pathname;
export const TREES_DIR = join(ROOT, 'content/data/trees');
export const DIAGRAMS_DIR = join(ROOT, 'src/diagrams');

export interface LoadedTree {
	tree: DecisionTree;
	/** Repository-relative path of the data file, for messages. */
	file: string;
}

/** Every tree file in `dir`, parsed and schema-checked, in file-name order. */
export function loadTrees(dir = TREES_DIR): LoadedTree[] {
	return readdirSync(dir)
		.filter((name) => name.endsWith('.yaml'))
		.sort()
		.map((name) => loadTree(join(dir, name)));
}

/** One tree file, parsed and schema-checked; its id is the file name. */
export function loadTree(path: string): LoadedTree {
	const file = relative(ROOT, path);
	const parsed = DecisionTreeSchema.safeParse(yaml.load(readFileSync(path, 'utf8')));
	if (!parsed.success) {
		const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
		throw new Error(`${file} does not match the tree schema:\n- ${issues.join('\n- ')}`);
	}
	return { tree: { ...parsed.data, id: basename(path, '.yaml') }, file };
}

/** Where a tree's pre-rendered diagram lives. */
export function diagramPath(treeId: string): string {
	return join(DIAGRAMS_DIR, `${treeId}.svg`);
}
