/**
 * A decision tree as Mermaid flowchart source, so the diagram is drawn from the same data as the
 * list and the walker. Deterministic: nodes appear in walk order (depth first, answers in their
 * listed order), so the same tree always gives the same text, and the text's hash tells whether
 * a stored SVG is still current. A leaf's "continue at" jump is not drawn as an edge: it would pull
 * the next check into a long chain; the outcome's own text names the next check.
 */
import type { DecisionTreeData } from '../../schemas/decision-tree.ts';
import { commonIssues } from '../../config/common-issues.ts';

/** How an outcome names its common issue in the diagram ("Issue 1"). */
export type IssueLabeler = (slug: string) => string;

/** CSS classes the diagram's nodes carry; the page's stylesheet colours them per theme. */
export const DIAGRAM_CLASSES = ['start', 'question', 'condition', 'outcome', 'flagged'] as const;

/** The tree as Mermaid flowchart source (left to right: the trees are wider than deep). */
export function treeToMermaid(
	tree: Pick<DecisionTreeData, 'title' | 'start' | 'nodes'>,
	labelIssue: IssueLabeler
): string {
	const lines = [
		'flowchart LR',
		`  accTitle: ${singleLine(`Decision tree: ${tree.title}`)}`,
		`  accDescr: ${singleLine(`Flowchart of the ${tree.title.toLowerCase()} tree, from the first question on the left to the outcomes on the right. The same tree is listed as text on this page.`)}`,
	];
	const edges: string[] = [];
	const classes = new Map<(typeof DIAGRAM_CLASSES)[number], string[]>(DIAGRAM_CLASSES.map((name) => [name, []]));
	const seen = new Set<string>();

	const visit = (id: string, isStart: boolean) => {
		if (seen.has(id)) return;
		seen.add(id);
		const node = tree.nodes[id];
		if (!node) return;
		lines.push(`  ${nodeRef(id)}["${escapeLabel(node.text)}"]`);
		classes.get(isStart ? 'start' : node.outcome ? 'condition' : 'question')!.push(nodeRef(id));
		if (node.added || node.inferred) classes.get('flagged')!.push(nodeRef(id));
		if (node.outcome) {
			const outcome = node.outcome;
			const text = outcome.issue ? `${outcome.action}\n${labelIssue(outcome.issue)}` : outcome.action;
			lines.push(`  ${outcomeRef(id)}("${escapeLabel(text)}")`);
			classes.get('outcome')!.push(outcomeRef(id));
			if (outcome.inferred) classes.get('flagged')!.push(outcomeRef(id));
			edges.push(`  ${nodeRef(id)} --> ${outcomeRef(id)}`);
		}
		for (const child of node.children ?? []) {
			edges.push(`  ${nodeRef(id)} --> ${nodeRef(child)}`);
			visit(child, false);
		}
	};
	visit(tree.start, true);
	const classLines = [...classes]
		.filter(([, ids]) => ids.length > 0)
		.map(([name, ids]) => `  class ${ids.join(',')} ${name}`);
	return [...lines, ...edges, ...classLines, ''].join('\n');
}

/** Mermaid ids: our kebab-case ids with a prefix, so no id can clash with a Mermaid keyword. */
function nodeRef(id: string): string {
	return `n_${id.replace(/-/g, '_')}`;
}
function outcomeRef(id: string): string {
	return `o_${id.replace(/-/g, '_')}`;
}

/**
 * Makes text safe inside a quoted Mermaid label. Mermaid's entity codes ("#34;") are not decoded
 * in SVG-text labels, so characters that would end the label or be read as syntax are replaced by
 * look-alikes instead: straight double quotes become curly ones, angle brackets become ‹ ›, a
 * backtick (which would start a Markdown label) becomes an apostrophe, and "#word;" loses its
 * entity meaning. A line break becomes <br/>, Mermaid's own line break.
 */
export function escapeLabel(text: string): string {
	let quotes = 0;
	return text
		.replace(/"/g, () => (quotes++ % 2 === 0 ? '“' : '”'))
		.replace(/`/g, "'")
		.replace(/</g, '‹')
		.replace(/>/g, '›')
		.replace(/#(?=\w+;)/g, '＃')
		.replace(/\r?\n/g, '<br/>')
		.replace(/[\u0000-\u001f]/g, ' ');
}

/** accTitle/accDescr run to the end of the line; they must not contain a line break. */
function singleLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** How the diagrams name a common issue: "Common issue 3". */
export function diagramIssueLabel(slug: string): string {
	const issue = commonIssues.find((candidate) => candidate.slug === slug);
	return issue ? `Common issue ${issue.number}` : slug;
}

/** The Mermaid source of a tree's diagram, exactly as `npm run diagrams`, the build and the tests derive it. */
export function diagramSource(tree: Pick<DecisionTreeData, 'title' | 'start' | 'nodes'>): string {
	return treeToMermaid(tree, diagramIssueLabel);
}
