import { z } from 'astro/zod';
import { CommandStepSchema, kebabId, severityId } from './command-step';
import { provenanceFields } from './provenance';

/**
 * Where an alert comes from, which decides how far an operator can trust it:
 * - `shipped`: defined in deployments/prometheus/alerts.yml, which prometheus.yml loads;
 * - `shipped-not-loaded`: defined in a rule file that prometheus.yml does not load;
 * - `suggested`: proposed in Engram's docs, shipped in no rule file;
 * - `not-defined`: the guide names it, but no rule file or doc defines it.
 */
export const ALERT_STATUSES = ['shipped', 'shipped-not-loaded', 'suggested', 'not-defined'] as const;

/** One rule that defines the alert. */
export const AlertDefinitionSchema = z.strictObject({
	/** The file or doc holding the rule, with its group. */
	where: z.string().min(1),
	/** PromQL or LogQL expression, exactly as written there. */
	expression: z.string().min(1),
	/** The rule's `for` duration ("5m"); "0m" fires at once. */
	for: z.string().regex(/^\d+[smh]$/, 'durations look like 5m'),
	/** The rule's own severity label. */
	label: z.enum(['critical', 'warning', 'info']),
	/** The rule's other labels (component, tier), exactly as the rule file sets them. */
	labels: z.record(z.string().regex(/^[a-zA-Z_][a-zA-Z0-9_]*$/), z.string()).default({}),
	/** The rule file and alert name it was copied from, or why it is ours. */
	...provenanceFields,
});

/** An alert (content/data/alerts.yaml, keyed by the alert name exactly as Prometheus shows it). */
export const AlertSchema = z.strictObject({
	status: z.enum(ALERT_STATUSES),
	/**
	 * Metric names the rule's expression reads that `/metrics/prometheus` never renders (the list in
	 * engram-core/src/metrics/prometheus.rs): the alert cannot fire as shipped, and its page says so
	 * at the top. A content test recomputes this from the expression and the exporter list.
	 */
	notExported: z.array(z.string().regex(/^[a-zA-Z_:][a-zA-Z0-9_:]*$/)).default([]),
	definitions: z.array(AlertDefinitionSchema),
	/** What it means when it fires, in our words (inline Markdown). */
	meaning: z.string().min(1),
	/** The threshold in words ("WAL lag above 10 s for 5 minutes"), when one is known. */
	threshold: z.string().min(1).optional(),
	/** Why the threshold is where it is, paraphrased from the rule. */
	rationale: z.string().min(1).optional(),
	/** The severity this alert usually implies on its own. */
	severity: severityId,
	/** When the severity is higher or lower than usual (inline Markdown). */
	severityNote: z.string().min(1).optional(),
	/** Common issues to follow (slugs), most likely first. */
	issues: z.array(kebabId).default([]),
	/** Decision trees to follow (tree ids), when no single issue fits. */
	trees: z.array(kebabId).default([]),
	/** The response and escalation times of Engram's alerting guide, where it gives them. */
	response: z.strictObject({ respond: z.string().min(1), escalateAfter: z.string().min(1) }).optional(),
	/** Related alerts by name, e.g. the nearest defined alert for one that no rule defines. */
	seeAlso: z.array(z.string().min(1)).default([]),
	/** First actions, for alerts whose procedure lives here rather than on an issue page. */
	actions: z.array(CommandStepSchema).default([]),
	/** Where the sources disagree, the reading we chose (inline Markdown), one line each. */
	caveats: z.array(z.string().min(1)).default([]),
});

export type AlertStatus = (typeof ALERT_STATUSES)[number];
export type AlertDefinition = z.output<typeof AlertDefinitionSchema>;
export type Alert = z.output<typeof AlertSchema>;
