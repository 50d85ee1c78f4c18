/**
 * The real decision trees: they parse, validate, cover their category's common issues, can
 * be walked to every leaf (by choosing answers, through the URL and back), and their stored
 * diagrams were drawn from the current data.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TREE_IDS } from '~/schemas/decision-tree';
import { commonIssues } from '~/config/common-issues';
import { readDataFolder } from '~/lib/shared/data-folder';
import {
	back,
	choose,
	continueWalk,
	currentNode,
	describePath,
	isLeaf,
	listLeafPaths,
	parsePath,
	questionOf,
	serialisePath,
	validateTree,
} from '~/lib/trees/tree';
import { diagramSource } from '~/lib/trees/mermaid';
import { REDRAW_HINT, diagramState } from '~/lib/trees/diagram-freshness';
import { diagramPath, loadTrees } from '../../scripts/trees';

const trees = loadTrees();
const nameIssue = (slug: string) => commonIssues.find((issue) => issue.slug === slug)?.title ?? slug;

describe('the decision trees', () => {
	it('are the tree files (TREE_IDS is read from the folder), one per category, in category order', () => {
		expect(trees.map(({ tree }) => tree.id).sort()).toEqual([...TREE_IDS].sort());
		expect(trees.map(({ tree }) => tree.category.number).sort((a, b) => a - b)).toEqual(TREE_IDS.map((_, index) => index + 1));
	});

	it('have a tree for the category of every common issue (its issues are the files that name its number)', () => {
		const categories = new Set(trees.map(({ tree }) => tree.category.number));
		const issueCategories = readDataFolder('content/data/common-issues').map(({ id, data }) => [id, data.category] as const);
		expect(issueCategories.filter(([, category]) => !categories.has(category as number))).toEqual([]);
	});

	for (const { tree, file } of trees) {
		describe(tree.id, () => {
			it('passes validation', () => {
				expect(validateTree(tree, file)).toEqual([]);
			});

			it('asks a question at every branch and names an action at every leaf', () => {
				for (const node of Object.values(tree.nodes)) {
					if (isLeaf(node)) expect(node.outcome.action.length).toBeGreaterThan(3);
					else expect(questionOf(node)).toBeTruthy();
				}
			});

			it('walks to every leaf by choosing answers, and back to the start', () => {
				const leafPaths = listLeafPaths(tree);
				const leaves = Object.entries(tree.nodes).filter(([, node]) => isLeaf(node));
				expect(leafPaths.map((path) => path.at(-1)).sort()).toEqual(leaves.map(([id]) => id).sort());
				for (const target of leafPaths) {
					let path: string[] = [];
					for (const step of target) path = choose(tree, path, step);
					expect(path).toEqual(target);
					expect(isLeaf(currentNode(tree, path))).toBe(true);
					expect(parsePath(tree, serialisePath(path))).toEqual({ path });
					expect(describePath(tree, path, nameIssue)).toContain(currentNode(tree, path).outcome!.action);
					while (path.length > 0) path = back(path);
					expect(path).toEqual([]);
				}
			});

			it('continues every "continue at" jump at a question', () => {
				for (const target of listLeafPaths(tree)) {
					if (currentNode(tree, target).outcome?.continueAt === undefined) continue;
					const next = continueWalk(tree, target);
					expect(next).not.toEqual(target);
					expect(isLeaf(currentNode(tree, next))).toBe(false);
				}
			});

			it('has an SVG diagram drawn from its current data', () => {
				const svgPath = diagramPath(tree.id);
				const svg = existsSync(svgPath) ? readFileSync(svgPath, 'utf8') : undefined;
				// The state the build (DecisionTreeDiagram.astro) and `npm run diagrams` act on.
				expect(diagramState(diagramSource(tree), svg), `${relative(process.cwd(), svgPath)} for ${file}: ${REDRAW_HINT}`).toBe('fresh');
			});

			it('has a named, image-role SVG with no script', () => {
				const svg = readFileSync(diagramPath(tree.id), 'utf8');
				expect(svg).toMatch(/<svg[^>]* role="img"/);
				expect(svg).toMatch(/<svg[^>]* aria-labelledby="chart-title-tree-diagram-[a-z-]+"/);
				expect(svg).toContain(`<title id="chart-title-tree-diagram-${tree.id}">Decision tree: ${tree.title}</title>`);
				expect(svg).not.toMatch(/<script|<foreignObject|javascript:|\son[a-z]+=/i);
			});
		});
	}
});
