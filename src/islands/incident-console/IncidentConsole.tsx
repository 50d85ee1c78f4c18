/**
 * The incident console (/incident/): declare an incident, follow its clock and update cadence,
 * keep its log, hand it off, and read its timeline. State lives in this browser only
 * (useIncidents.ts → src/lib/incident/storage.ts); all logic is in src/lib/incident/.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { Heading } from '~/islands/shared/Heading';
import { declareIncident, levelOf, startedAt, statusOf, textField, type Incident } from '~/lib/incident/record';
import { updateState } from '~/lib/incident/clock';
import { formatCountdown } from '~/lib/incident/clock';
import { parseDeclareSearch } from '~/lib/incident/record';
import { ClockPanel, UpdateControls } from './ClockPanel';
import { DeclareForm } from './DeclareForm';
import { DetailsPanel, StatusActions } from './DetailsPanel';
import { downloadText } from '../shared/download';
import { HandoffPanel } from './HandoffPanel';
import { IncidentList } from './IncidentList';
import { LogPanel } from './LogPanel';
import { ReportPanel } from './ReportPanel';
import type { ConsoleProps } from './types';
import { useIncidents, type Notice } from './useIncidents';

type NotifyState = 'unsupported' | 'default' | 'granted' | 'denied';

function notificationState(): NotifyState {
	return typeof Notification === 'undefined' ? 'unsupported' : (Notification.permission as NotifyState);
}

export default function IncidentConsole(props: ConsoleProps) {
	const { levels, phases, milestones, metrics, defaultRoles, guide, templates, updateTemplate } = props;
	const store = useIncidents(levels);
	const { incidents, ready, notices } = store;
	const [selected, setSelected] = useState<string | undefined>();
	const [now, setNow] = useState(() => Date.now());
	const [message, setMessage] = useState<{ text: string; warning: boolean; n: number }>({ text: '', warning: false, n: 0 });
	const [notify, setNotify] = useState<NotifyState>('unsupported');
	const notified = useRef(new Set<string>());
	const baseTitle = useRef('');
	const selectedHeading = useRef<HTMLHeadingElement>(null);
	// Opened from the severity classifier (?declare=sev1&answers=…): the declare form comes first, prefilled.
	const [declareFrom, setDeclareFrom] = useState(() => parseDeclareSearch(location.search, levels.map((l) => l.id)));
	const templateHref = (id: string | undefined, uid: string) => `${guide.communication}?${id ? `template=${id}&` : ''}incident=${uid}`;

	store.onImported.current = setSelected;
	const announce = (text: string, warning = false) => setMessage((m) => ({ text, warning, n: m.n + 1 }));

	useEffect(() => {
		baseTitle.current = document.title;
		setNotify(notificationState());
		const timer = setInterval(() => setNow(Date.now()), 1000);
		return () => clearInterval(timer);
	}, []);

	const incident = incidents.find((i) => i.uid === selected) ?? [...incidents].filter((i) => statusOf(i) === 'open').sort((a, b) => startedAt(b) - startedAt(a))[0];
	const open = incidents.filter((i) => statusOf(i) === 'open');
	const due = open.map((i) => ({ incident: i, state: updateState(i, levels, now) })).filter((d) => d.state.kind === 'due');

	// The tab's title says when an update is due; a notification too, once per update, if allowed.
	useEffect(() => {
		if (!baseTitle.current) return;
		const first = due[0];
		document.title = first ? `⚠ Update due: ${first.incident.practice ? 'PRACTICE ' : ''}${first.incident.id} — ${baseTitle.current}` : baseTitle.current;
		// (The tab icon changes in src/client/incident-bar.ts, on every page.)
		if (notify !== 'granted') return;
		for (const { incident: i, state } of due) {
			const key = `${i.uid}:${state.kind === 'due' ? state.number : ''}`;
			if (notified.current.has(key)) continue;
			notified.current.add(key);
			try {
				new Notification(`${i.practice ? 'PRACTICE — ' : ''}Status update due: ${i.id}`, { body: textField(i, 'title'), tag: key });
			} catch {
				// Some browsers only allow notifications from a service worker: the banner still shows.
			}
		}
	}, [due.map((d) => d.incident.uid).join(','), notify]);

	const change = (edit: Parameters<typeof store.change>[1]) => incident && store.change(incident.uid, edit);

	const onNotifyMe = async () => {
		if (typeof Notification === 'undefined') return;
		const result = await Notification.requestPermission();
		setNotify(result as NotifyState);
		announce(result === 'granted' ? 'Notifications on: the browser will say when an update is due.' : 'Notifications were not allowed; the banner and the tab title still say when an update is due.');
	};

	const downloadRaw = (notice: Notice) => {
		const stamp = new Date().toISOString().replace(/[:.]/g, '-');
		if (notice.problem?.kind === 'corrupt') downloadText(`incident-raw-${stamp}.txt`, notice.problem.raw, 'text/plain;charset=utf-8');
		else downloadText(`incidents-${stamp}.json`, `${JSON.stringify({ format: 'engram-runbook-incidents', incidents }, null, 2)}\n`, 'application/json;charset=utf-8');
	};

	const level = incident ? levels.find((l) => l.id === levelOf(incident, levels)?.id) : undefined;
	const state = incident ? updateState(incident, levels, now) : undefined;

	const declareForm = (
		<DeclareForm
			levels={levels}
			defaultRoles={defaultRoles}
			headingLevel={2}
			from={declareFrom}
			onDeclare={(declaration) => {
				const created = declareIncident(declaration, incidents.map((i) => i.id), store.ctx);
				store.add(created);
				setSelected(created.uid);
				if (declareFrom) {
					// The classifier's link has done its job: a reload must not offer the form again.
					setDeclareFrom(undefined);
					history.replaceState(null, '', location.pathname + location.hash);
				}
				announce(`${created.practice ? 'PRACTICE incident' : 'Incident'} ${created.id} declared. Its clock is running.`);
				requestAnimationFrame(() => selectedHeading.current?.focus());
			}}
		/>
	);

	return (
		<div class="ic">
			<div class="ic-live" role="status" aria-live="polite">
				{notices.map((notice) => (
					<div class={`tool-notice tool-notice--${notice.kind}`} key={notice.id}>
						<p>{notice.text}</p>
						<div class="tool-actions">
							{notice.problem && (
								<button type="button" class="tool-button" onClick={() => downloadRaw(notice)}>
									{notice.problem.kind === 'corrupt' ? 'Download raw data' : 'Download all incident data'}
								</button>
							)}
							{notice.problem?.kind === 'corrupt' && (
								<button type="button" class="tool-button" onClick={() => store.discard(notice)}>
									Discard the unreadable data
								</button>
							)}
							<button type="button" class="tool-button" onClick={() => store.dismiss(notice.id)}>
								Dismiss
							</button>
						</div>
					</div>
				))}
				{message.text && (
					<p class={`tool-notice${message.warning ? ' tool-notice--warning' : ''} ic-message`} key={message.n}>
						{message.text}
					</p>
				)}
			</div>

			{due.map(({ incident: i, state: s }) => (
				<div class="ic-banner" role="alert" key={i.uid}>
					<p>
						<strong>
							{i.practice ? 'PRACTICE — ' : ''}Status update #{s.kind === 'due' ? s.number : ''} due for {i.id}
						</strong>{' '}
						({levelOf(i, levels)?.label}, {s.kind === 'due' ? `${formatCountdown(s.overdueMs, true)} overdue` : ''}). Send it, then press “Update sent”.{' '}
						<a href={templateHref(updateTemplate, i.uid)}>Write the update</a>
					</p>
					<UpdateControls state={s} now={now} change={(edit) => store.change(i.uid, edit)} />
				</div>
			))}

			{ready && incident && declareFrom && declareForm}
			{ready && incident && state && (
				<section class={`ic-selected${incident.practice ? ' ic-selected--practice' : ''}`} aria-labelledby="ic-selected-heading">
					<Heading level={2} id="ic-selected-heading" innerRef={selectedHeading} class="ic-selected__heading">
						{incident.practice && <span class="ic-practice">PRACTICE</span>} {incident.id}: {textField(incident, 'title')}
					</Heading>
					<p class="ic-selected__meta">
						<span class="ic-sev">{level?.label ?? '?'}</span> {level?.name} · {statusOf(incident) === 'open' ? 'Open' : statusOf(incident) === 'resolved' ? 'Resolved' : 'Archived'}
					</p>
					<StatusActions incident={incident} change={change} announce={announce} />
					<p class="ic-templates">
						Templates filled from this incident:{' '}
						{templates.map((t, n) => (
							<>
								{n > 0 && ' · '}
								<a href={templateHref(t.id, incident.uid)}>{t.title}</a>
							</>
						))}
					</p>
					<div class="ic-columns">
						<ClockPanel
							incident={incident}
							level={level}
							phases={phases}
							state={state}
							now={now}
							change={change}
							notifyState={notify}
							onNotifyMe={() => void onNotifyMe()}
							headingLevel={3}
						/>
						<LogPanel incident={incident} milestones={milestones} change={change} announce={announce} headingLevel={3} />
					</div>
					<DetailsPanel incident={incident} levels={levels} change={change} announce={announce} headingLevel={3} />
					<HandoffPanel
						incident={incident}
						levels={levels}
						milestones={milestones}
						now={now}
						guideHandoff={guide.handoff}
						onImport={(imported: Incident) => {
							const { merged } = store.importIncident(imported);
							setSelected(imported.uid);
							announce(merged ? `${imported.id} imported and merged with the copy here.` : `${imported.id} imported.`);
						}}
						announce={announce}
						headingLevel={3}
					/>
					<ReportPanel incident={incident} milestones={milestones} metrics={metrics} headingLevel={3} />
				</section>
			)}

			{ready && !incident && declareForm}
			{ready && (
				<IncidentList
					incidents={incidents}
					levels={levels}
					selected={incident?.uid}
					onSelect={(uid) => {
						setSelected(uid);
						requestAnimationFrame(() => selectedHeading.current?.focus());
					}}
					headingLevel={2}
				/>
			)}

			{ready && incident && !declareFrom && declareForm}
			{!ready && <p>Loading the incidents saved in this browser…</p>}
		</div>
	);
}
