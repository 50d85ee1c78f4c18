import { z } from 'astro/zod';
import { provenanceFields } from './provenance';

/** Kebab-case ids: lowercase letters, digits and dashes. */
export const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase letters, digits and dashes');

/** A severity id of content/data/severity-levels.yaml (checked against the file by the integrity check). */
export const severityId = z.string().regex(/^sev[1-9]$/, 'severity ids look like sev2');

/**
 * One step of a procedure: a line of inline Markdown (`code`, **bold**, [links](slug)), with an
 * optional command block (shown with a copy button) and an optional one-line caution where
 * Engram's own documentation contradicts itself and we chose the reading that is safe.
 */
export const CommandStepSchema = z.strictObject({
	text: z.string().min(1),
	/** Commands or a config snippet, exactly as the operator should type or paste them. */
	code: z.string().min(1).optional(),
	/** Language of `code`, for highlighting. */
	lang: z.enum(['bash', 'toml', 'yaml', 'json', 'text']).default('bash'),
	/** What a good result looks like, for verification steps ("lag under 10 s within 10 minutes"). */
	expect: z.string().min(1).optional(),
	/** One line: where the source docs disagree, the reading we chose and why (inline Markdown). */
	caveat: z.string().min(1).optional(),
	/**
	 * Set on a step that changes or removes data or stops the service (restore, delete, restart,
	 * compaction, quarantine): what to look for before running it (inline Markdown). The page
	 * labels the step as destructive. It must come after its dry run and its check.
	 */
	destructive: z.string().min(1).optional(),
	...provenanceFields,
});

export type CommandStep = z.output<typeof CommandStepSchema>;
