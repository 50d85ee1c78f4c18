/**
 * Content collections. Pages live in the top-level `content/docs/` (the user's layout), so the
 * docs collection uses Astro's glob() loader with Starlight's schema instead of Starlight's own
 * docsLoader, which only reads src/content/docs. Runbook data lives in `content/data/`,
 * read by loaders that fail the build on invalid YAML (src/data/loaders.ts); every schema is strict.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';
import { SeverityLevelSchema } from './schemas/severity';
import { ResponsePhaseSchema } from './schemas/response-phase';
import { EscalationLevelSchema, EscalationMatrixRowSchema } from './schemas/escalation';
import { CommunicationTemplateSchema } from './schemas/template';
import { OrganisationSchema } from './schemas/organisation';
import { SearchSynonymGroupSchema } from './schemas/search-synonyms';
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
import { IncidentMetricSchema, IncidentMilestoneSchema } from './schemas/incident';
import { IncidentGoalSchema, IncidentReportSchema } from './schemas/incident-report';
import { yamlFile, yamlFolder } from './data/loaders';
import { withFilePosition } from './lib/shared/yaml-data';

/** Entries of a list whose order matters carry their position in the file (see withFilePosition). */
const filePosition = { position: z.number().int().positive() };

export const collections = {
	// Pages.
	docs: defineCollection({
		// Same pattern as Starlight's docsLoader: files starting with "_" are not pages.
		loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema(),
	}),
	// The guide and its tools (src/data/guide.ts).
	severityLevels: defineCollection({
		loader: yamlFile('content/data/severity-levels.yaml'),
		schema: SeverityLevelSchema,
	}),
	responsePhases: defineCollection({
		loader: yamlFile('content/data/response-phases.yaml'),
		schema: ResponsePhaseSchema,
	}),
	escalationLevels: defineCollection({
		loader: yamlFile('content/data/escalation-levels.yaml'),
		schema: EscalationLevelSchema,
	}),
	escalationMatrix: defineCollection({
		loader: yamlFile('content/data/escalation-matrix.yaml', withFilePosition),
		schema: EscalationMatrixRowSchema.extend(filePosition),
	}),
	templates: defineCollection({
		loader: yamlFolder('./content/data/templates'),
		schema: CommunicationTemplateSchema,
	}),
	organisation: defineCollection({
		loader: yamlFile('content/data/organisation.yaml'),
		schema: OrganisationSchema,
	}),
	searchSynonyms: defineCollection({
		loader: yamlFile('content/data/search-synonyms.yaml', withFilePosition),
		schema: SearchSynonymGroupSchema.extend(filePosition),
	}),
	severityClassifier: defineCollection({
		loader: yamlFile('content/data/severity-classifier.yaml'),
		schema: SeverityClassifierRulesSchema,
	}),
	// Decision trees (src/data/trees.ts).
	/** One decision tree per file; the file name is the tree id (and the page slug). */
	trees: defineCollection({
		loader: yamlFolder('./content/data/trees'),
		schema: DecisionTreeSchema,
	}),
	// Troubleshooting reference: common issues, error patterns, alerts, tools, monitoring, backups (src/data/reference.ts).
	commonIssues: defineCollection({
		loader: yamlFolder('./content/data/common-issues'),
		schema: CommonIssueSchema,
	}),
	errorFamilies: defineCollection({
		loader: yamlFile('content/data/error-patterns.yaml'),
		schema: ErrorFamilySchema,
	}),
	recoveryStrategies: defineCollection({
		loader: yamlFile('content/data/recovery-strategies.yaml'),
		schema: RecoveryStrategySchema,
	}),
	alerts: defineCollection({
		loader: yamlFile('content/data/alerts.yaml'),
		schema: AlertSchema,
	}),
	tools: defineCollection({
		loader: yamlFile('content/data/tools.yaml'),
		schema: ToolSchema,
	}),
	metricGroups: defineCollection({
		loader: yamlFile('content/data/metrics.yaml'),
		schema: MetricGroupSchema,
	}),
	drScenarios: defineCollection({
		loader: yamlFile('content/data/dr-scenarios.yaml'),
		schema: DrScenarioSchema,
	}),
	backupVerificationLevels: defineCollection({
		loader: yamlFile('content/data/backup-verification-levels.yaml'),
		schema: VerificationLevelSchema,
	}),
	// Provenance (src/data/upstream.ts).
	/** The Engram commit every `checked:` citation refers to (one entry, `engram`). */
	upstream: defineCollection({
		loader: yamlFile('content/data/upstream.yaml'),
		schema: UpstreamPinSchema,
	}),
	/** Defects in Engram's scripts, units and docs; the file name is the id and page anchor. */
	upstreamDefects: defineCollection({
		loader: yamlFolder('./content/data/upstream-defects'),
		schema: UpstreamDefectSchema,
	}),
	/** Commands shown by hand-written pages (MDX), one file per page, with their provenance. */
	pageCommands: defineCollection({
		loader: yamlFolder('./content/data/page-commands'),
		schema: PageCommandsSchema,
	}),
	/** The incident console's log milestones and the guide's incident metrics, in file order. */
	incidentMilestones: defineCollection({
		loader: yamlFile('content/data/incident-milestones.yaml', withFilePosition),
		schema: IncidentMilestoneSchema.extend(filePosition),
	}),
	incidentMetrics: defineCollection({
		loader: yamlFile('content/data/incident-metrics.yaml', withFilePosition),
		schema: IncidentMetricSchema.extend(filePosition),
	}),
	/** The guide's goals the metrics are measured against (/incident-metrics/), in file order. */
	incidentGoals: defineCollection({
		loader: yamlFile('content/data/incident-goals.yaml', withFilePosition),
		schema: IncidentGoalSchema.extend(filePosition),
	}),
	/**
	 * Post-incident reports (/incident-reports/): Markdown with typed frontmatter, one file per
	 * incident, named after its id (the console's "Download report" writes such a file). The entry
	 * id is the file name as it is, so an error names the file (src/data/incident-reports.ts checks
	 * that it matches the report's id).
	 */
	incidentReports: defineCollection({
		loader: glob({ base: './content/incident-reports', pattern: '*.md', generateId: ({ entry }) => entry.replace(/\.md$/, '') }),
		schema: IncidentReportSchema,
	}),
};
