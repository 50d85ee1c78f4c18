/** The incident's own facts: status actions, severity, roles, impact, hypothesis, next steps, open questions. */
import { Heading } from '~/islands/shared/Heading';
import {
	ROLES,
	setSeverity,
	setStatus,
	setText,
	severityOf,
	statusOf,
	textField,
	type EditContext,
	type Incident,
	type TextField,
} from '~/lib/incident/record';
import type { LevelView } from './types';

interface Props {
	incident: Incident;
	levels: LevelView[];
	change: (edit: (incident: Incident, ctx: EditContext) => Incident) => void;
	announce: (text: string) => void;
	headingLevel: number;
}

const NOTES: { key: TextField; label: string; hint: string }[] = [
	{ key: 'impact', label: 'Impact', hint: 'Who and what is affected.' },
	{ key: 'hypothesis', label: 'Current hypothesis', hint: 'What you think is wrong, for the handoff and the next update.' },
	{ key: 'nextSteps', label: 'Next steps', hint: 'One per line.' },
	{ key: 'openQuestions', label: 'Open questions', hint: 'One per line.' },
];

export function StatusActions({ incident, change, announce }: Pick<Props, 'incident' | 'change' | 'announce'>) {
	const status = statusOf(incident);
	const act = (next: 'open' | 'resolved' | 'archived', text: string) => {
		change((i, ctx) => setStatus(i, next, ctx));
		announce(`${incident.id} ${text}.`);
	};
	return (
		<div class="tool-actions">
			{status === 'open' && (
				<button type="button" class="tool-button tool-button--primary" onClick={() => act('resolved', 'resolved')}>
					Resolve
				</button>
			)}
			{status !== 'open' && (
				<button type="button" class="tool-button" onClick={() => act('open', 'reopened')}>
					Reopen
				</button>
			)}
			{status !== 'archived' && (
				<button type="button" class="tool-button" onClick={() => act('archived', 'archived')}>
					Archive
				</button>
			)}
		</div>
	);
}

export function DetailsPanel({ incident, levels, change, announce, headingLevel }: Props) {
	return (
		<section class="tool ic-details" aria-labelledby="ic-details-heading">
			<Heading level={headingLevel} id="ic-details-heading">
				Details
			</Heading>
			<div class="tool-field">
				<label for="ic-d-title">Title</label>
				<input id="ic-d-title" type="text" value={textField(incident, 'title')} onInput={(e) => { const v = e.currentTarget.value; change((i, ctx) => setText(i, 'title', v, ctx)); }} />
			</div>
			<div class="tool-field">
				<label for="ic-d-severity">Severity</label>
				<select
					id="ic-d-severity"
					value={severityOf(incident)}
					onChange={(e) => {
						const id = e.currentTarget.value;
						change((i, ctx) => setSeverity(i, id, levels, ctx));
						announce(`Severity changed to ${levels.find((l) => l.id === id)?.label ?? id}; the update countdown follows it.`);
					}}
				>
					{levels.map((level) => (
						<option value={level.id}>
							{level.label} ({level.name})
						</option>
					))}
				</select>
			</div>
			<div class="ic-grid">
				{ROLES.map((role) => (
					<div class="tool-field">
						<label for={`ic-d-role-${role.id}`}>{role.label}</label>
						<input
							id={`ic-d-role-${role.id}`}
							type="text"
							value={textField(incident, `role:${role.id}`)}
							onInput={(e) => { const v = e.currentTarget.value; change((i, ctx) => setText(i, `role:${role.id}`, v, ctx)); }}
						/>
					</div>
				))}
			</div>
			{NOTES.map((note) => (
				<div class="tool-field">
					<label for={`ic-d-${note.key}`}>{note.label}</label>
					<textarea
						id={`ic-d-${note.key}`}
						rows={3}
						aria-describedby={`ic-d-${note.key}-hint`}
						value={textField(incident, note.key)}
						onInput={(e) => { const v = e.currentTarget.value; change((i, ctx) => setText(i, note.key, v, ctx)); }}
					/>
					<span class="tool-hint" id={`ic-d-${note.key}-hint`}>
						{note.hint}
					</span>
				</div>
			))}
		</section>
	);
}
