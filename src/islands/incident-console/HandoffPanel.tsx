/** Handoff: the guide's summary (copyable), the handoff link, JSON export and import. */
import { Heading } from '~/islands/shared/Heading';
import { useCopy } from '~/islands/shared/useCopy';
import type { Incident } from '~/lib/incident/record';
import { handoffSummary, type MilestoneInfo } from '~/lib/incident/report';

/** Links and files are made and read by transfer.ts, loaded on the first click (the page starts lighter). */
const transfer = () => import('~/lib/incident/transfer');
import { downloadText } from '../shared/download';
import type { LevelView } from './types';

interface Props {
	incident: Incident;
	levels: LevelView[];
	milestones: MilestoneInfo[];
	now: number;
	guideHandoff: string;
	onImport: (incident: Incident) => void;
	announce: (text: string, warning?: boolean) => void;
	headingLevel: number;
}

export function HandoffPanel({ incident, levels, milestones, now, guideHandoff, onImport, announce, headingLevel }: Props) {
	const { status, fallback, copy } = useCopy();
	const summary = handoffSummary(incident, levels, milestones, now);
	return (
		<section class="tool ic-handoff" aria-labelledby="ic-handoff-heading">
			<Heading level={headingLevel} id="ic-handoff-heading">
				Handoff
			</Heading>
			<p>
				The <a href={guideHandoff}>guide’s handoff procedure</a>: meet 15 minutes before the shift change, go through this
				summary, the incoming engineer confirms, update the war room, and stay available for 30 minutes. The handoff link
				carries the whole incident in the part of the address after “#”, which the browser never sends to a server; opened
				in another browser it merges with what is there.
			</p>
			<pre class="ic-summary" tabIndex={0} aria-label="Handoff summary">
				{summary}
			</pre>
			<div class="tool-actions">
				<button type="button" class="tool-button tool-button--primary" onClick={() => void copy(summary, 'Handoff summary copied.')}>
					Copy handoff summary
				</button>
				<button
					type="button"
					class="tool-button"
					onClick={async () => {
						const link = await (await transfer()).handoffLink(location.href, incident);
						await copy(link, `Handoff link copied (${Math.ceil(link.length / 1024)} KB).`);
					}}
				>
					Copy handoff link
				</button>
				<button
					type="button"
					class="tool-button"
					onClick={async () => {
						const { exportFileName, exportJson } = await transfer();
						downloadText(exportFileName(incident), exportJson(incident), 'application/json;charset=utf-8');
						announce(`Exported ${exportFileName(incident)}.`);
					}}
				>
					Export JSON
				</button>
				<label class="tool-button ic-file">
					Import JSON
					<input
						type="file"
						accept="application/json,.json"
						class="ic-file__input"
						onChange={async (event) => {
							const input = event.currentTarget;
							const file = input.files?.[0];
							input.value = '';
							if (!file) return;
							const checked = (await transfer()).importJson(await file.text());
							if (checked.ok) onImport(checked.value);
							else announce(`${file.name} was not imported: ${checked.reason}.`, true);
						}}
					/>
				</label>
			</div>
			{status && (
				<p class={`tool-notice ${status.ok ? 'tool-notice--success' : 'tool-notice--warning'}`} role="status">
					{status.message}
				</p>
			)}
			{status?.text !== undefined && (
				<div class="tool-field">
					<label for="ic-copy-fallback">Copy this by hand (Ctrl+C)</label>
					<textarea id="ic-copy-fallback" ref={fallback} readOnly value={status.text} rows={4} />
				</div>
			)}
		</section>
	);
}
