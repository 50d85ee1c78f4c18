import { z } from 'astro/zod';
import { CommandStepSchema, kebabId } from './command-step';
import { provenanceFields } from './provenance';

/** The recovery strategies Engram's error handling names (LA), in the catalog's order. */
export const RECOVERY_STRATEGIES = [
	'Retry',
	'Fallback',
	'PartialResult',
	'ContinueWithoutFeature',
	'RequiresIntervention',
	'Restart',
] as const;

/** What a recovery strategy means (content/data/recovery-strategies.yaml, keyed by strategy name). */
export const RecoveryStrategySchema = z.strictObject({
	/** When Engram uses it, in our words. */
	when: z.string().min(1),
	/** The monitoring rule LA gives for it, if any. */
	monitoring: z.string().min(1).optional(),
});

/** A log error family of the catalog (content/data/error-patterns.yaml). */
export const ErrorFamilySchema = z.strictObject({
	id: kebabId,
	/** 1 to 7, the catalog's numbering. */
	number: z.number().int().min(1).max(7),
	name: z.string().min(1),
	/** Engram's error types for this family. */
	errorTypes: z.array(z.string().min(1)).min(1),
	/** Exact log lines, as Engram writes them; the page keeps them as text so search finds them. */
	signatures: z.array(z.string().min(1)).min(1),
	/** What the family means, when that is not obvious from the name (inline Markdown). */
	meaning: z.string().min(1).optional(),
	causes: z.array(z.string().min(1)).min(1),
	strategies: z
		.array(z.strictObject({ strategy: z.enum(RECOVERY_STRATEGIES), when: z.string().min(1) }))
		.min(1),
	diagnostics: z.array(CommandStepSchema).min(1),
	/** Slugs of the common issues that resolve this family. */
	resolvedBy: z.array(kebabId),
	/** What `scripts/analyze_logs.sh` matches for this family, and what it then recommends. */
	analyzer: z.strictObject({
		match: z.string().min(1),
		recommendation: z.string().min(1).optional(),
	}),
	/** Where the sources disagree about this family, the reading we chose. */
	caveat: z.string().min(1).optional(),
	/** Where the signatures and error types were checked in Engram's code. */
	...provenanceFields,
});

export type RecoveryStrategy = z.output<typeof RecoveryStrategySchema>;
export type ErrorFamily = z.output<typeof ErrorFamilySchema>;
