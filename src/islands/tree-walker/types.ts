/**
 * The walker's props: plain, serialisable data the wrapper (src/components/trees/DecisionTree.astro)
 * derives from the tree file, with every link already resolved on the server.
 */

/** A "read on" reference: a link when it names a page, plain text when it names none. */
export interface WalkerLink {
	text: string;
	href?: string;
}

/** A common issue's name and page (every common issue has one). */
export interface IssueLink {
	text: string;
	href: string;
}

export interface WalkerOutcome {
	action: string;
	/** Common-issue slug; its name and link are in WalkerProps.issues. */
	issue?: string;
	ref?: WalkerLink;
	detail?: string;
	command?: string;
	continueAt?: string;
	inferred?: boolean;
}

export interface WalkerNode {
	text: string;
	label: string;
	question?: string;
	check?: string;
	children?: string[];
	outcome?: WalkerOutcome;
	caveat?: string;
	added?: boolean;
	inferred?: boolean;
}

export interface WalkerTree {
	id: string;
	title: string;
	start: string;
	nodes: Record<string, WalkerNode>;
}

export interface WalkerProps {
	tree: WalkerTree;
	/** Common issues by slug: "Common issue 1: Engram won't start" and the page URL. */
	issues: Record<string, IssueLink>;
}
