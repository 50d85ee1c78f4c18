import { z } from 'astro/zod';

/** A time the guide states in words, with the number of minutes the tools compute with. */
export const StatedTimeSchema = z.strictObject({
	/** Short form, as in the quick-reference table ("<15 min"). */
	summary: z.string().min(1),
	/** Full form, as in the level's own section ("<15 minutes (notify on-call)"). */
	detail: z.string().min(1),
	/** The same time in minutes; absent when the guide gives none ("Next business day", "N/A"). */
	minutes: z.number().int().nonnegative().optional(),
});

/** One decision criterion: "Can ANY user access the service? → NO = SEV1". */
export const DecisionCriterionSchema = z.strictObject({
	/** Stable id, used in the classifier's shareable URL. */
	id: z.string().regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and dashes'),
	/** The guide's own wording of the question. */
	question: z.string().min(1),
	/** The answer that triggers the outcome. */
	answer: z.enum(['yes', 'no']),
	/** What that answer means: a level ("SEV1") or a hint ("Consider escalation"). */
	outcome: z.string().min(1),
	/** True when the outcome is advice on top of the level rather than a level of its own. */
	hint: z.boolean().default(false),
});

/** A severity level of the Incident Response Guide. */
export const SeverityLevelSchema = z.strictObject({
	/** Stable id: sev1 … sev4. */
	id: z.string().regex(/^sev[1-9]$/, 'ids look like sev1'),
	/** Display label: "SEV1". */
	label: z.string().regex(/^SEV[1-9]$/),
	/** One word: Critical, High, Medium, Low. */
	name: z.string().min(1),
	/** 1 is the most severe. */
	order: z.number().int().positive(),
	/** One-line impact for the quick reference. */
	impact: z.string().min(1),
	definition: z.string().min(1),
	responseTime: StatedTimeSchema,
	rto: StatedTimeSchema,
	communication: z.strictObject({
		/** The guide's sentence about updates. */
		detail: z.string().min(1),
		/** First status update due within this many minutes of the start. */
		firstUpdateWithinMinutes: z.number().int().positive().optional(),
		/** Then one update every this many minutes until resolved. */
		everyMinutes: z.number().int().positive().optional(),
	}),
	/** Escalation path in the quick reference ("Page on-call → War room"). */
	escalation: z.string().min(1),
	/** Symptoms that are typical of this level; the classifier offers them as shortcuts. */
	examples: z.array(z.string().min(1)).min(1),
	/** The ordered checklist of required actions (inline Markdown allowed). */
	requiredActions: z.array(z.string().min(1)).min(1),
	criteria: z.array(DecisionCriterionSchema),
});

export type StatedTime = z.output<typeof StatedTimeSchema>;
export type DecisionCriterion = z.output<typeof DecisionCriterionSchema>;
export type SeverityLevel = z.output<typeof SeverityLevelSchema>;
