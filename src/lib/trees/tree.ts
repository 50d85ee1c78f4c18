/**
 * Decision trees: structural validation and the walker's logic. Pure and framework-free.
 *
 * A tree is a map of nodes keyed by id. The walker's whole state is the path: the ids of the
 * answers chosen so far, starting below the entry node (an empty path means "at the start").
 * So Back is `path.slice(0, -1)`, Start over is `[]`, and the path round-trips through the URL.
 */
import { buildSearch, parseUrlState, parsers } from '../shared/url-state';

/** The part of a node the walker reads; the schema's TreeNode and the island's props both fit. */
export interface WalkNode {
	text: string;
	label?: string | undefined;
	question?: string | undefined;
	children?: string[] | undefined;
	outcome?: { action: string; issue?: string | undefined; continueAt?: string | undefined } | undefined;
}

/** A tree as the walker needs it: the entry node's id and the nodes by id. */
export interface WalkableTree<Node extends WalkNode = WalkNode> {
	start: string;
	nodes: Record<string, Node>;
}

/** Separator of node ids in the `path` URL parameter. */
export const PATH_SEPARATOR = ',';

/** The longest path a link may carry; real trees are five levels deep at most. */
export const MAX_PATH_LENGTH = 32;

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

/**
 * Checks what the schema cannot: a bad start id, dangling child references, nodes with both or
 * neither of children and outcome, a branch without a question, nodes reachable twice or never,
 * cycles, and "continue at" jumps that lead nowhere or back up the branch. Returns one readable
 * problem per line, each naming `source` (the tree's file) and the node.
 */
export function validateTree(tree: WalkableTree, source: string): string[] {
	const problems: string[] = [];
	const at = (id: string) => `${source}: node "${id}"`;
	const ids = Object.keys(tree.nodes);

	if (!Object.hasOwn(tree.nodes, tree.start)) {
		problems.push(`${source}: "start" names node "${tree.start}", which does not exist (nodes: ${ids.join(', ') || 'none'})`);
	}

	for (const [id, node] of Object.entries(tree.nodes)) {
		const children = node.children ?? [];
		if (children.length > 0 && node.outcome) {
			problems.push(`${at(id)} has both "children" and an "outcome"; a node is either a question or a leaf`);
		}
		if (children.length === 0 && !node.outcome) {
			problems.push(`${at(id)} is a leaf without an "outcome"; give it an outcome (the action) or children`);
		}
		if (children.length > 0 && !questionOf(node)) {
			problems.push(`${at(id)} has children but no question: add "question", or phrase "text" as a question ending in "?"`);
		}
		for (const child of findRepeats(children)) {
			problems.push(`${at(id)} lists child "${child}" twice`);
		}
		for (const child of children) {
			if (!Object.hasOwn(tree.nodes, child)) {
				problems.push(`${at(id)} has child "${child}", which does not exist (dangling reference)`);
			} else if (child === tree.start) {
				problems.push(`${at(id)} has the start node "${child}" as a child, which makes a cycle`);
			}
		}
	}

	// Walk from the start, breadth first: a node seen twice has two parents (or sits on a cycle).
	const parents = new Map<string, string>();
	if (Object.hasOwn(tree.nodes, tree.start)) {
		const queue: string[][] = [[tree.start]];
		while (queue.length > 0) {
			const trail = queue.shift()!;
			const id = trail[trail.length - 1]!;
			for (const child of tree.nodes[id]?.children ?? []) {
				if (!Object.hasOwn(tree.nodes, child) || child === tree.start) continue;
				if (trail.includes(child)) {
					problems.push(`${at(child)} is part of a cycle: ${[...trail.slice(trail.indexOf(child)), child].join(' → ')}`);
					continue;
				}
				const known = parents.get(child);
				if (known !== undefined) {
					if (known !== id) problems.push(`${at(child)} has two parents ("${known}" and "${id}"); a tree node has one`);
					continue;
				}
				parents.set(child, id);
				queue.push([...trail, child]);
			}
		}
		for (const id of ids) {
			if (id !== tree.start && !parents.has(id)) {
				problems.push(`${at(id)} is unreachable from the start node "${tree.start}"`);
			}
		}
	}

	for (const [id, node] of Object.entries(tree.nodes)) {
		const target = node.outcome?.continueAt;
		if (target === undefined) continue;
		if (!Object.hasOwn(tree.nodes, target)) {
			problems.push(`${at(id)} has "continueAt" "${target}", which does not exist (dangling reference)`);
		} else if (target === id || ancestorsOf(parents, id).includes(target)) {
			problems.push(`${at(id)} has "continueAt" "${target}", which leads back up its own branch (a cycle)`);
		}
	}
	return [...new Set(problems)];
}

