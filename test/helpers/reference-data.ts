/**
 * Reads the troubleshooting reference data (common issues, error families, alerts, tools, DR
 * scenarios) with the same schemas the build uses, in the shape the integrity check takes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { z } from 'astro/zod';
import { AlertSchema } from '~/schemas/alert';
import { DrScenarioSchema } from '~/schemas/backup';
import { CommonIssueSchema } from '~/schemas/common-issue';
import { ErrorFamilySchema, RecoveryStrategySchema } from '~/schemas/error-pattern';
import { ToolSchema } from '~/schemas/tool';
import { MetricGroupSchema } from '~/schemas/metric';
import { VerificationLevelSchema } from '~/schemas/backup';
import type { ReferenceData } from '~/lib/integrity/reference';
import { alertSlug } from '~/lib/alerts/slug';
import { loadTrees } from '../../scripts/trees.ts';
import { DATA_DIR, loadRunbookData, readYaml } from './data';

export const DOCS_DIR = new URL('../../content/docs/', import.meta.url).pathname;

/** A YAML map keyed by id, parsed entry by entry, keys kept in file order. */
function readMap<T extends z.ZodType>(file: string, schema: T): [string, z.output<T>][] {
	const raw = readYaml(DATA_DIR + file) as Record<string, unknown>;
	return Object.entries(raw).map(([id, value]) => [id, schema.parse(value)]);
}

/** Slugs of the docs pages, as the docs collection names them ("" for the home page). */
export function listDocSlugs(): string[] {
	return (readdirSync(DOCS_DIR, { recursive: true }) as string[])
		.filter((file) => /\.mdx?$/.test(file) && !file.split('/').some((part) => part.startsWith('_')))
		.map((file) => file.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, ''));
}

/** The source of a docs page by slug. */
export function readDocSource(slug: string): string {
	for (const name of [`${slug}.mdx`, `${slug}/index.mdx`, `${slug}.md`]) {
		try {
			return readFileSync(DOCS_DIR + name, 'utf8');
		} catch {
			// try the next form
		}
	}
	throw new Error(`no docs page "${slug}"`);
}

export function loadReferenceData(): ReferenceData {
	const issuesDir = `${DATA_DIR}common-issues/`;
	return {
		severityIds: loadRunbookData().severityLevels.map((level) => level.id),
		categories: loadTrees().map(({ tree }) => ({ treeId: tree.id, number: tree.category.number })),
		issues: readdirSync(issuesDir)
			.filter((name) => name.endsWith('.yaml'))
			.map((name) => ({ slug: name.replace(/\.yaml$/, ''), ...CommonIssueSchema.parse(readYaml(issuesDir + name)) }))
			.sort((a, b) => a.number - b.number),
		errorFamilies: z.array(ErrorFamilySchema).parse(readYaml(`${DATA_DIR}error-patterns.yaml`)),
		strategies: readMap('recovery-strategies.yaml', RecoveryStrategySchema).map(([name]) => name),
		alerts: readMap('alerts.yaml', AlertSchema).map(([name, data]) => ({ name, ...data })),
		tools: readMap('tools.yaml', ToolSchema).map(([script, data]) => ({ script, ...data })),
		drScenarios: readMap('dr-scenarios.yaml', DrScenarioSchema).map(([id, data]) => ({ id, ...data })),
		// Docs pages and the generated ones (src/data/pages.ts getGeneratedPageSlugs): alerts, common issues.
		pageSlugs: [
			...listDocSlugs(),
			...readMap('alerts.yaml', AlertSchema).map(([name]) => `alerts/${alertSlug(name)}`),
			...readdirSync(issuesDir).filter((name) => name.endsWith('.yaml')).map((name) => `common-issues/${name.replace(/\.yaml$/, '')}`),
		],
	};
}

/** The metric groups and verification levels, which the integrity check does not need. */
export function loadMonitoringData() {
	return {
		metricGroups: readMap('metrics.yaml', MetricGroupSchema),
		verificationLevels: readMap('backup-verification-levels.yaml', VerificationLevelSchema),
	};
}
