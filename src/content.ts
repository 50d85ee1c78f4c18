/**
 * Server-only typed accessors for the runbook data. Pages and island wrappers read data through
 * these functions, never straight from the collections, so sorting and the cross-file integrity
 * check happen in one place. A broken reference fails `astro build` with a message naming the
 * file and the field.
 */
import { getCollection } from 'astro:content';
import { AstroError } from 'astro/errors';
import { checkContentIntegrity } from './lib/integrity/content';
import { applyOrganisationTokens } from './lib/shared/organisation-tokens';
import type { ResolvedLink } from './lib/shared/inline-markdown';
import type { CommunicationTemplate } from './schemas/template';
import type { Organisation } from './schemas/organisation';
import type { EscalationMatrixRow } from './schemas/escalation';
import type { SearchSynonymGroup } from './schemas/search-synonyms';
import { TREE_IDS, type DecisionTree } from './schemas/decision-tree';
import { validateTree } from './lib/trees/tree';
import { alertSlug } from './lib/alerts/slug';
import { commonIssuePageSlug, commonIssues, type CommonIssueSlug } from './config/common-issues';
import type { SeverityClassifierRules } from './schemas/severity-classifier';

const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;
const byNumber = <T extends { number: number }>(a: T, b: T) => a.number - b.number;

let checked: Promise<void> | undefined;

/** Runs the cross-file checks once per build. */
async function ensureIntegrity(): Promise<void> {
	checked ??= (async () => {
		const problems = checkContentIntegrity({
			severityLevels: await getSeverityLevelsUnchecked(),
			escalationLevels: (await getCollection('escalationLevels')).map((e) => e.data),
			escalationMatrix: inFileOrder(await getCollection('escalationMatrix')),
			templates: (await getCollection('templates')).map((e) => e.data),
			organisation: await getOrganisation(),
			docSlugs: await getDocSlugs(),
		});
		if (problems.length > 0) {
			throw new AstroError(
				`The runbook data has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`,
				'Fix the named file and field, then build again.'
			);
		}
	})();
	return checked;
}

async function getSeverityLevelsUnchecked() {
	return (await getCollection('severityLevels')).map((entry) => entry.data).sort(byOrder);
}

/** The severity levels, most severe first. */
export async function getSeverityLevels() {
	await ensureIntegrity();
	return getSeverityLevelsUnchecked();
}

/** The incident response phases in order. */
export async function getResponsePhases() {
	await ensureIntegrity();
	return (await getCollection('responsePhases')).map((entry) => entry.data).sort(byNumber);
}

/** The escalation levels, first responder first. */
export async function getEscalationLevels() {
	await ensureIntegrity();
	return (await getCollection('escalationLevels')).map((entry) => entry.data).sort(byNumber);
}

/** The escalation decision matrix rows, in the guide's order (their order in the file). */
export async function getEscalationMatrix(): Promise<EscalationMatrixRow[]> {
	await ensureIntegrity();
	return inFileOrder(await getCollection('escalationMatrix'));
}

/** The search synonym groups (content/data/search-synonyms.yaml), in file order. */
export async function getSearchSynonyms(): Promise<SearchSynonymGroup[]> {
	return inFileOrder(await getCollection('searchSynonyms'));
}

/** Entries sorted by their position in the file, without the position itself. */
function inFileOrder<T extends { position: number }>(entries: { data: T }[]): Omit<T, 'position'>[] {
	return entries
		.map((entry) => entry.data)
		.sort((a, b) => a.position - b.position)
		.map(({ position: _position, ...data }) => data);
}

/** The organisation settings (content/data/organisation.yaml). */
export async function getOrganisation(): Promise<Organisation> {
	const entries = await getCollection('organisation');
	const entry = entries.find((e) => e.id === 'organisation');
	if (!entry) {
		throw new AstroError(
			'content/data/organisation.yaml must have a top-level "organisation:" key.',
			'See the README, section "Editing runbook data".'
		);
	}
	return entry.data;
}

/** The severity classifier's own rules (content/data/severity-classifier.yaml). */
export async function getSeverityClassifierRules(): Promise<SeverityClassifierRules> {
	const entry = (await getCollection('severityClassifier')).find((e) => e.id === 'classifier');
	if (!entry) {
		throw new AstroError(
			'content/data/severity-classifier.yaml must have a top-level "classifier:" key.',
			'Restore the file from the repository, then edit its values.'
		);
	}
	return entry.data;
}

/** The communication templates in the guide's order, organisation settings filled in. */
export async function getTemplates(): Promise<CommunicationTemplate[]> {
	await ensureIntegrity();
	const organisation = await getOrganisation();
	const fill = (text: string) => applyOrganisationTokens(text, organisation);
	return (await getCollection('templates'))
		.map((entry) => entry.data)
		.sort(byOrder)
		.map((template) => ({
			...template,
			body: fill(template.body),
			...(template.subject === undefined ? {} : { subject: fill(template.subject) }),
		}));
}