function ancestorsOf(parents: Map<string, string>, id: string): string[] {
	const ancestors: string[] = [];
	for (let parent = parents.get(id); parent !== undefined; parent = parents.get(parent)) {
		if (ancestors.includes(parent)) break;
		ancestors.push(parent);
	}
	return ancestors;
}

function findRepeats(values: string[]): string[] {
	const seen = new Set<string>();
	return [...new Set(values.filter((value) => (seen.has(value) ? true : (seen.add(value), false))))];
}

// ---------------------------------------------------------------------------------------------
// Reading nodes
// ---------------------------------------------------------------------------------------------

/** What the walker asks at a node: its `question`, or its text when that is a question. */
export function questionOf(node: Pick<WalkNode, 'question' | 'text'>): string | undefined {
	if (node.question) return node.question;
	return node.text.trim().endsWith('?') ? node.text : undefined;
}

/** The short text of a node as an answer button or a path step. */
export function labelOf(node: Pick<WalkNode, 'label' | 'text'>): string {
	return node.label ?? node.text;
}

/** True when the node is a leaf (it has an outcome). */
export function isLeaf<Node extends WalkNode>(node: Node): node is Node & { outcome: NonNullable<Node['outcome']> } {
	return node.outcome !== undefined;
}

/** The path (ids below the start) that leads to `target`, or undefined if it is not in the tree. */
export function pathTo(tree: WalkableTree, target: string): string[] | undefined {
	if (target === tree.start) return [];
	const search = (id: string, trail: string[]): string[] | undefined => {
		for (const child of tree.nodes[id]?.children ?? []) {
			if (trail.includes(child) || trail.length >= MAX_PATH_LENGTH) continue;
			if (child === target) return [...trail, child];
			const found = search(child, [...trail, child]);
			if (found) return found;
		}
		return undefined;
	};
	return search(tree.start, []);
}

// ---------------------------------------------------------------------------------------------
// Walking
// ---------------------------------------------------------------------------------------------

/** The walker's state at the start. */
export function startWalk(): string[] {
	return [];
}

/** The id of the node the path ends at (the start node for an empty path). */
export function currentNodeId(tree: WalkableTree, path: readonly string[]): string {
	return path.length === 0 ? tree.start : path[path.length - 1]!;
}

/** The node the path ends at. */
export function currentNode<Node extends WalkNode>(tree: WalkableTree<Node>, path: readonly string[]): Node {
	const node = tree.nodes[currentNodeId(tree, path)];
	if (!node) throw new Error(`No node "${currentNodeId(tree, path)}" in this tree`);
	return node;
}

/** The path after choosing answer `childId`; unchanged when that is not an answer here. */
export function choose(tree: WalkableTree, path: readonly string[], childId: string): string[] {
	const children = currentNode(tree, path).children ?? [];
	return children.includes(childId) ? [...path, childId] : [...path];
}

/** The path one step back. */
export function back(path: readonly string[]): string[] {
	return path.slice(0, -1);
}

/** The path after following a leaf's "continue at" jump; unchanged when there is none. */
export function continueWalk(tree: WalkableTree, path: readonly string[]): string[] {
	const target = currentNode(tree, path).outcome?.continueAt;
	return (target !== undefined && pathTo(tree, target)) || [...path];
}

/** Every path from the start to a leaf, in the order the tree lists its answers. */
export function listLeafPaths(tree: WalkableTree): string[][] {
	const paths: string[][] = [];
	const visit = (path: string[]) => {
		const node = currentNode(tree, path);
		if (isLeaf(node)) {
			paths.push(path);
			return;
		}
		for (const child of node.children ?? []) visit([...path, child]);
	};
	visit([]);
	return paths;
}

// ---------------------------------------------------------------------------------------------
// Path ↔ URL
// ---------------------------------------------------------------------------------------------

/** The `path` URL parameter's value for a path ("" at the start). */
export function serialisePath(path: readonly string[]): string {
	return path.join(PATH_SEPARATOR);
}

export interface ParsedPath {
	/** The longest valid prefix of the link's path. */
	path: string[];
	/** Set when part (or all) of the link's path was not a valid walk through this tree. */
	problem?: string;
}

