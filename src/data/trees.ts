/**
 * Server-only accessors for the decision trees (content/data/trees/). Each tree is validated once
 * per build; a broken tree fails the build with a message naming the file and the node.
 */
import { getCollection } from 'astro:content';
import { AstroError } from 'astro/errors';
import { TREE_IDS, type TreeWithIssues } from '../schemas/decision-tree';
import { validateTree } from '../lib/trees/tree';

let trees: Promise<TreeWithIssues[]> | undefined;

/**
 * The decision trees in category order. Each is validated (dangling references, unreachable
 * nodes, cycles, leaves without an outcome, ...) once per build; a broken tree fails the build
 * with a message naming the file and the node.
 */
export async function getTrees(): Promise<TreeWithIssues[]> {
	trees ??= (async () => {
		const entries = await getCollection('trees');
		const problems = entries.flatMap((entry) =>
			validateTree(entry.data, entry.filePath ?? `content/data/trees/${entry.id}.yaml`)
		);
		if (problems.length > 0) {
			throw new AstroError(
				`The decision trees have ${problems.length} problem(s):\n- ${problems.join('\n- ')}`,
				'Fix the named file and node, then build again (and run "npm run diagrams" to redraw the diagram).'
			);
		}
		// A category's common issues are the issue files that name its number.
		const issues = (await getCollection('commonIssues')).sort((a, b) => a.data.number - b.data.number);
		return entries
			.map((entry) => ({
				...entry.data,
				id: entry.id,
				commonIssues: issues.filter((issue) => issue.data.category === entry.data.category.number).map((issue) => issue.id),
			}))
			.sort((a, b) => a.category.number - b.category.number);
	})();
	return trees;
}

/** One decision tree by id (the file name under content/data/trees/). */
export async function getTree(id: string): Promise<TreeWithIssues> {
	const tree = (await getTrees()).find((candidate) => candidate.id === id);
	if (!tree) {
		throw new AstroError(`There is no decision tree "${id}".`, `Use one of: ${TREE_IDS.join(', ')}.`);
	}
	return tree;
}
