/**
 * Who-now with an open incident: the minutes since the start come from the incident's stored
 * start (changed only in the console), and engaging a level is logged in the incident.
 */
import { useState } from 'preact/hooks';
import { formatDuration } from '~/lib/shared/duration';
import { utcTime } from '~/lib/incident/report';
import { incidentName } from '~/lib/incident/tool-link';
import { startedAt, type Incident } from '~/lib/incident/record';
import type { ToolEntry, ToolWrite } from '~/lib/incident/tool-link';
import type { LevelView } from './types';

/** The minutes field's place: the incident's elapsed time, read-only. */
export function IncidentMinutes({ incident, minutes, consoleHref }: { incident: Incident; minutes: number; consoleHref: string }) {
	return (
		<div class="tool-field who-now__incident-minutes">
			<span class="who-now__label" id="who-now-minutes-label">
				Minutes since the incident started
			</span>
			<output id="who-now-minutes" aria-labelledby="who-now-minutes-label" aria-describedby="who-now-minutes-hint">
				{minutes}
			</output>
			<p class="tool-hint" id="who-now-minutes-hint">
				{formatDuration(minutes)} since {incidentName(incident)} started ({utcTime(startedAt(incident))}), from the
				incident’s stored start. To change it, change the start in the <a href={consoleHref}>incident console</a>.
			</p>
		</div>
	);
}

/** "Log “Level 2 engaged” in INC-…": one entry per press. */
export function EngageButton({ incident, level, log }: { incident: Incident; level: LevelView; log: (entry: ToolEntry) => ToolWrite | undefined }) {
	const [said, setSaid] = useState('');
	const text = `Escalation: Level ${level.number} (${level.name}) engaged`;
	return (
		<>
			<button
				type="button"
				class="tool-button tool-button--primary"
				onClick={() => {
					const written = log({ source: 'escalation-lookup', kind: `engaged:level-${level.number}`, text });
					setSaid(written?.ok ? `Logged in ${incidentName(incident)}: ${text}.` : `Could not log it in ${incidentName(incident)}: is it still open?`);
				}}
			>
				Log “Level {level.number} engaged” in {incidentName(incident)}
			</button>
			<p class={said ? 'tool-notice tool-notice--success who-now__logged' : 'sr-only'} role="status">
				{said}
			</p>
		</>
	);
}
