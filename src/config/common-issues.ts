/**
 * The common issues, read from content/data/common-issues/*.yaml (the file name is the slug of
 * /common-issues/<slug>/), in issue-number order. Nothing here is typed by hand: a new issue file
 * is a new entry of the sidebar, of the schemas' list of issue slugs and of the generated pages.
 * Numbers and titles are read as they are; the schema (src/schemas/common-issue.ts) and the
 * cross-file checks (src/lib/integrity/reference.ts) fail the build when they are wrong.
 */
import { readDataFolder } from '../lib/shared/data-folder.ts';

export const COMMON_ISSUES_FOLDER = 'content/data/common-issues';

export interface CommonIssueEntry {
	number: number;
	slug: string;
	/** The issue's `title`, also its page's title and sidebar label. */
	title: string;
}

export const commonIssues: readonly CommonIssueEntry[] = readDataFolder(COMMON_ISSUES_FOLDER)
	.map(({ id, data }) => ({ number: Number(data.number), slug: id, title: String(data.title ?? id) }))
	.sort((a, b) => a.number - b.number || a.slug.localeCompare(b.slug));

export type CommonIssueSlug = string;

/** Every common-issue slug, in issue-number order (a non-empty tuple, as z.enum wants it). */
export const commonIssueSlugs = commonIssues.map((issue) => issue.slug) as [CommonIssueSlug, ...CommonIssueSlug[]];

/** The docs slug of a common issue's page. */
export function commonIssuePageSlug(slug: CommonIssueSlug): string {
	return `common-issues/${slug}`;
}
