import { z } from 'astro/zod';

/** A communication template of the guide, or the post-incident report. */
export const CommunicationTemplateSchema = z.object({
	id: z.string().regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and dashes'),
	/** Position in the guide. */
	order: z.number().int().positive(),
	title: z.string().min(1),
	audience: z.enum(['internal', 'external']),
	/** Where the message goes, in a few words. */
	channel: z.string().min(1),
	/** The severity the template is written for, if any. */
	severity: z.string().regex(/^sev[1-9]$/).optional(),
	/** `markdown` for the report, `text` for messages. */
	format: z.enum(['text', 'markdown']),
	/** Subject line (messages only), with the guide's placeholders. */
	subject: z.string().min(1).optional(),
	/** File name pattern, for templates saved as a file. */
	fileName: z.string().min(1).optional(),
	/** The body exactly as the guide gives it, placeholders included. */
	body: z.string().min(1),
});

export type CommunicationTemplate = z.output<typeof CommunicationTemplateSchema>;
