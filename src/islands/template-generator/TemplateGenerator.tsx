/**
 * The communication template generator.
 *
 * Design notes
 * - Data: plain template models built at build time (src/lib/templates/model.ts) and the severity
 *   levels, passed as props by src/components/tools/TemplateGenerator.astro. No content imports here.
 * - State: the chosen template and severity (also in the URL: ?template=…&severity=…), the
 *   current template's field values, the output format, and the clock (ticks every 30 s so
 *   "elapsed" and "next update" stay right while the page is open).
 * - Persistence: every keystroke is saved in localStorage, one draft per template
 *   (src/lib/templates/draft.ts through saved-state.ts), each field stamped and merged with the
 *   stored draft (src/lib/templates/draft-merge.ts); another tab's edits arrive through the
 *   `storage` event and are merged field by field, so two tabs typing at once both keep their
 *   text. Corrupted drafts are reset with a notice. Nothing is ever sent anywhere.
 * - Rendering: fill → format → preview, all pure functions in src/lib; user text is rendered as
 *   text nodes only (never as HTML).
 * - From an incident (?incident=<uid>, or "Fill from incident …" while one is open in the console):
 *   the fields the incident knows are filled (src/lib/incident/template-values.ts) into a draft kept
 *   per incident; a refill keeps what the reader edited (src/lib/templates/incident-fill.ts), a copy
 *   is logged in the incident, and a practice incident's text says PRACTICE.
 */
// First: the server's text stays as it is when the island hydrates.
import '../shared/join-text-runs';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browserStore, loadSaved, saveState } from '~/lib/shared/saved-state';
import { createStampClock, randomId } from '~/lib/shared/field-merge';
import { buildSearch, parseUrlState, parsers } from '~/lib/shared/url-state';
import { computeField, emptyFields, fieldValueText, fillLines, type FieldValues, type SeverityInfo } from '~/lib/templates/fill';
import { applyFormat, FORMAT_LABELS, formatsFor, linesToText, reportFileName, type OutputFormat } from '~/lib/templates/formats';
import type { TemplateModel } from '~/lib/templates/model';
import {
	DRAFT_VERSION,
	PREFERENCES_KEY,
	draftKey,
	nextUpdateValues,
	startingChoice,
	startingValues,
	validateDraft,
	validatePreferences,
	withStartingValues,
	type Draft,
} from '~/lib/templates/draft';
import { changedFields, stampChanges, syncDraft } from '~/lib/templates/draft-merge';
import {
	copiedMessage,
	fillSummary,
	fillableCount,
	firstUpdateNotice,
	otherTabNotice,
	savedNote,
	sectionsOf,
	usesSeverity as templateUsesSeverity,
	type Notice,
} from '~/lib/templates/messages';
import { browserStorage, incidentKey } from '~/lib/incident/storage';
import { chooseIncident, incidentName, incidentParam, logToIncident, readOpenIncidents } from '~/lib/incident/tool-link';
import { templateValuesFromIncident } from '~/lib/incident/template-values';
import { severityOf, textField, type Incident, type SeverityLevelInfo } from '~/lib/incident/record';
import type { MilestoneInfo } from '~/lib/incident/report';
import { copiedEntry, incidentDraftKey, practiceText, refillFromIncident } from '~/lib/templates/incident-fill';
import { useCopy } from '../shared/useCopy';
import { FieldControl } from './FieldControl';
import { Preview } from './Preview';
import { CopyButton } from './CopyButton';
import { downloadText, selectContents } from '../shared/download';
import './template-generator.css';

interface Props {
	templates: TemplateModel[];
	severities: SeverityInfo[];
	/** Template id → the guide section with that template. */
	guideLinks: Record<string, string>;
	/** The guide's milestones (content/data/incident-milestones.yaml), for filling from an incident. */
	milestones: MilestoneInfo[];
	/** The incident console's page. */
	consoleHref: string;
}

const TICK_MS = 30_000;

