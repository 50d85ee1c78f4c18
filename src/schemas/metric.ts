import { z } from 'astro/zod';
import { provenanceFields } from './provenance';

/** A metric Engram's docs name. */
export const MetricSchema = z.strictObject({
	/** The metric name (or a grep pattern, as the docs use it), exactly. */
	name: z.string().min(1),
	meaning: z.string().min(1),
	/** Healthy range or alert threshold, as the docs give it. */
	threshold: z.string().min(1).optional(),
	/**
	 * False when the name does not occur in Engram's metrics source at the documented version:
	 * queries and alerts on it return no data, which must never be read as "healthy".
	 */
	exported: z.boolean().optional(),
	/** Where the name was checked: for an exported metric, engram-core/src/metrics/prometheus.rs. */
	...provenanceFields,
});

/** A group of metrics (content/data/metrics.yaml, keyed by group id); the page gives the title. */
export const MetricGroupSchema = z.strictObject({
	/** Where the docs list these, and anything true of the whole group (inline Markdown). */
	note: z.string().min(1).optional(),
	metrics: z.array(MetricSchema).min(1),
});

export type Metric = z.output<typeof MetricSchema>;
export type MetricGroup = z.output<typeof MetricGroupSchema>;
