/**
 * The decision trees, read from content/data/trees/*.yaml (the file name is the tree id and the
 * slug of /troubleshooting/<id>/), in category order. Nothing here is typed by hand: a new tree
 * file is a new sidebar entry and a new id the schemas accept. The schema
 * (src/schemas/decision-tree.ts) and the cross-file checks fail the build when a file is wrong.
 */
import { readDataFolder } from '../lib/shared/data-folder.ts';

export const TREES_FOLDER = 'content/data/trees';

export interface TreeEntry {
	id: string;
	/** The tree's `title`: its page's sidebar label. */
	title: string;
	/** Its troubleshooting category's number (1 first). */
	category: number;
}

const categoryNumber = (data: Record<string, unknown>) =>
	Number((data.category as { number?: unknown } | undefined)?.number);

export const trees: readonly TreeEntry[] = readDataFolder(TREES_FOLDER)
	.map(({ id, data }) => ({ id, title: String(data.title ?? id), category: categoryNumber(data) }))
	.sort((a, b) => a.category - b.category || a.id.localeCompare(b.id));

/** Every tree id, in category order (a non-empty tuple, as z.enum wants it). */
export const treeIds = trees.map((tree) => tree.id) as [string, ...string[]];
