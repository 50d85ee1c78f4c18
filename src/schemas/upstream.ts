import { z } from 'astro/zod';
import { CommandStepSchema } from './command-step';
import { UpstreamCitationSchema } from './provenance';

/** The pinned Engram commit (content/data/upstream.yaml, entry `engram`). */
export const UpstreamPinSchema = z.strictObject({
	repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'owner/name'),
	commit: z.string().regex(/^[0-9a-f]{40}$/, 'the full 40-hex commit id'),
	committed: z.coerce.date(),
	checkedOn: z.coerce.date(),
	licence: z.string().min(1),
});

/**
 * A defect in Engram's own scripts, units, images or docs found while checking this runbook
 * (content/data/upstream-defects/<id>.yaml; the file name is the id and the page anchor).
 */
export const UpstreamDefectSchema = z.strictObject({
	/** What goes wrong, as a short sentence: "backup_full.sh always exits with an error". */
	title: z.string().min(1).max(120),
	/** The upstream files at fault (scripts/backup_full.sh, deployments/systemd/engram.service). */
	components: z.array(z.string().min(1)).min(1),
	/** What an operator sees fail, in our words (inline Markdown). */
	fails: z.string().min(1),
	/** Why: the lines that cause it, each a citation at the pinned commit. */
	evidence: z.array(UpstreamCitationSchema).min(1),
	/** How we confirmed it, if more than reading the code (a sandbox run, a promtool call). */
	reproduced: z.string().min(1).optional(),
	/** What to do instead until it is fixed upstream: the safe manual procedure. */
	workaround: z.array(CommandStepSchema).min(1),
});

export type UpstreamPin = z.output<typeof UpstreamPinSchema>;
export type UpstreamDefect = z.output<typeof UpstreamDefectSchema>;
