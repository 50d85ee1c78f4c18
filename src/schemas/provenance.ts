import { z } from 'astro/zod';

/**
 * Where a command or fact was checked in Engram's code, at the commit pinned in
 * content/data/upstream.yaml. `symbol` is a string that occurs in that file (a function name, a
 * config key, a flag, a metric name, a line of the script): `npm run verify:upstream` re-reads
 * the file and reports a citation whose file or symbol is gone.
 */
export const UpstreamCitationSchema = z.strictObject({
	/** Path inside the repository, e.g. `engram-cli/src/main.rs`. */
	file: z
		.string()
		.regex(/^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*$/, 'an upstream path such as engram-cli/src/main.rs'),
	/** A string the file contains at the pinned commit, copied exactly (case and spacing). */
	symbol: z.string().min(1),
	/** Optional: what the citation shows, when it is not obvious from the symbol. */
	note: z.string().min(1).optional(),
});

/**
 * The provenance fields every command-bearing entry may carry. The build requires `checked` or
 * `ours` on each command (src/lib/upstream/provenance.ts finds the ones without).
 */
export const provenanceFields = {
	/** Where in Engram's code the command was checked. */
	checked: z.array(UpstreamCitationSchema).min(1).optional(),
	/** The command is this runbook's own step (nothing upstream does it): why, in a few words. */
	ours: z.string().min(1).optional(),
	/** Ids of known upstream defects (content/data/upstream-defects/<id>.yaml) that affect this step. */
	defects: z
		.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'defect ids are file names without .yaml'))
		.min(1)
		.optional(),
};

export type UpstreamCitation = z.output<typeof UpstreamCitationSchema>;
export interface Provenance {
	checked?: UpstreamCitation[] | undefined;
	ours?: string | undefined;
	defects?: string[] | undefined;
}