export default function TemplateGenerator({ templates, severities, guideLinks, milestones, consoleHref }: Props) {
	const [mounted, setMounted] = useState(false);
	const [templateId, setTemplateId] = useState(templates[0]?.id ?? '');
	const [severityId, setSeverityId] = useState(severities[0]?.id ?? '');
	/** The current draft: its values, what an incident filled, the fields' stamps. */
	const [draft, setDraft] = useState<Draft>({ values: {} });
	/** The same, at once (events read it before a render). */
	const current = useRef<Draft>({ values: {} });
	/** This tab's stamps for its edits. */
	const clock = useMemo(() => createStampClock(randomId()), []);
	const [format, setFormat] = useState<OutputFormat>('plain');
	const [now, setNow] = useState(() => new Date());
	const [notices, setNotices] = useState<Notice[]>([]);
	const [status, setStatus] = useState<Notice | undefined>();
	const [saveFailed, setSaveFailed] = useState(false);
	const [savedAt, setSavedAt] = useState<Date | undefined>();
	const [confirmingClear, setConfirmingClear] = useState(false);
	const headingRef = useRef<HTMLHeadingElement>(null);
	const clearRef = useRef<HTMLButtonElement>(null);
	const keepRef = useRef<HTMLButtonElement>(null);
	/** The incident this draft is for (filled from it), the open incidents to offer, what it filled. */
	const [incident, setIncident] = useState<Incident | undefined>();
	const [openIncidents, setOpenIncidents] = useState<Incident[]>([]);
	const { copy: copyWithFallback } = useCopy();
	const levels = useMemo<SeverityLevelInfo[]>(() => severities.map((s) => ({ ...s, requiredActions: [] })), [severities]);

	const values = draft.values;
	const show = (next: Draft) => {
		current.current = next;
		setDraft(next);
	};

	const model = templates.find((t) => t.id === templateId) ?? templates[0]!;
	const severity = severities.find((s) => s.id === severityId);
	const context = { now, severity };

	/** Loads a template's draft (or starts one) and makes it current; for an incident, filled from it. */
	const openTemplate = (id: string, at: Date, forIncident: Incident | undefined = incident) => {
		const next = templates.find((t) => t.id === id);
		if (!next) return;
		const store = browserStore();
		const key = forIncident ? incidentDraftKey(id, forIncident.uid) : draftKey(id);
		const loaded = loadSaved(store, key, DRAFT_VERSION, validateDraft);
		let nextValues: FieldValues;
		let nextFilled: FieldValues = {};
		if (loaded.status === 'loaded') {
			nextValues = withStartingValues(next, loaded.value.values, at);
			nextFilled = loaded.value.filled ?? {};
		} else {
			nextValues = startingValues(next, at);
			if (loaded.status === 'reset') setNotices((list) => [...list, { tone: 'warning', text: loaded.notice }]);
		}
		if (forIncident) {
			const { severity: _severity, ...known } = templateValuesFromIncident(forIncident, next, { levels, milestones, now: at.getTime() });
			const refill = refillFromIncident(nextValues, nextFilled, known, loaded.status !== 'loaded');
			nextValues = refill.values;
			nextFilled = refill.filled;
		}
		const base: Draft = loaded.status === 'loaded' ? loaded.value : { values: {} };
		const content = forIncident ? { values: nextValues, filled: nextFilled } : { values: nextValues };
		let opened: Draft = { ...content, stamps: stampChanges(base, content, base.stamps ?? {}, clock) };
		if (forIncident || loaded.status !== 'loaded') {
			// Save at once so a start time defaulted to "now" does not move on the next visit.
			const synced = syncDraft(store, key, opened);
			setSaveFailed(!synced.saved);
			opened = synced.draft;
		}
		setTemplateId(id);
		show(opened);
		setFormat(formatsFor(next.format)[0]!);
		setConfirmingClear(false);
		setStatus(undefined);
	};

	// Start: URL parameters first, then the last template and severity used in this browser.
	useEffect(() => {
		const store = browserStore();
		const { state, notices: urlNotices } = parseUrlState(window.location.search, {
			template: parsers.oneOf(templates.map((t) => t.id)),
			severity: parsers.oneOf(severities.map((s) => s.id)),
		});
		const prefs = loadSaved(store, PREFERENCES_KEY, DRAFT_VERSION, validatePreferences);
		const choice = startingChoice(
			templates,
			severities.map((s) => s.id),
			state,
			prefs.status === 'loaded' ? prefs.value : {}
		);
		const startNotices: Notice[] = urlNotices.map((text) => ({ tone: 'warning', text }));
		// The incidents open in the console; the link's incident is filled in at once.
		const open = readOpenIncidents(browserStorage());
		const wanted = incidentParam(window.location.search);
		const chosen = wanted ? open.find((i) => i.uid === wanted) : undefined;
		if (wanted && !chosen) startNotices.push({ tone: 'warning', text: 'The incident this link names is not open in this browser, so nothing was filled from it.' });
		setOpenIncidents(open);
		setIncident(chosen);
		setNotices(startNotices);
		const incidentSeverity = chosen ? severityOf(chosen) : undefined;
		setSeverityId(incidentSeverity && severities.some((s) => s.id === incidentSeverity) ? incidentSeverity : choice.severity);
		openTemplate(choice.template, new Date(), chosen);
		setMounted(true);
		const tick = setInterval(() => setNow(new Date()), TICK_MS);
		return () => clearInterval(tick);
	}, []);

	// Keep the URL and the preferences in step with the choice, so a link or a reload shows the same.
	useEffect(() => {
		if (!mounted) return;
		const search = buildSearch({ template: templateId, severity: severityId, incident: incident?.uid });
		window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
		saveState(browserStore(), PREFERENCES_KEY, DRAFT_VERSION, { template: templateId, severity: severityId });
	}, [mounted, templateId, severityId, incident?.uid]);

	// The incident changed in the console (a milestone, an update sent): fill again, keeping edits.
	useEffect(() => {
		if (!incident) return;
		const onStorage = (event: StorageEvent) => {
			if (event.key !== incidentKey(incident.uid)) return;
			const fresh = readOpenIncidents(browserStorage());
			setOpenIncidents(fresh);
			const updated = chooseIncident(fresh, incident.uid);
			if (updated?.uid !== incident.uid) return;
			setIncident(updated);
			openTemplate(templateId, new Date(), updated);
		};
		window.addEventListener('storage', onStorage);
		return () => window.removeEventListener('storage', onStorage);
	}, [templateId, incident]);

	/** The key of the draft on screen: the template's own, or its draft for the incident. */
	const currentKey = incident ? incidentDraftKey(templateId, incident.uid) : draftKey(templateId);

	/** Stores `next` merged with the stored draft and shows the merge, saying what another tab changed. */
	const sync = (next: Draft) => {
		const synced = syncDraft(browserStore(), currentKey, next);
		setSaveFailed(!synced.saved);
		if (synced.saved) setSavedAt(new Date());
		const fromOtherTab = changedFields(next.values, synced.draft.values);
		show(synced.draft);
		if (fromOtherTab.length > 0) setStatus(otherTabNotice(model, fromOtherTab));
	};

	// Another tab edited this draft: merge its edits into this one, field by field.
	useEffect(() => {
		const onStorage = (event: StorageEvent) => {
			if (event.key === currentKey) sync(current.current);
		};
		window.addEventListener('storage', onStorage);
		return () => window.removeEventListener('storage', onStorage);
	}, [currentKey, model]);

	const rendered = useMemo(() => {
		const subject = model.subject ? fillLines(model.subject, model, values, context) : undefined;
		const body = fillLines(model.body, model, values, context);
		const formattedBody = applyFormat(body, format, model.format);
		const subjectEmpty = subject ? emptyFields(subject) : [];
		const bodyEmpty = emptyFields(body);
		return {
			subject,
			body: formattedBody,
			subjectText: subject ? linesToText(subject) : '',
			bodyText: linesToText(formattedBody),
			subjectEmpty,
			bodyEmpty,
			allEmpty: [...new Set([...subjectEmpty, ...bodyEmpty])],
		};
	}, [model, values, format, now, severity]);

	const controlId = (fieldId: string) => `tg-${model.id}-${fieldId}`;

	/** An edit of the values: the changed fields stamped, saved merged with the stored draft. */
	const save = (next: FieldValues) => {
		const before = current.current;
		const content = before.filled ? { values: next, filled: before.filled } : { values: next };
		sync({ ...content, stamps: stampChanges(before, content, before.stamps ?? {}, clock) });
	};
	const setValue = (fieldId: string, value: string) => save({ ...current.current.values, [fieldId]: value });
	const resetComputed = (fieldId: string) => {
		const next = { ...current.current.values };
		delete next[fieldId];
		save(next);
		document.getElementById(controlId(fieldId))?.focus();
	};
	const focusField = (fieldId: string) => {
		const element = document.getElementById(controlId(fieldId));
		if (!element) return;
		element.scrollIntoView({ block: 'center' });
		element.focus({ preventScroll: true });
	};
	const startNextUpdate = (numberField: string) => {
		const { values: next, number } = nextUpdateValues(model, current.current.values, numberField, new Date());
		save(next);
		setStatus({ tone: 'info', text: `Update #${number} started: the number counted up and the update time is now.` });
	};

	/** Logs a copy or download in the incident the draft is for; says so (or why not). */
	const logged = (what: 'subject' | 'body' | 'download') => {
		if (!incident) return '';
		const written = logToIncident(browserStorage(), incident.uid, copiedEntry(model.id, model.title, what));
		return written.ok ? ` Logged in ${incidentName(incident)}.` : ` It could not be logged in ${incidentName(incident)} (closed, or storage unavailable).`;
	};
	const practice = incident?.practice === true;
	const copy = async (what: 'subject' | 'body') => {
		const text = practiceText(what === 'subject' ? rendered.subjectText : rendered.bodyText, practice, what === 'subject');
		const element = document.getElementById(what === 'subject' ? 'tg-subject-preview' : 'tg-body-preview');
		const result = await copyWithFallback(text, copiedMessage(what, format), () => element && selectContents(element));
		setStatus(result.ok ? { tone: 'success', text: `${copiedMessage(what, format)}${logged(what)}` } : { tone: 'warning', text: result.error });
	};
	const download = () => {
		const id = model.fileNameFrom ? fieldValueText(model, model.fileNameFrom, values, context) : undefined;
		const name = reportFileName(id);
		downloadText(name, practiceText(rendered.bodyText, practice), 'text/markdown;charset=utf-8');
		setStatus({ tone: 'success', text: `Saved ${name} to your downloads.${logged('download')}` });
	};
	const fillFrom = (picked: Incident | undefined) => {
		// The stored copy: the console may have logged more since this page read it.
		const fresh = readOpenIncidents(browserStorage());
		setOpenIncidents(fresh);
		const chosen = picked && (fresh.find((i) => i.uid === picked.uid) ?? picked);
		setIncident(chosen);
		const level = chosen ? severityOf(chosen) : '';
		if (chosen && severities.some((s) => s.id === level)) setSeverityId(level);
		openTemplate(model.id, new Date(), chosen);
		setStatus({
			tone: 'info',
			text: chosen
				? `Filled from ${incidentName(chosen)}: every field the incident knows. What you edit stays as you write it.`
				: 'No longer filled from an incident: this is the template’s own draft.',
		});
	};
	const clearDraft = () => {
		// Every field gets a stamp, a removed one too: no older value from another tab comes back.
		save(startingValues(model, new Date()));
		setConfirmingClear(false);
		setStatus({ tone: 'info', text: `The draft of “${model.title}” was cleared.` });
		headingRef.current?.focus();
	};

	const formats = formatsFor(model.format);
	const usesSeverity = templateUsesSeverity(model);
	const sections = sectionsOf(model);
	const firstUpdate = firstUpdateNotice(model, values, context);
	const filledCount = fillableCount(model);

	return (
		// The server renders the first template, blank; until the browser's drafts are read the form
		// takes no input (inert), so nothing typed before then is overwritten by a saved draft.
		<div class="tool template-generator not-content" data-pagefind-ignore inert={!mounted} aria-busy={mounted ? undefined : 'true'}>
			{notices.map((notice) => (
				<p class={`tool-notice tool-notice--${notice.tone}`}>{notice.text}</p>
			))}

			{incident ? (
				<div class={`tool-notice${practice ? ' tool-notice--warning' : ''} tg-incident`}>
					<p>
						{practice && <strong>PRACTICE — not a real incident. Everything copied from here says PRACTICE. </strong>}
						Filled from <a href={consoleHref}>{incidentName(incident)}</a>: {textField(incident, 'title')}. The incident’s
						facts fill the fields; what you edit stays as you write it.
					</p>
					<div class="tool-actions">
						<button type="button" class="tool-button" onClick={() => fillFrom(incident)}>
							Fill again from {incidentName(incident)}
						</button>
						<button type="button" class="tool-button" onClick={() => fillFrom(undefined)}>
							Stop filling from the incident
						</button>
					</div>
				</div>
			) : (
				openIncidents.length > 0 && (
					<div class="tool-notice tg-incident">
						<p>An incident is open in this browser’s incident console.</p>
						<div class="tool-actions">
							{openIncidents.map((open) => (
								<button type="button" class="tool-button tool-button--primary" key={open.uid} onClick={() => fillFrom(open)}>
									Fill from incident {incidentName(open)}
								</button>
							))}
						</div>
					</div>
				)
			)}

			<div class="tg-pickers">
				<div class="tool-field">
					<label for="tg-template">Template</label>
					<select
						id="tg-template"
						value={model.id}
						onChange={(event) => openTemplate((event.currentTarget as HTMLSelectElement).value, new Date())}
					>
						{templates.map((template) => (
							<option value={template.id}>
								{template.title} ({template.audience})
							</option>
						))}
					</select>
					<p class="tool-hint">
						Goes to: {model.channel}.{' '}
						{guideLinks[model.id] && <a href={guideLinks[model.id]}>See it in the guide</a>}
					</p>
				</div>
				{usesSeverity && (
					<div class="tool-field">
						<label for="tg-severity">Incident severity</label>
						<select
							id="tg-severity"
							value={severityId}
							onChange={(event) => setSeverityId((event.currentTarget as HTMLSelectElement).value)}
						>
							{severities.map((level) => (
								<option value={level.id}>
									{level.label} — {level.name}
								</option>
							))}
						</select>
						<p class="tool-hint">
							{severity ? `${severity.label}: ${severity.communication.detail}.` : 'Choose the severity.'}
						</p>
					</div>
				)}
			</div>
			{model.severity && severity && severity.id !== model.severity && (
				<p class="tool-notice tool-notice--warning">
					The guide wrote this template for {severities.find((s) => s.id === model.severity)?.label ?? model.severity}{' '}
					incidents. Its severity lines and next-update times now follow {severity.label}; read the rest of the wording
					before you send it.
				</p>
			)}

			<div class="tg-layout">
				<form class="tg-form" onSubmit={(event) => event.preventDefault()} aria-labelledby="tg-form-heading">
					<h2 id="tg-form-heading" ref={headingRef} tabIndex={-1}>
						Fill in: {model.title}
					</h2>
					<p class="tg-saved">
						{savedNote(saveFailed, savedAt)}{' '}
						<a href="#tg-output-heading" class="tg-skip">
							Skip to the preview
						</a>
					</p>
					{firstUpdate && <p class={`tool-notice tool-notice--${firstUpdate.tone}`}>{firstUpdate.text}</p>}

					{sections.map((section) => (
						<fieldset class="tg-section">
							<legend>{section}</legend>
							{model.fields
								.filter((field) => field.section === section && field.kind !== 'severity')
								.map((field) => (
									<FieldControl
										key={`${model.id}-${field.id}`}
										field={field}
										controlId={controlId(field.id)}
										value={field.kind === 'computed' && !Object.hasOwn(values, field.id) ? undefined : values[field.id] ?? ''}
										computed={field.kind === 'computed' ? computeField(field, model, values, context) : undefined}
										now={() => new Date()}
										onChange={(value) => setValue(field.id, value)}
										{...(field.kind === 'computed' ? { onReset: () => resetComputed(field.id) } : {})}
										{...(field.kind === 'number' && field.tokens.includes('[#N]')
											? { onNextUpdate: () => startNextUpdate(field.id) }
											: {})}
									/>
								))}
						</fieldset>
					))}

					<div class="tg-clear">
						{confirmingClear ? (
							<div
								class="tool-notice tool-notice--warning"
								role="group"
								aria-labelledby="tg-clear-question"
								onKeyDown={(event) => {
									// Escape backs out of the question, as "Keep it" does.
									if (event.key !== 'Escape') return;
									setConfirmingClear(false);
									requestAnimationFrame(() => clearRef.current?.focus());
								}}
							>
								<p id="tg-clear-question">
									Clear every field of “{model.title}”? What you typed is deleted from this browser and cannot be
									brought back.
								</p>
								<div class="tool-actions">
									<button type="button" class="tool-button" onClick={clearDraft}>
										Yes, clear the draft
									</button>
									<button
										type="button"
										class="tool-button tool-button--primary"
										ref={keepRef}
										onClick={() => {
											setConfirmingClear(false);
											requestAnimationFrame(() => clearRef.current?.focus());
										}}
									>
										Keep it
									</button>
								</div>
							</div>
						) : (
							<button
								type="button"
								class="tool-button"
								ref={clearRef}
								onClick={() => {
									setConfirmingClear(true);
									requestAnimationFrame(() => keepRef.current?.focus());
								}}
							>
								Clear this draft…
							</button>
						)}
					</div>
				</form>

				<section class="tg-output" aria-labelledby="tg-output-heading">
					<h2 id="tg-output-heading" tabIndex={-1}>
						Preview
					</h2>
					<p class="tg-summary">
						{fillSummary(rendered.allEmpty.length, filledCount)}{' '}
						{rendered.allEmpty.length > 0 && (
							<button type="button" class="tg-link-button" onClick={() => focusField(rendered.allEmpty[0]!)}>
								Go to the first empty field
							</button>
						)}
					</p>

					{rendered.subject && (
						<div class="tg-block">
							<div class="tg-block-head">
								<h3 class="tg-block-title">Subject</h3>
								<CopyButton
									label="Copy subject"
									armedVerb="copy"
									empty={rendered.subjectEmpty.length}
									textKey={rendered.subjectText}
									onAct={() => void copy('subject')}
									onArmed={(text) => setStatus({ tone: 'warning', text })}
								/>
							</div>
							<Preview
								id="tg-subject-preview"
								label="Subject preview"
								lines={rendered.subject}
								variant="subject"
								onPickField={focusField}
							/>
						</div>
					)}

					<div class="tg-block">
						<div class="tg-block-head">
							<h3 class="tg-block-title">{model.subject ? 'Body' : 'Report'}</h3>
							<fieldset class="tg-formats">
								<legend class="sr-only">Format of the {model.subject ? 'body' : 'report'}</legend>
								{formats.map((option) => (
									<label>
										<input
											type="radio"
											name="tg-format"
											value={option}
											checked={format === option}
											onChange={() => setFormat(option)}
										/>{' '}
										{FORMAT_LABELS[option]}
									</label>
								))}
							</fieldset>
						</div>
						<div class="tool-actions">
							<CopyButton
								label={model.subject ? 'Copy body' : 'Copy report'}
								armedVerb="copy"
								primary
								empty={rendered.bodyEmpty.length}
								textKey={rendered.bodyText}
								onAct={() => void copy('body')}
								onArmed={(text) => setStatus({ tone: 'warning', text })}
							/>
							{model.fileNameFrom && format === 'markdown' && (
								<CopyButton
									label={`Download ${reportFileName(fieldValueText(model, model.fileNameFrom, values, context))}`}
									armedVerb="download"
									empty={rendered.bodyEmpty.length}
									textKey={rendered.bodyText}
									onAct={download}
									onArmed={(text) => setStatus({ tone: 'warning', text })}
								/>
							)}
						</div>
						<div class="tg-status" aria-live="polite" role="status">
							{status && <p class={`tool-notice tool-notice--${status.tone}`}>{status.text}</p>}
						</div>
						<Preview
							id="tg-body-preview"
							label={`${model.subject ? 'Body' : 'Report'} preview, ${FORMAT_LABELS[format]}`}
							lines={rendered.body}
							variant="body"
							onPickField={focusField}
						/>
					</div>
				</section>
			</div>
		</div>
	);
}

