import { z } from 'astro/zod';

const levelId = z.string().regex(/^sev[1-9]$/, 'ids look like sev1');

/**
 * The severity classifier's own rules (content/data/severity-classifier.yaml): the one question
 * the guide does not have, and what to do when no criterion settles the level.
 */
export const SeverityClassifierRulesSchema = z.strictObject({
	/** "Is anything broken or degraded for any user right now?": not in the guide. */
	impactQuestion: z.strictObject({
		/** Stable id, used in the classifier's shareable URL; must differ from every criterion id. */
		id: z.string().regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and dashes'),
		question: z.string().min(1),
		/** The answer that settles `level`. */
		answer: z.enum(['yes', 'no']),
		/** The level that answer settles (SEV4: no impact at all). */
		level: levelId,
		/** Asked right before this level's criteria. */
		askBefore: levelId,
		/** Why the question exists; shown on the classifier page. */
		explanation: z.string().min(1),
	}),
	/** The rule for doubt: the "Not sure" answer, and what the unsettled level says. */
	unsure: z.strictObject({
		/** The label of the third answer ("Not sure"). */
		answer: z.string().min(1),
		/** The rule in a few words ("Unsure → higher severity"). */
		rule: z.string().min(1),
		/** Why, in a sentence. */
		explanation: z.string().min(1),
	}),
	/** The level when every criterion was answered and none settled one. */
	unsettled: z.strictObject({
		level: levelId,
		/** Shown on the result card as what decided the level, followed by the unsure rule. */
		reason: z.string().min(1),
	}),
});

export type SeverityClassifierRules = z.output<typeof SeverityClassifierRulesSchema>;
