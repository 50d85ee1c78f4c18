import { z } from 'astro/zod';
import { CommandStepSchema } from './command-step';

/** A disaster-recovery scenario (content/data/dr-scenarios.yaml, keyed by scenario id). */
export const DrScenarioSchema = z.strictObject({
	number: z.number().int().positive(),
	name: z.string().min(1),
	/** Recovery time objective, as the DR doc states it. */
	rto: z.string().min(1),
	/** Recovery point objective. */
	rpo: z.string().min(1),
	scope: z.string().min(1),
	steps: z.array(CommandStepSchema).min(1),
	/** Where the sources disagree, the reading we chose. */
	caveats: z.array(z.string().min(1)).default([]),
});

/** A backup verification level of verify_backup.sh (content/data/backup-verification-levels.yaml). */
export const VerificationLevelSchema = z.strictObject({
	/** Time budget per run ("<30 s/GB"). */
	budget: z.string().min(1),
	/** What this level adds to the previous one. */
	checks: z.string().min(1),
	/** How often to run it. */
	schedule: z.string().min(1),
	/** The level verify_backup.sh runs without an argument. */
	default: z.boolean().default(false),
});

export type DrScenario = z.output<typeof DrScenarioSchema>;
export type VerificationLevel = z.output<typeof VerificationLevelSchema>;
