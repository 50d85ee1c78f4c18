/**
 * Server-only accessors for the site's pages: which pages exist (docs pages and pages generated
 * from data), their URLs under the base path, their titles and headings, and the resolver for links
 * written in runbook data. A link or heading that does not exist fails the build.
 */
import { getCollection, getEntry, render } from 'astro:content';
import { AstroError } from 'astro/errors';
import { alertSlug } from '../lib/alerts/slug';
import { checkDataLinks } from '../lib/integrity/data-links';
import type { ResolvedLink } from '../lib/shared/inline-markdown';

/** Slugs of every published docs page ("" is the home page). */
export async function getDocSlugs(): Promise<string[]> {
	return (await getCollection('docs')).map((entry) => (entry.id === 'index' ? '' : entry.id));
}

/**
 * Slugs of the pages generated from data rather than written in content/docs: one per alert
 * (src/pages/alerts/[slug].astro) and one per common issue (src/pages/common-issues/[slug].astro).
 * Links to them resolve like links to docs pages.
 */
export async function getGeneratedPageSlugs(): Promise<string[]> {
	return [
		...(await getCollection('alerts')).map((entry) => `alerts/${alertSlug(entry.id)}`),
		...(await getCollection('commonIssues')).map((entry) => `common-issues/${entry.id}`),
	];
}

/** Slugs of every page a link may point at: the docs pages and the generated ones. */
export async function getPageSlugs(): Promise<string[]> {
	return [...(await getDocSlugs()), ...(await getGeneratedPageSlugs())];
}

/** The URL of a docs page under the configured base path. */
export function pageUrl(slug: string, hash = ''): string {
	const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
	const path = slug === '' ? base : `${base}${slug.replace(/^\/|\/$/g, '')}/`;
	return hash ? `${path}#${hash.replace(/^#/, '')}` : path;
}

/** The data collections whose text may hold inline-Markdown links (every collection but the pages). */
const DATA_COLLECTIONS = [
	'severityLevels', 'responsePhases', 'escalationLevels', 'escalationMatrix', 'templates', 'organisation',
	'searchSynonyms', 'severityClassifier', 'trees', 'commonIssues', 'errorFamilies', 'recoveryStrategies', 'alerts',
	'tools', 'metricGroups', 'drScenarios', 'backupVerificationLevels', 'upstream', 'upstreamDefects', 'pageCommands',
	'incidentMilestones', 'incidentMetrics',
] as const;

/**
 * Every link in content/data that names no page, as "file: id: link" lines. The build checks them
 * once, before the first page renders, with the other whole-data checks (src/data/data-checks.ts).
 */
export async function getDataLinkProblems(): Promise<string[]> {
	const collections = await Promise.all(DATA_COLLECTIONS.map((name) => getCollection(name)));
	const entries = collections.flat().map((entry) => ({
		file: entry.filePath ?? `content/data (${entry.collection})`,
		id: entry.id,
		data: entry.data,
	}));
	return checkDataLinks(entries, await getPageSlugs());
}

/**
 * A resolver for links in runbook data: "#anchor" stays on the page, "slug#anchor" becomes a page
 * URL, and a slug that is no page is reported missing (the caller fails the build). Every link in
 * content/data has been checked before any page renders, with the file named (src/middleware.ts).
 */
export async function getLinkResolver(): Promise<(target: string) => ResolvedLink> {
	const slugs = new Set(await getPageSlugs());
	return (target) => {
		if (target.startsWith('#') || /^https?:\/\//.test(target)) return { href: target };
		const [slug = '', hash = ''] = target.split('#');
		return slugs.has(slug) ? { href: pageUrl(slug, hash) } : { missing: slug };
	};
}

/**
 * Page titles by slug: the docs pages' titles and, for generated pages, the alert name and the
 * common issue's title.
 */
export async function getPageTitles(): Promise<Map<string, string>> {
	const titles = new Map((await getCollection('docs')).map((entry) => [entry.id, entry.data.title]));
	for (const alert of await getCollection('alerts')) titles.set(`alerts/${alertSlug(alert.id)}`, `Alert: ${alert.id}`);
	for (const issue of await getCollection('commonIssues')) titles.set(`common-issues/${issue.id}`, issue.data.title);
	return titles;
}

/**
 * The URL of a heading on a docs page, found by its exact text. Pages write their headings in MDX
 * (so Starlight's table of contents lists them) while the names live in the data; this lookup
 * fails the build when the two drift apart, instead of producing a dead anchor.
 */
export async function getHeadingUrl(pageSlug: string, text: string): Promise<string> {
	const entry = await getEntry('docs', pageSlug);
	if (!entry) throw new AstroError(`getHeadingUrl: no docs page "${pageSlug}".`);
	const { headings } = await render(entry);
	const heading = headings.find((candidate) => candidate.text === text);
	if (!heading) {
		throw new AstroError(
			`content/docs/${pageSlug}.mdx has no heading "${text}".`,
			'Headings on this page must match the names in the data; rename the heading or the entry.'
		);
	}
	return pageUrl(pageSlug, heading.slug);
}
