/**
 * Where the escalation lookup leads besides the matrix: the common issues, alerts and decision-tree
 * steps whose words match the query, with the same word matcher as the matrix search
 * (src/lib/shared/word-match.ts). When no matrix row matches ("disk full", "oom") these are the
 * way on; when a query names a known issue ("WAL lag") its page is linked even though the matrix
 * has only WAL corruption rows. Pure: the wrapper builds the entries from the data at build time.
 */
import { createWordMatcher, type WordMatcher } from '../shared/word-match';

/** One page (or place on a page) the lookup can point to. */
export interface RelatedPage {
	kind: 'issue' | 'alert' | 'tree';
	/** The link text: "Common issue 3: WAL lag increasing", "WALLagHigh", "Disk space". */
	title: string;
	/** Where it is, for a reader: "Alert", "Resource exhaustion decision tree". */
	where: string;
	href: string;
	/** Searchable words besides the title (symptoms, the alert's meaning, the tree node's question). */
	text: string;
}

/** How many links the lookup shows at most. */
export const MAX_RELATED = 5;

/** A prepared search over the related pages. */
export interface RelatedSearch {
	/**
	 * The pages matching every word of the query (at most `limit`): the best of each kind first
	 * (issue, tree step, alert, in order of their best score), then the next best of each, so a
	 * handful of links covers all three kinds.
	 */
	find(query: string, limit?: number): RelatedPage[];
}

const KIND_ORDER: Record<RelatedPage['kind'], number> = { issue: 0, tree: 1, alert: 2 };

/** Prepares the pages for searching; titles count double. */
export function createRelatedSearch(
	pages: readonly RelatedPage[],
	synonymGroups: readonly { words: readonly string[] }[]
): RelatedSearch {
	const matcher: WordMatcher<RelatedPage, 'title' | 'text'> = createWordMatcher(
		pages,
		(page) => [
			{ field: 'title', text: page.title, weight: 2 },
			{ field: 'text', text: page.text },
		],
		synonymGroups
	);
	return {
		find(query, limit = MAX_RELATED) {
			const { terms } = matcher.parse(query);
			if (terms.length === 0) return [];
			const ranked = matcher
				.match(terms)
				.filter((match) => match.matches.length === terms.length)
				.sort(
					(a, b) =>
						b.score - a.score || KIND_ORDER[a.item.kind] - KIND_ORDER[b.item.kind] || a.order - b.order
				);
			const byKind = new Map<RelatedPage['kind'], RelatedPage[]>();
			for (const { item } of ranked) byKind.set(item.kind, [...(byKind.get(item.kind) ?? []), item]);
			const mixed: RelatedPage[] = [];
			for (let round = 0; mixed.length < Math.min(limit, ranked.length); round++) {
				for (const list of byKind.values()) {
					const page = list[round];
					if (page && mixed.length < limit) mixed.push(page);
				}
			}
			return mixed;
		},
	};
}

/** Plain text of inline Markdown for searching: code marks and link syntax dropped. */
export function searchableText(markdown: string): string {
	return markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[`*_]/g, ' ');
}

/** What `buildRelatedPages` reads: the data, and how to link it (the wrapper knows the URLs). */
export interface RelatedSources {
	issues: readonly { slug: string; symptoms: readonly string[] }[];
	/** The issue's link text and URL, by slug (an issue without one is left out). */
	issueLink: (slug: string) => { name: string; href: string } | undefined;
	trees: readonly {
		id: string;
		title: string;
		nodes: Record<string, { text: string; label?: string | undefined; outcome?: { action: string } | undefined }>;
	}[];
	/** The URL of one tree node (its place in the tree's outline). */
	treeNodeUrl: (treeId: string, nodeId: string) => string;
	alerts: readonly { name: string; meaning: string }[];
	alertUrl: (name: string) => string;
}

/** Every common issue, decision-tree step and alert as a page the lookup can lead to. */
export function buildRelatedPages(sources: RelatedSources): RelatedPage[] {
	return [
		...sources.issues.flatMap((issue): RelatedPage[] => {
			const link = sources.issueLink(issue.slug);
			return link
				? [{ kind: 'issue', title: link.name, where: 'Common issue', href: link.href, text: searchableText(issue.symptoms.join(' ')) }]
				: [];
		}),
		...sources.trees.flatMap((tree) =>
			Object.entries(tree.nodes).map(([id, node]): RelatedPage => {
				const label = node.label ?? node.text;
				return {
					kind: 'tree',
					title: node.outcome ? `${label}: ${node.outcome.action}` : label,
					where: `${tree.title} decision tree`,
					href: sources.treeNodeUrl(tree.id, id),
					text: searchableText(node.text),
				};
			})
		),
		...sources.alerts.map(
			(alert): RelatedPage => ({
				kind: 'alert',
				title: alert.name,
				where: 'Alert',
				href: sources.alertUrl(alert.name),
				text: searchableText(alert.meaning),
			})
		),
	];
}

/** The pages as one compact JSON string, for an island prop (Astro wraps every value of an object prop). */
export function packRelatedPages(pages: readonly RelatedPage[]): string {
	return JSON.stringify(pages.map((page) => [page.kind, page.title, page.where, page.href, page.text]));
}

/** The pages back from `packRelatedPages`; anything malformed is left out. */
export function unpackRelatedPages(packed: string): RelatedPage[] {
	let rows: unknown;
	try {
		rows = JSON.parse(packed);
	} catch {
		return [];
	}
	if (!Array.isArray(rows)) return [];
	return rows.flatMap((row): RelatedPage[] => {
		if (!Array.isArray(row) || row.length !== 5 || !row.every((cell) => typeof cell === 'string')) return [];
		const [kind, title, where, href, text] = row as string[];
		return kind === 'issue' || kind === 'alert' || kind === 'tree' ? [{ kind, title: title!, where: where!, href: href!, text: text! }] : [];
	});
}
