import { z } from 'astro/zod';
import { provenanceFields } from './provenance';

/** A step of a phase: a line of inline Markdown, with an optional command block or sub-list. */
export const PhaseStepSchema = z.strictObject({
	text: z.string().min(1),
	/** A shell command block shown under the step, with a copy button. */
	code: z.string().min(1).optional(),
	/** A nested bullet list under the step. */
	items: z.array(z.string().min(1)).optional(),
	/** Where the command was checked, or why it is ours; and the upstream defects it meets. */
	...provenanceFields,
	/** One line beside the guide's command where Engram's code disagrees with it (inline Markdown). */
	caution: z.string().min(1).optional(),
});

/** A titled block of commands ("Emergency Recovery", "Verification Steps"). */
export const CommandBlockSchema = z.strictObject({
	title: z.string().min(1),
	code: z.string().min(1),
	...provenanceFields,
	caution: z.string().min(1).optional(),
});

/** A phase of the incident response flow. */
export const ResponsePhaseSchema = z
	.strictObject({
		id: z.string().regex(/^[a-z0-9-]+$/),
		number: z.number().int().positive(),
		name: z.string().min(1),
		/** The phase's time window as the guide words it ("0-5 minutes"). */
		window: z.string().min(1),
		goal: z.string().min(1),
		/** Numbered actions; a phase uses these or `actionGroups`. */
		actions: z.array(PhaseStepSchema).optional(),
		/** Actions grouped by situation ("For SEV1 service down"). */
		actionGroups: z
			.array(
				z.strictObject({
					title: z.string().min(1),
					text: z.string().optional(),
					steps: z.array(PhaseStepSchema).optional(),
				})
			)
			.optional(),
		commands: z.array(CommandBlockSchema).optional(),
		tools: z.array(z.string().min(1)).optional(),
		outputs: z.array(z.string().min(1)).min(1),
	})
	.refine((phase) => phase.actions !== undefined || phase.actionGroups !== undefined, {
		message: 'a phase needs `actions` or `actionGroups`',
		path: ['actions'],
	});

export type PhaseStep = z.output<typeof PhaseStepSchema>;
export type ResponsePhase = z.output<typeof ResponsePhaseSchema>;
