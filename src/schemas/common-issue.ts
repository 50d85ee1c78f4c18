import { z } from 'astro/zod';
import { CommandStepSchema, kebabId, severityId } from './command-step';

/** A probable cause of a common issue, with its own Context → Action → Verification. */
export const IssueCauseSchema = z.strictObject({
	/** Stable id, used as the anchor `#cause-<id>`. */
	id: kebabId,
	title: z.string().min(1),
	/** How to recognise this cause and why it happens (inline Markdown). */
	context: z.string().min(1),
	/** What to do, in order. */
	actions: z.array(CommandStepSchema).min(1),
	/** Checks specific to this cause; the issue's own Verify section always applies too. */
	verify: z.array(CommandStepSchema).optional(),
	/** When this cause is beyond the first responder (inline Markdown). */
	escalate: z.string().min(1).optional(),
	/** True when the facts do not state this cause and we deduced it; shown on the page. */
	inferred: z.boolean().default(false),
});

/** A common issue (content/data/common-issues/<slug>.yaml; the file name is the page slug). */
export const CommonIssueSchema = z.strictObject({
	/** The guide's numbering, 1 first; the issues' numbers run 1, 2, 3… without a gap (checked with the other files). */
	number: z.number().int().min(1),
	title: z.string().min(1),
	/** Troubleshooting category number: the decision tree of that category (content/data/trees/) lists this issue. */
	category: z.number().int().min(1),
	/** Expected time to resolve, as the facts state it ("5–15 min"). */
	resolutionTime: z.string().min(1),
	/** The context: what is going on and why it matters (inline Markdown). */
	summary: z.string().min(1),
	severity: z.strictObject({
		/** Which SEV when, most severe first. */
		guidance: z.array(z.strictObject({ severity: severityId, when: z.string().min(1) })).min(1),
		/** Where the sources disagree about the level, the reading we chose. */
		caveat: z.string().min(1).optional(),
	}),
	symptoms: z.array(z.string().min(1)).min(1),
	/** First checks, before picking a cause. */
	diagnose: z.array(CommandStepSchema).min(1),
	causes: z.array(IssueCauseSchema).min(1),
	verify: z.strictObject({
		steps: z.array(CommandStepSchema).min(1),
		/** The success criteria, with the facts' numbers. */
		success: z.array(z.string().min(1)).min(1),
	}),
	escalate: z.array(z.string().min(1)).min(1),
	/** Background facts worth knowing during the incident (inline Markdown). */
	notes: z.array(z.string().min(1)).optional(),
});

export type IssueCause = z.output<typeof IssueCauseSchema>;
export type CommonIssue = z.output<typeof CommonIssueSchema>;
