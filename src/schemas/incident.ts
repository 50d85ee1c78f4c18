import { z } from 'astro/zod';

const IdSchema = z.string().regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and dashes');

/** One milestone of the incident log (content/data/incident-milestones.yaml). */
export const IncidentMilestoneSchema = z.strictObject({
	id: IdSchema,
	/** The one-click button's label in the console. */
	button: z.string().min(1),
	/** The guide's words for the event, as the report's timeline row says it. */
	event: z.string().min(1),
	/** Who the guide's timeline names as the actor when it is not a person ("Monitoring", "System"). */
	actor: z.string().min(1).optional(),
	/** The post-incident report's fields that this milestone's time (HH:MM) and actor fill. */
	report: z.strictObject({ time: IdSchema, actor: IdSchema.optional() }).optional(),
});

/** One incident metric of the guide (content/data/incident-metrics.yaml). */
export const IncidentMetricSchema = z.strictObject({
	id: IdSchema,
	label: z.string().min(1),
	/** The guide's explanation ("alert to acknowledgment"). */
	guide: z.string().min(1),
	/** Milestone ids or `started` / `detected`; the first the incident has counts. */
	from: z.array(IdSchema).min(1),
	to: z.array(IdSchema).min(1),
});

export type IncidentMilestone = z.output<typeof IncidentMilestoneSchema>;
export type IncidentMetric = z.output<typeof IncidentMetricSchema>;