/**
 * Reads a `path` parameter. Every id must be an answer of the node before it. The valid part is
 * kept and the rest reported, so a link from an older version of a tree still gets the reader
 * as far as it can.
 */
export function parsePath(tree: WalkableTree, raw: string): ParsedPath {
	if (raw === '') return { path: [] };
	const ids = raw.split(PATH_SEPARATOR);
	if (ids.length > MAX_PATH_LENGTH) {
		return { path: [], problem: `The link's path has ${ids.length} steps; no tree here is that deep, so the walk starts from the beginning.` };
	}
	const path: string[] = [];
	for (const id of ids) {
		const node = currentNode(tree, path);
		if (!(node.children ?? []).includes(id)) {
			const where = path.length === 0 ? 'the first question' : `“${labelOf(node)}”`;
			const shown = id.length > 40 ? `${id.slice(0, 40)}…` : id;
			return {
				path,
				problem:
					path.length === 0
						? `The link's path starts with “${shown}”, which is no answer to the first question, so the walk starts from the beginning.`
						: `The link's path goes on with “${shown}”, which is no answer after ${where}; the walk stops at the last valid step.`,
			};
		}
		path.push(id);
	}
	return { path };
}

// ---------------------------------------------------------------------------------------------
// The walked path as text
// ---------------------------------------------------------------------------------------------

/** How a leaf's common issue is named in the one-line summary. */
export type IssueNamer = (slug: string) => string;

/**
 * The walked path as one line of plain text for chat or a ticket:
 * "Service unavailability: Not running → "Failed to bind" ⇒ Resolve the port conflict (Issue 1: …)".
 * `url`, when given, is appended so the reader can reopen the same walk.
 */
export function describePath(
	tree: WalkableTree & { title: string },
	path: readonly string[],
	nameIssue: IssueNamer,
	url?: string
): string {
	const steps = path.map((id) => labelOf(tree.nodes[id] ?? { text: id }));
	let line = `${tree.title}: ${steps.length > 0 ? steps.join(' → ') : 'start'}`;
	const outcome = currentNode(tree, path).outcome;
	if (outcome) {
		line += ` ⇒ ${outcome.action}`;
		if (outcome.issue) line += ` (${nameIssue(outcome.issue)})`;
	}
	if (url) line += ` ${url}`;
	return line.replace(/\s+/g, ' ').trim();
}

/** Longest `path` value read from a link; longer ones are reported and ignored. */
export const MAX_PATH_PARAM = 2000;

/** The walk a page address asks for (`?path=a,b`): its valid part, and notices for what was not. */
export function walkFromSearch(tree: WalkableTree, search: string): { path: string[]; notices: string[] } {
	const parsed = parseUrlState(search, { path: parsers.text(MAX_PATH_PARAM) });
	const notices = [...parsed.notices];
	if (parsed.state.path === undefined) return { path: startWalk(), notices };
	const fromLink = parsePath(tree, parsed.state.path);
	if (fromLink.problem) notices.push(fromLink.problem);
	return { path: fromLink.path, notices };
}

/**
 * The query string of a walk. Node ids are [a-z0-9-], so the commas between them can stay
 * literal: "?path=process,not-running" reads better in chat than "%2C".
 */
export function walkSearch(path: readonly string[]): string {
	return buildSearch({ path: serialisePath(path) }).replace(/%2C/g, ',');
}

/** What the live region says on arriving at `path`: "Outcome: …." at a leaf, nothing otherwise. */
export function arrivalAnnouncement(tree: WalkableTree, path: readonly string[]): string {
	const node = currentNode(tree, path);
	return node.outcome ? `Outcome: ${node.outcome.action}.` : '';
}

/** The source flags of a node (and of its outcome's link to a fix), as the walker and the outline word them. */
export function flagLines(node: { added?: boolean | undefined; inferred?: boolean | undefined }, outcomeInferred: boolean): string[] {
	const lines: string[] = [];
	if (node.added) lines.push('This branch is not in the source’s diagram; it comes from the issue pages.');
	if (node.inferred) lines.push('This branch is our own inference, not the source’s.');
	if (outcomeInferred) lines.push('Linking this outcome to its fix is our inference, not the source’s.');
	return lines;
}

/** Whether the walker shows the node's own text above its question (at the start, or when the question differs). */
export function showsContext(tree: WalkableTree, path: readonly string[]): boolean {
	const node = currentNode(tree, path);
	return currentNodeId(tree, path) === tree.start || questionOf(node) !== node.text;
}
