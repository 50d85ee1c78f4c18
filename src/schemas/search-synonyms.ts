import { z } from 'astro/zod';

/** A group of words that mean the same thing to someone searching ("latency", "slow", "p99"). */
export const SearchSynonymGroupSchema = z.strictObject({
	/** Stable id, for messages and tests. */
	id: z.string().regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and dashes'),
	/** Two or more words or short phrases; matching ignores case, hyphens and apostrophes. */
	words: z
		.array(z.union([z.string(), z.number()]).transform(String).pipe(z.string().trim().min(1)))
		.min(2, 'a group needs at least two words'),
});

export type SearchSynonymGroup = z.output<typeof SearchSynonymGroupSchema>;
