/** After the fact: the guide's incident metrics and the report's timeline, from the log. Prints cleanly. */
import { Heading } from '~/islands/shared/Heading';
import { useCopy } from '~/islands/shared/useCopy';
import { metricFigures, timelineRows, timelineTable, type MetricInfo, type MilestoneInfo } from '~/lib/incident/report';
import { downloadText } from '../shared/download';
import type { Incident } from '~/lib/incident/record';

interface Props {
	incident: Incident;
	milestones: MilestoneInfo[];
	metrics: MetricInfo[];
	headingLevel: number;
}

export function ReportPanel({ incident, milestones, metrics, headingLevel }: Props) {
	const { status, copy } = useCopy();
	const rows = timelineRows(incident, milestones);
	const figures = metricFigures(incident, metrics, milestones);
	return (
		<section class="tool ic-report" aria-labelledby="ic-report-heading">
			<Heading level={headingLevel} id="ic-report-heading">
				Timeline and metrics
			</Heading>
			<dl class="ic-metrics">
				{figures.map((figure) => (
					<div>
						<dt>
							{figure.label} <span class="ic-small">({figure.guide})</span>
						</dt>
						<dd>{figure.text}</dd>
					</div>
				))}
			</dl>
			<div class="ic-table-wrap">
				<table class="ic-timeline">
					<caption>Timeline (all times in UTC){incident.practice ? ' — PRACTICE' : ''}</caption>
					<thead>
						<tr>
							<th scope="col">Time</th>
							<th scope="col">Event</th>
							<th scope="col">Actor</th>
						</tr>
					</thead>
					<tbody>
						{rows.map((row) => (
							<tr>
								<td>{row.clock}</td>
								<td>{row.event}</td>
								<td>{row.actor}</td>
							</tr>
						))}
					</tbody>
				</table>
			</div>
			<div class="tool-actions">
				<button type="button" class="tool-button" onClick={() => void copy(timelineTable(rows), 'Timeline copied as a Markdown table.')}>
					Copy timeline table
				</button>
				<button type="button" class="tool-button" onClick={async () => {
					// Loaded on the first download: the page starts lighter.
					const { reportFileName, reportMarkdown } = await import('~/lib/incident/report-markdown');
					downloadText(reportFileName(incident), reportMarkdown(incident, milestones, metrics), 'text/markdown;charset=utf-8');
				}}>
					Download report (Markdown for the archive)
				</button>
			</div>
			{status && (
				<p class={`tool-notice ${status.ok ? 'tool-notice--success' : 'tool-notice--warning'}`} role="status">
					{status.message}
				</p>
			)}
		</section>
	);
}