/** Slugs of every published docs page ("" is the home page). */
export async function getDocSlugs(): Promise<string[]> {
	return (await getCollection('docs')).map((entry) => (entry.id === 'index' ? '' : entry.id));
}

/**
 * Slugs of the pages generated from data rather than written in content/docs: one per alert
 * (src/pages/alerts/[slug].astro). Links to them resolve like links to docs pages.
 */
export async function getGeneratedPageSlugs(): Promise<string[]> {
	return (await getCollection('alerts')).map((entry) => `alerts/${alertSlug(entry.id)}`);
}

/** The URL of a docs page under the configured base path. */
export function pageUrl(slug: string, hash = ''): string {
	const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
	const path = slug === '' ? base : `${base}${slug.replace(/^\/|\/$/g, '')}/`;
	return hash ? `${path}#${hash.replace(/^#/, '')}` : path;
}

/**
 * A resolver for links in runbook data: "#anchor" stays on the page, "slug#anchor" becomes a page
 * URL when that page is published, and is reported missing otherwise (never a dead link).
 */
export async function getLinkResolver(): Promise<(target: string) => ResolvedLink> {
	const slugs = new Set([...(await getDocSlugs()), ...(await getGeneratedPageSlugs())]);
	return (target) => {
		if (target.startsWith('#') || /^https?:\/\//.test(target)) return { href: target };
		const [slug = '', hash = ''] = target.split('#');
		return slugs.has(slug) ? { href: pageUrl(slug, hash) } : { missing: slug };
	};
}

let trees: Promise<DecisionTree[]> | undefined;

/**
 * The decision trees in category order. Each is validated (dangling references, unreachable
 * nodes, cycles, leaves without an outcome, ...) once per build; a broken tree fails the build
 * with a message naming the file and the node.
 */
export async function getTrees(): Promise<DecisionTree[]> {
	trees ??= (async () => {
		const entries = await getCollection('trees');
		const problems = entries.flatMap((entry) =>
			validateTree(entry.data, entry.filePath ?? `content/data/trees/${entry.id}.yaml`)
		);
		const ids = entries.map((entry) => entry.id);
		for (const id of ids.filter((id) => !(TREE_IDS as readonly string[]).includes(id))) {
			problems.push(`content/data/trees/${id}.yaml: "${id}" is no tree id of the URL contract (${TREE_IDS.join(', ')})`);
		}
		for (const id of TREE_IDS.filter((id) => !ids.includes(id))) {
			problems.push(`content/data/trees/${id}.yaml is missing: every troubleshooting category needs its tree`);
		}
		if (problems.length > 0) {
			throw new AstroError(
				`The decision trees have ${problems.length} problem(s):\n- ${problems.join('\n- ')}`,
				'Fix the named file and node, then build again (and run "npm run diagrams" to redraw the diagram).'
			);
		}
		return entries
			.map((entry) => ({ ...entry.data, id: entry.id }))
			.sort((a, b) => a.category.number - b.category.number);
	})();
	return trees;
}

/** One decision tree by id (the file name under content/data/trees/). */
export async function getTree(id: string): Promise<DecisionTree> {
	const tree = (await getTrees()).find((candidate) => candidate.id === id);
	if (!tree) {
		throw new AstroError(`There is no decision tree "${id}".`, `Use one of: ${TREE_IDS.join(', ')}.`);
	}
	return tree;
}

/** How pages name and link a common issue. */
export interface CommonIssueLink {
	number: number;
	/** "Common issue 3: WAL lag increasing" */
	name: string;
	/** "WAL lag increasing": the page title, or the facts' name until the page exists. */
	title: string;
	/** The issue page's URL; absent while that page is not published. */
	href?: string;
}

/**
 * Every common issue with its name and link: the published page's title and URL, or the facts'
 * name and no link while the page does not exist yet (never a dead link).
 */
export async function getCommonIssueLinks(): Promise<Record<CommonIssueSlug, CommonIssueLink>> {
	const pages = new Map((await getCollection('docs')).map((entry) => [entry.id, entry.data.title]));
	return Object.fromEntries(
		commonIssues.map((issue) => {
			const slug = commonIssuePageSlug(issue.slug);
			const title = pages.get(slug);
			// Part of the title already when the page says "Issue 3: …" itself.
			const name =
				title !== undefined && /^(common )?issue\s*\d+\b/i.test(title)
					? title
					: `Common issue ${issue.number}: ${title ?? issue.name}`;
			const link = { number: issue.number, name, title: title ?? issue.name };
			return [issue.slug, title === undefined ? link : { ...link, href: pageUrl(slug) }];
		})
	) as Record<CommonIssueSlug, CommonIssueLink>;
}
