import { z } from 'astro/zod';

const FieldIdSchema = z.string().regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and dashes');

/**
 * Where a field goes in the template: the placeholder's text when it occurs once in the template
 * (subject and body together), else the placeholder plus the whole line it stands on.
 */
export const PlaceholderRefSchema = z.union([
	z.string().min(1),
	z.strictObject({
		/** The placeholder as written, e.g. "[Name]". */
		token: z.string().min(1),
		/** The whole line it stands on, e.g. "INCIDENT COMMANDER: [Name]". */
		line: z.string().min(1),
	}),
]);

/** How a computed field gets its value from other fields, the clock and the chosen severity. */
export const FieldComputeSchema = z.discriminatedUnion('kind', [
	/** Time between two UTC times (`to` absent: until now), as "X hours Y minutes". */
	z.strictObject({ kind: z.literal('elapsed'), from: FieldIdSchema, to: FieldIdSchema.optional() }),
	/** Time between two HH:MM clock times of one day, across midnight when the end is earlier. */
	z.strictObject({ kind: z.literal('clock-duration'), from: FieldIdSchema, to: FieldIdSchema }),
	/** `after` (absent: now) plus the chosen severity's update cadence. */
	z.strictObject({ kind: z.literal('next-update'), after: FieldIdSchema.optional() }),
	/** INC-YYYY-MM-DD-NNN from a date field and a number field. */
	z.strictObject({ kind: z.literal('incident-id'), date: FieldIdSchema, number: FieldIdSchema }),
]);

/**
 * The kinds of form field: free text (one line), multiline text, a list (one item per line),
 * a UTC time (YYYY-MM-DD HH:MM), a clock time (HH:MM), a date, a fixed choice, the incident's
 * severity, a whole number, and a value computed from other fields.
 */
export const FieldKindSchema = z.enum([
	'text',
	'multiline',
	'list',
	'time',
	'clock',
	'date',
	'choice',
	'severity',
	'number',
	'computed',
]);

/** One form field of the generator, filling one or more placeholders of a template. */
export const TemplateFieldSchema = z.strictObject({
	/** Stable id: drafts saved in browsers are keyed by it, so do not rename it lightly. */
	id: FieldIdSchema,
	/** The placeholder's own words, with the line's words where the placeholder alone is vague. */
	label: z.string().min(1),
	kind: FieldKindSchema,
	/**
	 * The placeholders this field fills. Empty for a helper field that only feeds a computed
	 * field (e.g. the incident start time behind "Elapsed time").
	 */
	at: z.array(PlaceholderRefSchema).default([]),
	/** Form group; by default the section heading above the field's first placeholder. */
	section: z.string().min(1).optional(),
	/** Extra advice under the field; the guide's own placeholder text is always shown too. */
	hint: z.string().min(1).optional(),
	/** Choices of a `choice` field; by default split from the placeholder ("A / B / C"). */
	options: z.array(z.string().min(1)).optional(),
	/** Organisation setting (dotted path in organisation.yaml) that fills the field by default. */
	setting: z.string().min(1).optional(),
	/** Starting value: "now" (time and clock fields), "today" (dates), or literal text. */
	default: z.string().min(1).optional(),
	compute: FieldComputeSchema.optional(),
});

/** A communication template of the guide, or the post-incident report. */
export const CommunicationTemplateSchema = z.strictObject({
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
	/** The time field this message counts its deadline from, when it is the first update. */
	firstUpdateFrom: FieldIdSchema.optional(),
	/** Field holding the incident id that names the downloaded file (templates with a fileName). */
	fileNameFrom: FieldIdSchema.optional(),
	/** The generator's form: every placeholder of subject and body belongs to exactly one field. */
	fields: z.array(TemplateFieldSchema).default([]),
});

export type PlaceholderRef = z.output<typeof PlaceholderRefSchema>;
export type FieldCompute = z.output<typeof FieldComputeSchema>;
export type FieldKind = z.output<typeof FieldKindSchema>;
export type TemplateField = z.output<typeof TemplateFieldSchema>;
export type CommunicationTemplate = z.output<typeof CommunicationTemplateSchema>;
