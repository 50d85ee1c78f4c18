/** Declaring an incident: title, severity, start and detection times (UTC), roles, practice. */
import { useState } from 'preact/hooks';
import { Heading } from '~/islands/shared/Heading';
import { ROLES, type ClassifierAnswers, type Declaration, type RoleId } from '~/lib/incident/record';
import { TimeField } from './TimeField';
import { formatUtcInput, parseUtcTime } from './time';
import type { LevelView } from './types';

interface Props {
	levels: LevelView[];
	defaultRoles: Record<RoleId, string>;
	onDeclare: (declaration: Declaration) => void;
	headingLevel: number;
	/** The severity classifier's result this form was opened with (/incident/?declare=…). */
	from?: ClassifierAnswers | undefined;
}

export function DeclareForm({ levels, defaultRoles, onDeclare, headingLevel, from }: Props) {
	const now = formatUtcInput(new Date());
	const [title, setTitle] = useState('');
	const [severity, setSeverity] = useState(from?.level ?? levels[0]?.id ?? '');
	const [started, setStarted] = useState(now);
	const [detected, setDetected] = useState(now);
	const [roles, setRoles] = useState<Record<RoleId, string>>({ ...defaultRoles });
	const [practice, setPractice] = useState(false);
	const [impact, setImpact] = useState('');
	const [error, setError] = useState('');

	const submit = (event: Event) => {
		event.preventDefault();
		const start = parseUtcTime(started);
		const detect = parseUtcTime(detected);
		if (title.trim() === '') return setError('Give the incident a title: a few words on what is wrong.');
		if (!start) return setError('The start time is not a time: write it as YYYY-MM-DD HH:MM (UTC).');
		if (!detect) return setError('The detection time is not a time: write it as YYYY-MM-DD HH:MM (UTC).');
		setError('');
		onDeclare({ title, severity, practice, startedAt: start.getTime(), detectedAt: detect.getTime(), roles, impact, ...(from ? { classifier: from } : {}) });
		setTitle('');
		setImpact('');
		setPractice(false);
	};

	return (
		<form class="tool ic-declare" onSubmit={submit} aria-labelledby="ic-declare-heading" noValidate>
			<Heading level={headingLevel} id="ic-declare-heading">
				Declare an incident
			</Heading>
			{from && (
				<p class="tool-notice">
					From the severity classifier: {levels.find((l) => l.id === from.level)?.label} ({Object.keys(from.answers).length} answers, kept with the incident).
				</p>
			)}
			<div class="tool-field">
				<label for="ic-title">Title</label>
				<input id="ic-title" type="text" value={title} autoComplete="off" aria-describedby="ic-title-hint" onInput={(e) => setTitle(e.currentTarget.value)} />
				<span class="tool-hint" id="ic-title-hint">
					A few words on what is wrong, e.g. “API returning 503 on all requests”.
				</span>
			</div>
			<div class="tool-field">
				<label for="ic-severity">Severity</label>
				<select id="ic-severity" value={severity} onChange={(e) => setSeverity(e.currentTarget.value)}>
					{levels.map((level) => (
						<option value={level.id}>
							{level.label} ({level.name}): {level.impact}
						</option>
					))}
				</select>
			</div>
			<div class="ic-grid">
				<TimeField id="ic-started" label="Started" value={started} onInput={setStarted} />
				<TimeField id="ic-detected" label="Detected" value={detected} onInput={setDetected} />
			</div>
			<div class="tool-field">
				<label for="ic-impact">Impact (optional)</label>
				<input id="ic-impact" type="text" value={impact} autoComplete="off" onInput={(e) => setImpact(e.currentTarget.value)} />
			</div>
			<fieldset class="ic-roles">
				<legend>Roles</legend>
				<div class="ic-grid">
					{ROLES.map((role) => (
						<div class="tool-field">
							<label for={`ic-role-${role.id}`}>{role.label}</label>
							<input
								id={`ic-role-${role.id}`}
								type="text"
								autoComplete="off"
								value={roles[role.id]}
								onInput={(e) => setRoles({ ...roles, [role.id]: e.currentTarget.value })}
							/>
						</div>
					))}
				</div>
			</fieldset>
			<label class="ic-check">
				<input type="checkbox" checked={practice} onChange={(e) => setPractice(e.currentTarget.checked)} />
				<span>Practice incident (a drill: labelled PRACTICE everywhere, kept apart from real incidents)</span>
			</label>
			{error && (
				<p class="tool-notice tool-notice--warning" role="alert">
					{error}
				</p>
			)}
			<div class="tool-actions">
				<button type="submit" class="tool-button tool-button--primary">
					Declare incident
				</button>
			</div>
		</form>
	);
}
