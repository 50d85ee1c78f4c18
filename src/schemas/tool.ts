import { z } from 'astro/zod';
import { CommandStepSchema } from './command-step';
import { provenanceFields } from './provenance';

/** A small table of tool facts (checks, collected files, thresholds), rendered as-is. */
export const ToolTableSchema = z
	.strictObject({
		title: z.string().min(1),
		columns: z.array(z.string().min(1)).min(2),
		/** Cells are inline Markdown. */
		rows: z.array(z.array(z.string())).min(1),
	})
	.refine((table) => table.rows.every((row) => row.length === table.columns.length), {
		message: 'every row needs one cell per column',
		path: ['rows'],
	});

/** A mode of a multi-mode script (emergency_recovery.sh). */
export const ToolModeSchema = z.strictObject({
	/** The flag exactly as typed: `--sanitize-nan`. */
	flag: z.string().regex(/^--[a-z][a-z-]*$/),
	/** Name of the value the flag takes, if any: `id` for `--reset-space <id>`. */
	arg: z.string().min(1).optional(),
	dryRun: z.string().min(1),
	realRun: z.string().min(1),
	followUp: z.string().min(1),
	/** Deletes data: the page marks it. */
	destructive: z.boolean().default(false),
	...provenanceFields,
});

/** A diagnostic or recovery script (content/data/tools.yaml, keyed by the script's file name). */
export const ToolSchema = z.strictObject({
	group: z.enum(['diagnose', 'recover', 'backup', 'performance', 'setup']),
	purpose: z.string().min(1),
	/** The synopsis, exactly as typed. */
	usage: z.string().min(1),
	arguments: z
		.array(z.strictObject({ name: z.string().min(1), default: z.string().min(1).optional(), text: z.string().min(1) }))
		.default([]),
	modes: z.array(ToolModeSchema).default([]),
	options: z.array(z.strictObject({ flag: z.string().min(1), text: z.string().min(1) })).default([]),
	env: z
		.array(z.strictObject({ name: z.string().regex(/^[A-Z][A-Z0-9_]*$/), default: z.string().min(1).optional(), text: z.string().min(1) }))
		.default([]),
	exitCodes: z.array(z.strictObject({ code: z.number().int().nonnegative(), text: z.string().min(1) })).default([]),
	tables: z.array(ToolTableSchema).default([]),
	examples: z.array(CommandStepSchema).default([]),
	notes: z.array(z.string().min(1)).default([]),
	caveats: z.array(z.string().min(1)).default([]),
	/** Where the script, its usage, flags and environment were checked (usually the script itself). */
	...provenanceFields,
});

export type ToolMode = z.output<typeof ToolModeSchema>;
export type Tool = z.output<typeof ToolSchema>;
