/** The log: milestone buttons, free text, and every entry with edit and delete (undo). */
import { useState } from 'preact/hooks';
import { Heading } from '~/islands/shared/Heading';
import {
	addEntry,
	deleteEntry,
	editEntry,
	logEntries,
	logMilestone,
	milestoneEntry,
	textField,
	undoDelete,
	type EditContext,
	type Incident,
	type LogEntry,
} from '~/lib/incident/record';
import type { MilestoneInfo } from '~/lib/incident/report';
import { formatUtcInput, parseUtcTime } from './time';

interface Props {
	incident: Incident;
	milestones: MilestoneInfo[];
	change: (edit: (incident: Incident, ctx: EditContext) => Incident) => void;
	announce: (text: string) => void;
	headingLevel: number;
}

const KIND_LABEL: Record<LogEntry['kind'], string> = {
	declared: 'declared',
	milestone: 'milestone',
	note: 'note',
	tool: 'tool',
	'update-sent': 'update',
	status: 'status',
	check: 'checklist',
	field: 'change',
};

function EntryRow({ entry, onEdit, onDelete }: { entry: LogEntry; onEdit: () => void; onDelete: () => void }) {
	const time = formatUtcInput(new Date(entry.fields.time.value));
	return (
		<li class="ic-entry">
			<span class="ic-entry__time">{time.slice(11)} UTC</span>
			<span class="ic-entry__kind">{entry.source ? `${KIND_LABEL[entry.kind]} · ${entry.source}` : KIND_LABEL[entry.kind]}</span>
			<span class="ic-entry__text">
				{entry.fields.text.value}
				{entry.fields.actor.value && <span class="ic-entry__actor"> ({entry.fields.actor.value})</span>}
			</span>
			<span class="ic-entry__actions">
				<button type="button" class="tool-button ic-small-button" onClick={onEdit} aria-label={`Edit entry: ${entry.fields.text.value}`}>
					Edit
				</button>
				<button type="button" class="tool-button ic-small-button" onClick={onDelete} aria-label={`Delete entry: ${entry.fields.text.value}`}>
					Delete
				</button>
			</span>
		</li>
	);
}

function EntryEditor({ entry, onSave, onCancel }: { entry: LogEntry; onSave: (changes: { text: string; time: number; actor: string }) => void; onCancel: () => void }) {
	const [text, setText] = useState(entry.fields.text.value);
	const [time, setTime] = useState(formatUtcInput(new Date(entry.fields.time.value)));
	const [actor, setActor] = useState(entry.fields.actor.value);
	const parsed = parseUtcTime(time);
	const id = `ic-edit-${entry.id}`;
	return (
		<li class="ic-entry ic-entry--editing">
			<form
				class="ic-edit"
				onSubmit={(event) => {
					event.preventDefault();
					if (parsed) onSave({ text, time: parsed.getTime(), actor });
				}}
			>
				<div class="tool-field">
					<label for={`${id}-text`}>Entry text</label>
					<input id={`${id}-text`} type="text" value={text} onInput={(e) => setText(e.currentTarget.value)} />
				</div>
				<div class="tool-field">
					<label for={`${id}-time`}>Time (UTC)</label>
					<input id={`${id}-time`} type="text" value={time} aria-invalid={parsed ? undefined : 'true'} onInput={(e) => setTime(e.currentTarget.value)} />
				</div>
				<div class="tool-field">
					<label for={`${id}-actor`}>Who</label>
					<input id={`${id}-actor`} type="text" value={actor} onInput={(e) => setActor(e.currentTarget.value)} />
				</div>
				<div class="tool-actions">
					<button type="submit" class="tool-button tool-button--primary" disabled={!parsed}>
						Save entry
					</button>
					<button type="button" class="tool-button" onClick={onCancel}>
						Cancel
					</button>
				</div>
			</form>
		</li>
	);
}

export function LogPanel({ incident, milestones, change, announce, headingLevel }: Props) {
	const [note, setNote] = useState('');
	const [editing, setEditing] = useState<string | undefined>();
	const [deleted, setDeleted] = useState<{ id: string; text: string } | undefined>();
	const entries = logEntries(incident);
	const oncall = textField(incident, 'role:oncall');
	return (
		<section class="tool ic-log" aria-labelledby="ic-log-heading">
			<Heading level={headingLevel} id="ic-log-heading">
				Log
			</Heading>
			<div class="ic-milestones" role="group" aria-label="Log a milestone now">
				{milestones.map((milestone) => {
					const logged = milestoneEntry(incident, milestone.id);
					return (
						<button
							type="button"
							class={`tool-button ic-milestone${logged ? ' ic-milestone--logged' : ''}`}
							onClick={() => {
								change((i, ctx) => logMilestone(i, milestone, ctx, milestone.actor ? {} : { actor: oncall }));
								announce(`Logged: ${milestone.event}.`);
							}}
						>
							{logged ? '✓ ' : ''}
							{milestone.button}
						</button>
					);
				})}
			</div>
			<form
				class="ic-note"
				onSubmit={(event) => {
					event.preventDefault();
					if (note.trim() === '') return;
					change((i, ctx) => addEntry(i, { kind: 'note', text: note.trim() }, ctx));
					announce('Note added to the log.');
					setNote('');
				}}
			>
				<div class="tool-field">
					<label for="ic-note">Add to the log</label>
					<input id="ic-note" type="text" value={note} autoComplete="off" onInput={(e) => setNote(e.currentTarget.value)} />
				</div>
				<button type="submit" class="tool-button">
					Add entry
				</button>
			</form>
			{deleted && (
				<p class="tool-notice ic-undo">
					Deleted “{deleted.text}”.{' '}
					<button
						type="button"
						class="tool-button"
						onClick={() => {
							change((i, ctx) => undoDelete(i, deleted.id, ctx));
							announce('Entry restored.');
							setDeleted(undefined);
						}}
					>
						Undo delete
					</button>
				</p>
			)}
			<ol class="ic-entries" aria-label="Log entries, oldest first">
				{entries.map((entry) =>
					editing === entry.id ? (
						<EntryEditor
							entry={entry}
							onCancel={() => setEditing(undefined)}
							onSave={(changes) => {
								change((i, ctx) => editEntry(i, entry.id, changes, ctx));
								setEditing(undefined);
								announce('Entry saved.');
							}}
						/>
					) : (
						<EntryRow
							entry={entry}
							onEdit={() => setEditing(entry.id)}
							onDelete={() => {
								change((i, ctx) => deleteEntry(i, entry.id, ctx));
								setDeleted({ id: entry.id, text: entry.fields.text.value });
								announce(`Entry deleted: ${entry.fields.text.value}. Undo is next to the log.`);
							}}
						/>
					)
				)}
			</ol>
		</section>
	);
}
