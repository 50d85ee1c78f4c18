import { z } from 'astro/zod';

const slug = z.string().regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and dashes');

/** A condition under which a level hands the incident to the next one. */
export const EscalationTriggerSchema = z.strictObject({
	id: slug,
	/** The guide's wording. */
	text: z.string().min(1),
	/** For time-based triggers: the number of minutes after which it fires. */
	afterMinutes: z.number().int().positive().optional(),
	/**
	 * For time-based triggers: true when time alone is not enough and the responder must also say
	 * the condition holds ("attempts failed"); false or absent when the time itself is the trigger.
	 */
	needsConfirmation: z.boolean().optional(),
});

/** One of the three escalation levels. */
export const EscalationLevelSchema = z.strictObject({
	id: z.string().regex(/^level-[1-9]$/, 'ids look like level-1'),
	number: z.number().int().positive(),
	name: z.string().min(1),
	/** The guide's parenthesis: "First Responder". */
	role: z.string().min(1).optional(),
	/** The matrix column's short name: "Operator". */
	shortName: z.string().min(1),
	capabilities: z.array(z.string().min(1)).min(1),
	authority: z.array(z.string().min(1)).min(1),
	triggers: z.array(EscalationTriggerSchema).min(1),
	/** The guide's wording of the response time. */
	responseTime: z.string().min(1),
	/** The same per severity, for the lookup's "respond by" arithmetic. */
	responseTimes: z.array(
		z.strictObject({
			severity: z.string().regex(/^sev[1-9]$/),
			text: z.string().min(1),
			minutes: z.number().int().nonnegative().optional(),
		})
	),
	/** How to reach this level, in the guide's words. */
	contact: z.string().min(1),
	/** The organisation setting holding the real contact (pager link, channel, person). */
	contactSetting: z.string().min(1).optional(),
});

/** A row of the escalation decision matrix. */
export const EscalationMatrixRowSchema = z.strictObject({
	id: slug,
	situation: z.string().min(1),
	/** What each level does; "-" when that level is not involved. */
	level1: z.string().min(1),
	level2: z.string().min(1),
	level3: z.string().min(1),
	/** The docs page that resolves this situation (slug, optionally with #anchor). */
	resolvedBy: z.string().min(1).optional(),
});

export type EscalationTrigger = z.output<typeof EscalationTriggerSchema>;
export type EscalationLevel = z.output<typeof EscalationLevelSchema>;
export type EscalationMatrixRow = z.output<typeof EscalationMatrixRowSchema>;
