import { z } from 'astro/zod';
import { provenanceFields } from './provenance.ts';
import { commonIssueSlugs } from '../config/common-issues.ts';
import { treeIds } from '../config/trees.ts';

/**
 * The trees, one per troubleshooting category, in category order; the ids are the file names under
 * content/data/trees/ and the page slugs under /troubleshooting/ (read from the folder, src/config/trees.ts).
 */
export const TREE_IDS: readonly string[] = treeIds;
export type TreeId = string;

/** Node ids are short kebab-case names; they appear in walker links (?path=a,b,c). */
export const NodeIdSchema = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase letters, digits and single dashes');

/** A docs slug, optionally with an anchor: "backup-restore", "common-issues/wal-lag#verify". */
const PageRefSchema = z
	.string()
	.regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*(#[a-z0-9-]+)?$/, 'a docs slug such as "backup-restore" or "troubleshooting/error-patterns#anchor"');

/** Where to read on when an outcome has no common issue, or as well as it. */
export const OutcomeRefSchema = z.strictObject({
	/** What the reader finds there, in a few words. */
	text: z.string().min(1),
	/** The page it is on (a docs or generated page; a slug that is no page fails the build). */
	page: PageRefSchema.optional(),
});

/** What to do at a leaf. */
export const OutcomeSchema = z.strictObject({
	/** The action, short and imperative: "Resolve the port conflict on 7432/50051". */
	action: z.string().min(1).max(90),
	/** The common issue whose page resolves it (its file name under content/data/common-issues/). */
	issue: z.enum(commonIssueSlugs).optional(),
	/** Where to read on. */
	ref: OutcomeRefSchema.optional(),
	/** One or two sentences of context; `code` in backticks. */
	detail: z.string().min(1).optional(),
	/** Shell command(s) for the first step, one per line. */
	command: z.string().min(1).optional(),
	/** Where `command` was checked, or why it is ours; and the upstream defects it meets. */
	...provenanceFields,
	/** Set when `command` changes data or stops the service: what to look for before running it. */
	destructive: z.string().min(1).optional(),
	/** The jump "continue with the next check" of the facts' sequential branches: a node id. */
	continueAt: NodeIdSchema.optional(),
	/** The mapping to this issue or action is our deduction, not the source's. */
	inferred: z.boolean().optional(),
});

/** A question or an observed condition (with children), or a leaf (with an outcome). */
export const TreeNodeSchema = z.strictObject({
	/** The node as the facts state it: a question or an observed condition. */
	text: z.string().min(1),
	/** Short answer-button text for the walker; defaults to `text`. */
	label: z.string().min(1).max(80).optional(),
	/** What the walker asks at this node when `text` is not itself a question. */
	question: z.string().min(1).optional(),
	/** Shell command(s) that answer this node's question. */
	check: z.string().min(1).optional(),
	/** Where `check` was checked, or why it is ours; and the upstream defects it meets. */
	...provenanceFields,
	/** The answers: ids of the child nodes, in the order shown. */
	children: z.array(NodeIdSchema).min(1).optional(),
	/** What to do, for a leaf. */
	outcome: OutcomeSchema.optional(),
	/** One line where the source contradicts itself here, with the reading we chose. */
	caveat: z.string().min(1).optional(),
	/** Not in the source's diagram; taken from the issue pages or another document. */
	added: z.boolean().optional(),
	/** The structure here is our deduction. */
	inferred: z.boolean().optional(),
});

/** The troubleshooting category a tree belongs to (facts §2). */
export const TreeCategorySchema = z.strictObject({
	/** 1 first; the trees' numbers run 1, 2, 3… without a gap (checked with the other files). */
	number: z.number().int().min(1),
	name: z.string().min(1),
	/** What falls in it. */
	covers: z.string().min(1),
	/** Expected resolution time as the source states it: "<5 min", "15–30 min". */
	resolutionTime: z.string().min(1),
	/** How it is usually resolved. */
	approach: z.string().min(1),
});

/** One decision tree (content/data/trees/<tree-id>.yaml); nodes form a map keyed by id. */
export const DecisionTreeSchema = z.strictObject({
	title: z.string().min(1),
	/** One sentence for the index and the page description. */
	summary: z.string().min(1),
	category: TreeCategorySchema,
	/** The whole tree is our construction (the source has no diagram for it). */
	inferred: z.boolean().optional(),
	/** Source contradictions that touch this tree, one line each with the reading we chose. */
	caveats: z.array(z.string().min(1)).optional(),
	/** The id of the entry node. */
	start: NodeIdSchema,
	nodes: z.record(NodeIdSchema, TreeNodeSchema),
});

export type OutcomeRef = z.output<typeof OutcomeRefSchema>;
export type Outcome = z.output<typeof OutcomeSchema>;
export type TreeNode = z.output<typeof TreeNodeSchema>;
export type TreeCategory = z.output<typeof TreeCategorySchema>;
export type DecisionTreeData = z.output<typeof DecisionTreeSchema>;
/** A tree with its id (the file name) attached. */
export type DecisionTree = DecisionTreeData & { id: string };
/**
 * A tree with its category's common issues: the issue files whose `category` is the tree's
 * category number, in issue-number order (src/data/trees.ts derives them; no tree lists them).
 */
export type TreeWithIssues = DecisionTree & { commonIssues: string[] };
