import { z } from 'astro/zod';
import { CommandStepSchema, kebabId } from './command-step';

/**
 * The commands a hand-written page shows (content/data/page-commands/<name>.yaml): the page's
 * prose stays in its MDX, and each command lives here, with its provenance, keyed by an id the
 * page names: <PageSteps page="backup-restore" steps={['full-backup']} />.
 */
export const PageCommandsSchema = z.strictObject({
	/** The docs slug of the page that shows these steps ("backup-restore", "troubleshooting"). */
	page: z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/, 'a docs slug such as "backup-restore"'),
	/** The steps by id, in the order the page is expected to show them. */
	steps: z.record(kebabId, CommandStepSchema),
});

export type PageCommands = z.output<typeof PageCommandsSchema>;
