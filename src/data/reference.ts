/**
 * Server-only typed accessors for the troubleshooting reference: common issues, error families,
 * alerts, tools, metrics and backup facts. Like src/data/guide.ts, they run the cross-file checks
 * once per build, so a broken reference fails `astro build` naming the file and the field.
 */
import { getCollection } from 'astro:content';
import { AstroError } from 'astro/errors';
import { commonIssuePageSlug, type CommonIssueSlug } from '../config/common-issues';
import { alertSlug } from '../lib/alerts/slug';
import { checkReferenceIntegrity } from '../lib/integrity/reference';
import { getSeverityLevels } from './guide';
import { getPageSlugs, pageUrl } from './pages';
import { getTrees } from './trees';

const byNumber = <T extends { number: number }>(a: T, b: T) => a.number - b.number;

let checked: Promise<void> | undefined;

/** Runs the reference checks once per build. */
function ensureIntegrity(): Promise<void> {
	checked ??= (async () => {
		const problems = checkReferenceIntegrity({
			severityIds: (await getSeverityLevels()).map((level) => level.id),
			categories: await loadCategories(),
			issues: await loadIssues(),
			errorFamilies: await loadErrorFamilies(),
			strategies: (await getCollection('recoveryStrategies')).map((entry) => entry.id),
			alerts: await loadAlerts(),
			tools: await loadTools(),
			drScenarios: await loadDrScenarios(),
			pageSlugs: await getPageSlugs(),
		});
		if (problems.length > 0) {
			throw new AstroError(
				`The troubleshooting reference data has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`,
				'Fix the named file and field, then build again.'
			);
		}
	})();
	return checked;
}

/** The categories, as the decision trees define them (one tree per category). */
const loadCategories = async () =>
	(await getTrees()).map((tree) => ({ treeId: tree.id, commonIssues: tree.commonIssues, ...tree.category }));
const loadIssues = async () =>
	(await getCollection('commonIssues')).map((entry) => ({ slug: entry.id, ...entry.data })).sort(byNumber);
const loadErrorFamilies = async () => (await getCollection('errorFamilies')).map((entry) => entry.data).sort(byNumber);
const loadAlerts = async () =>
	(await getCollection('alerts')).map((entry) => ({ name: entry.id, slug: alertSlug(entry.id), ...entry.data }));
const loadTools = async () => (await getCollection('tools')).map((entry) => ({ script: entry.id, ...entry.data }));
const loadDrScenarios = async () =>
	(await getCollection('drScenarios')).map((entry) => ({ id: entry.id, ...entry.data })).sort(byNumber);

/** The five troubleshooting categories, by number, each with its decision tree's id and issues. */
export async function getIssueCategories() {
	await ensureIntegrity();
	return loadCategories();
}

/** The ten common issues in the guide's order, each with its page slug. */
export async function getCommonIssues() {
	await ensureIntegrity();
	return loadIssues();
}

/** One common issue by slug; throws (failing the build) for an unknown slug. */
export async function getCommonIssue(slug: string) {
	const issue = (await getCommonIssues()).find((candidate) => candidate.slug === slug);
	if (!issue) throw new AstroError(`No common issue "${slug}" in content/data/common-issues/.`);
	return issue;
}

/** The seven log error families, by number. */
export async function getErrorFamilies() {
	await ensureIntegrity();
	return loadErrorFamilies();
}

/** The recovery strategies, keyed by name. */
export async function getRecoveryStrategies() {
	return (await getCollection('recoveryStrategies')).map((entry) => ({ name: entry.id, ...entry.data }));
}

/** Every alert, in the file's order, with its name and page slug. */
export async function getAlerts() {
	await ensureIntegrity();
	return loadAlerts();
}

/** The scripts, in the file's order, each with its file name. */
export async function getTools() {
	await ensureIntegrity();
	return loadTools();
}

/** One metric group by id; throws (failing the build) for an unknown id. */
export async function getMetricGroup(id: string) {
	const entry = (await getCollection('metricGroups')).find((candidate) => candidate.id === id);
	if (!entry) throw new AstroError(`No metric group "${id}" in content/data/metrics.yaml.`);
	return entry.data;
}

/** The disaster-recovery scenarios, by number. */
export async function getDrScenarios() {
	await ensureIntegrity();
	return loadDrScenarios();
}

/** The backup verification levels L1 to L4. */
export async function getBackupVerificationLevels() {
	return (await getCollection('backupVerificationLevels')).map((entry) => ({ level: entry.id, ...entry.data }));
}

/** The URL of an alert's page. */
export function alertUrl(name: string): string {
	return pageUrl(`alerts/${alertSlug(name)}`);
}

/** How pages name and link a common issue. */
export interface CommonIssueLink {
	number: number;
	/** "Common issue 3: WAL lag increasing" */
	name: string;
	/** "WAL lag increasing": the page title. */
	title: string;
	/** The issue page's URL. */
	href: string;
}

/**
 * Every common issue with its name and link (its page's title and URL), by slug; the schemas only
 * accept slugs of content/data/common-issues/, so a lookup by a tree's or an alert's slug finds one.
 */
export async function getCommonIssueLinks(): Promise<Record<CommonIssueSlug, CommonIssueLink>> {
	return Object.fromEntries(
		(await getCommonIssues()).map((issue) => {
			const slug = commonIssuePageSlug(issue.slug);
			// The generated page (src/pages/common-issues/[slug].astro) is titled with the issue's title.
			const title = issue.title;
			// Part of the title already when the page says "Issue 3: …" itself.
			const name = /^(common )?issue\s*\d+\b/i.test(title) ? title : `Common issue ${issue.number}: ${title}`;
			return [issue.slug, { number: issue.number, name, title, href: pageUrl(slug) }];
		})
	) as Record<CommonIssueSlug, CommonIssueLink>;
}
