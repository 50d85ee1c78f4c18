/**
 * Content collections. Pages live in the top-level `content/docs/` (the user's layout), so the
 * docs collection uses Astro's glob() loader with Starlight's schema instead of Starlight's own
 * docsLoader, which only reads src/content/docs. Runbook data lives in `content/data/`.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import yaml from 'js-yaml';
import { docsSchema } from '@astrojs/starlight/schema';
import { SeverityLevelSchema } from './schemas/severity';
import { ResponsePhaseSchema } from './schemas/response-phase';
import { EscalationLevelSchema, EscalationMatrixRowSchema } from './schemas/escalation';
import { CommunicationTemplateSchema } from './schemas/template';
import { OrganisationSchema } from './schemas/organisation';
import { SearchSynonymGroupSchema } from './schemas/search-synonyms';

/**
 * Astro's data store keeps a collection's entries sorted by id, so a list's own order (the guide's
 * order of the matrix rows) is lost. This parser records each entry's position in its file, and
 * src/content.ts sorts by it.
 */
const withFilePosition = (text: string) =>
	(yaml.load(text) as Record<string, unknown>[]).map((entry, index) => ({ ...entry, position: index + 1 }));
const filePosition = { position: z.number().int().positive() };
import { DecisionTreeSchema } from './schemas/decision-tree';
import { SeverityClassifierRulesSchema } from './schemas/severity-classifier';
import { CommonIssueSchema } from './schemas/common-issue';
import { ErrorFamilySchema, RecoveryStrategySchema } from './schemas/error-pattern';
import { AlertSchema } from './schemas/alert';
import { ToolSchema } from './schemas/tool';
import { MetricGroupSchema } from './schemas/metric';
import { DrScenarioSchema, VerificationLevelSchema } from './schemas/backup';
import { UpstreamDefectSchema, UpstreamPinSchema } from './schemas/upstream';
import { PageCommandsSchema } from './schemas/page-commands';

export const collections = {
	docs: defineCollection({
		// Same pattern as Starlight's docsLoader: files starting with "_" are not pages.
		loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema(),
	}),
	severityLevels: defineCollection({
		loader: file('content/data/severity-levels.yaml'),
		schema: SeverityLevelSchema,
	}),
	responsePhases: defineCollection({
		loader: file('content/data/response-phases.yaml'),
		schema: ResponsePhaseSchema,
	}),
	escalationLevels: defineCollection({
		loader: file('content/data/escalation-levels.yaml'),
		schema: EscalationLevelSchema,
	}),
	escalationMatrix: defineCollection({
		loader: file('content/data/escalation-matrix.yaml', { parser: withFilePosition }),
		schema: EscalationMatrixRowSchema.extend(filePosition),
	}),
	templates: defineCollection({
		loader: glob({ base: './content/data/templates', pattern: '*.yaml' }),
		schema: CommunicationTemplateSchema,
	}),
	organisation: defineCollection({
		loader: file('content/data/organisation.yaml'),
		schema: OrganisationSchema,
	}),
	searchSynonyms: defineCollection({
		loader: file('content/data/search-synonyms.yaml', { parser: withFilePosition }),
		schema: SearchSynonymGroupSchema.extend(filePosition),
	}),
	/** One decision tree per file; the file name is the tree id (and the page slug). */
	trees: defineCollection({
		loader: glob({ base: './content/data/trees', pattern: '*.yaml' }),
		schema: DecisionTreeSchema,
	}),
	severityClassifier: defineCollection({
		loader: file('content/data/severity-classifier.yaml'),
		schema: SeverityClassifierRulesSchema,
	}),
	// Troubleshooting reference (common issues, error patterns, alerts, tools, monitoring, backups).
	commonIssues: defineCollection({
		loader: glob({ base: './content/data/common-issues', pattern: '*.yaml' }),
		schema: CommonIssueSchema,
	}),
	errorFamilies: defineCollection({
		loader: file('content/data/error-patterns.yaml'),
		schema: ErrorFamilySchema,
	}),
	recoveryStrategies: defineCollection({
		loader: file('content/data/recovery-strategies.yaml'),
		schema: RecoveryStrategySchema,
	}),
	alerts: defineCollection({
		loader: file('content/data/alerts.yaml'),
		schema: AlertSchema,
	}),
	tools: defineCollection({
		loader: file('content/data/tools.yaml'),
		schema: ToolSchema,
	}),
	metricGroups: defineCollection({
		loader: file('content/data/metrics.yaml'),
		schema: MetricGroupSchema,
	}),
	drScenarios: defineCollection({
		loader: file('content/data/dr-scenarios.yaml'),
		schema: DrScenarioSchema,
	}),
	backupVerificationLevels: defineCollection({
		loader: file('content/data/backup-verification-levels.yaml'),
		schema: VerificationLevelSchema,
	}),
	/** The Engram commit every `checked:` citation refers to (one entry, `engram`). */
	upstream: defineCollection({
		loader: file('content/data/upstream.yaml'),
		schema: UpstreamPinSchema,
	}),
	/** Defects in Engram's scripts, units and docs; the file name is the id and page anchor. */
	upstreamDefects: defineCollection({
		loader: glob({ base: './content/data/upstream-defects', pattern: '*.yaml' }),
		schema: UpstreamDefectSchema,
	}),
	/** Commands shown by hand-written pages (MDX), one file per page, with their provenance. */
	pageCommands: defineCollection({
		loader: glob({ base: './content/data/page-commands', pattern: '*.yaml' }),
		schema: PageCommandsSchema,
	}),
};
