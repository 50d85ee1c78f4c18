/**
 * The frontmatter of a post-incident report (content/incident-reports/<INC-…>.md): what the
 * archive, the metrics and the "seen in" lists read. The Markdown below it is the report itself.
 * Strict: an unknown key or a bad value fails the build, naming the file and the field. The
 * incident console's "Download report" writes exactly this (src/lib/incident/report.ts).
 */
import { z } from 'astro/zod';
import { commonIssueSlugs } from '../config/common-issues';
import { TREE_IDS } from './decision-tree';

/** Lowercase words joined by dashes: root-cause keys and service names. */
const KeySchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase letters, digits and single dashes');

/**
 * A moment in UTC: YAML's unquoted timestamp (2026-11-18T02:10:00Z, parsed as a date) or the
 * same as a quoted string. A time without its zone is refused: it would be read as local time.
 */
export const ReportTimeSchema = z.union([
	z.date(),
	z.iso.datetime({ offset: true, message: 'write a UTC time such as 2026-11-18T02:10:00Z' }).transform((text) => new Date(text)),
]);

export const ESCALATION_LEVEL_NUMBERS = [1, 2, 3] as const;
const LevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);

export const ACTION_TERMS = ['immediate', 'short-term', 'long-term'] as const;
export const ACTION_STATUSES = ['complete', 'in-progress', 'pending', 'planned'] as const;
const DateOnlySchema = z.union([z.date(), z.iso.date().transform((text) => new Date(`${text}T00:00:00Z`))]);

/** One prevention action (the report's "Prevention Measures" tables). */
export const PreventionActionSchema = z.strictObject({
	action: z.string().min(1),
	owner: z.string().default(''),
	/** immediate (completed), short-term (1-4 weeks), long-term (1-3 months): the guide's three tables. */
	term: z.enum(ACTION_TERMS),
	/** The completion or target date. */
	due: DateOnlySchema.optional(),
	status: z.enum(ACTION_STATUSES),
});

export const IncidentReportSchema = z
	.strictObject({
		/** INC-YYYY-MM-DD-NNN; the file is named after it. */
		id: z.string().regex(/^INC-\d{4}-\d{2}-\d{2}-\d{3,}$/, 'use the incident id, INC-YYYY-MM-DD-NNN'),
		title: z.string().min(1),
		/** A severity level id of content/data/severity-levels.yaml ("sev1"). */
		severity: KeySchema,
		/** A practice incident (drill, tabletop): archived, never counted with real ones. */
		practice: z.boolean(),
		/** One of the runbook's shipped example reports; `exampleIncidentReports: false` in organisation.yaml leaves them out. */
		example: z.boolean().default(false),
		/** First alert or symptom. */
		started: ReportTimeSchema,
		/** When the alert fired or someone noticed: where "time to detect" starts. */
		detected: ReportTimeSchema,
		/** The engineer acknowledged. */
		acknowledged: ReportTimeSchema.optional(),
		/** Full service restored: where "time to mitigate" ends. */
		mitigated: ReportTimeSchema.optional(),
		/** Root cause fixed (incident closed): where "time to resolve" ends. */
		resolved: ReportTimeSchema.optional(),
		/** The same key for the same root cause: repeat incidents are counted by it. */
		rootCause: KeySchema.optional(),
		/** The escalation levels engaged (1, 2, 3); empty when not recorded. */
		escalationLevels: z.array(LevelSchema).default([]),
		/** The level that resolved it. */
		resolvedAtLevel: LevelSchema.optional(),
		services: z.array(KeySchema).default([]),
		trees: z.array(z.enum(TREE_IDS)).default([]),
		commonIssues: z.array(z.enum(commonIssueSlugs)).default([]),
		actions: z.array(PreventionActionSchema).default([]),
	})
	.superRefine((report, ctx) => {
		const order: [keyof typeof report, keyof typeof report][] = [
			['started', 'detected'],
			['detected', 'acknowledged'],
			['acknowledged', 'mitigated'],
			['acknowledged', 'resolved'],
		];
		for (const [before, after] of order) {
			const a = report[before];
			const b = report[after];
			if (a instanceof Date && b instanceof Date && b.getTime() < a.getTime()) {
				ctx.addIssue({ code: 'custom', path: [after], message: `${after} is before ${before}` });
			}
		}
		if (report.resolvedAtLevel !== undefined && report.escalationLevels.length > 0 && !report.escalationLevels.includes(report.resolvedAtLevel)) {
			ctx.addIssue({ code: 'custom', path: ['resolvedAtLevel'], message: 'the resolving level is not among escalationLevels' });
		}
	});

export type IncidentReportData = z.output<typeof IncidentReportSchema>;
export type PreventionAction = z.output<typeof PreventionActionSchema>;

/** One goal of the guide's "Goals" list (content/data/incident-goals.yaml). */
export const IncidentGoalSchema = z.strictObject({
	id: KeySchema,
	/** The guide's own words ("SEV1 MTTD (Mean Time To Detect) < 5 minutes"). */
	guide: z.string().min(1),
	/** What is measured: a mean time (by incident-metrics.yaml id), the repeat rate or the share of SEV3 resolved by Level 1. */
	measure: z.enum(['time-to-detect', 'time-to-mitigate', 'time-to-resolve', 'repeat-rate', 'sev3-level1', 'escalation-rate']),
	/** The severity the goal is about (a mean time of that severity's incidents). */
	severity: KeySchema.optional(),
	/** Met when the figure is below (or above) `value`. */
	comparison: z.enum(['below', 'above']),
	value: z.number().nonnegative(),
	unit: z.enum(['minutes', 'percent']),
});

export type IncidentGoal = z.output<typeof IncidentGoalSchema>;
