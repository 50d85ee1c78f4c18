/**
 * Server-only accessors for the incident console's data: the milestones and metrics
 * (content/data/incident-milestones.yaml, incident-metrics.yaml), in file order, checked against
 * each other and against the post-incident report template. A broken reference fails the build,
 * naming the file and the entry.
 */
import { getCollection } from 'astro:content';
import { AstroError } from 'astro/errors';
import { getTemplates } from './guide';
import type { IncidentMetric, IncidentMilestone } from '~/schemas/incident';

const inFileOrder = <T extends { position: number }>(entries: { data: T }[]): Omit<T, 'position'>[] =>
	entries
		.map((entry) => entry.data)
		.sort((a, b) => a.position - b.position)
		.map(({ position: _position, ...rest }) => rest);

let checked: Promise<{ milestones: IncidentMilestone[]; metrics: IncidentMetric[] }> | undefined;

export async function getIncidentData(): Promise<{ milestones: IncidentMilestone[]; metrics: IncidentMetric[] }> {
	checked ??= (async () => {
		const milestones = inFileOrder(await getCollection('incidentMilestones')) as IncidentMilestone[];
		const metrics = inFileOrder(await getCollection('incidentMetrics')) as IncidentMetric[];
		const report = (await getTemplates()).find((template) => template.id === 'post-incident-report');
		const reportFields = new Set(report?.fields.map((field) => field.id) ?? []);
		const points = new Set(['started', 'detected', ...milestones.map((m) => m.id)]);
		const problems: string[] = [];
		for (const m of milestones) {
			for (const field of [m.report?.time, m.report?.actor]) {
				if (field && !reportFields.has(field)) problems.push(`content/data/incident-milestones.yaml: ${m.id}: the post-incident report has no field "${field}"`);
			}
		}
		for (const metric of metrics) {
			for (const point of [...metric.from, ...metric.to]) {
				if (!points.has(point)) problems.push(`content/data/incident-metrics.yaml: ${metric.id}: "${point}" is no milestone id (nor started/detected)`);
			}
		}
		if (problems.length > 0) throw new AstroError(`The incident data has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`, 'Fix the named file and entry.');
		return { milestones, metrics };
	})();
	return checked;
}
