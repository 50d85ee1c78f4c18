/**
 * The console's state: the incidents of this browser, kept in localStorage through
 * src/lib/incident/storage.ts. Every change is saved at once (merged with what is stored), another
 * tab's change arrives by the `storage` event and is merged, never overwriting; a handoff link
 * (#incident=…) is imported on load. Storage problems become notices; the data stays on screen.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { handoffFromHash } from '~/lib/incident/keys';
import {
	editContext,
	importInto,
	incidentJson,
	latestEdit,
	mergeIncidents,
	type EditContext,
	type Incident,
	type SeverityLevelInfo,
} from '~/lib/incident/record';
import {
	browserStorage,
	discardKey,
	loadIncidents,
	readStorageEvent,
	saveIncident,
	saveIndex,
	type StorageProblem,
} from '~/lib/incident/storage';

export interface Notice {
	id: number;
	kind: 'info' | 'success' | 'warning';
	text: string;
	problem?: StorageProblem;
}

export function useIncidents(levels: readonly SeverityLevelInfo[]) {
	const ctx = useMemo<EditContext>(() => editContext(), []);
	const [incidents, setIncidents] = useState<Incident[]>([]);
	const [ready, setReady] = useState(false);
	const [notices, setNotices] = useState<Notice[]>([]);
	const current = useRef<Incident[]>([]);
	const nextNotice = useRef(1);
	/** Called with the uid of an incident a handoff link brought in (the console selects it). */
	const onImported = useRef<((uid: string) => void) | undefined>();

	const notify = (kind: Notice['kind'], text: string, problem?: StorageProblem) => {
		setNotices((list) => {
			// One notice per storage problem kind and key: a full storage is said once, not per keystroke.
			const same = (n: Notice) => problem !== undefined && n.problem?.kind === problem.kind && (n.problem.kind !== 'corrupt' || (problem.kind === 'corrupt' && n.problem.key === problem.key));
			if (list.some(same)) return list;
			return [...list, { id: nextNotice.current++, kind, text, ...(problem ? { problem } : {}) }];
		});
	};
	const problemNotice = (problem: StorageProblem) =>
		notify(
			'warning',
			problem.kind === 'corrupt'
				? `Some saved incident data could not be read (${problem.reason}). It is kept as it was: download it to look at it or to recover it by hand.`
				: problem.message,
			problem
		);
	const dismiss = (id: number) => setNotices((list) => list.filter((n) => n.id !== id));

	const publish = (list: Incident[]) => {
		current.current = list;
		setIncidents(list);
		const problem = saveIndex(browserStorage(), list, levels);
		if (problem) problemNotice(problem);
	};

	/** Saves one incident (merged with the stored copy) and shows the merge. */
	const store = (incident: Incident, list = current.current) => {
		const result = saveIncident(browserStorage(), incident);
		if (!result.ok) problemNotice(result.problem);
		ctx.clock.observe(latestEdit(result.stored));
		const index = list.findIndex((i) => i.uid === incident.uid);
		const next = index === -1 ? [...list, result.stored] : list.map((i, n) => (n === index ? result.stored : i));
		publish(next);
		return result.stored;
	};

	/** Applies an edit to one incident and saves it. */
	const change = (uid: string, edit: (incident: Incident, ctx: EditContext) => Incident) => {
		const incident = current.current.find((i) => i.uid === uid);
		if (!incident) return;
		const edited = edit(incident, ctx);
		if (edited !== incident) store(edited);
	};

	const add = (incident: Incident) => store(incident);

	/** Imports an incident (link or file): merged by uid and entry id with what is here. */
	const importIncident = (incident: Incident): { merged: boolean } => {
		const { incidents: list, merged } = importInto(current.current, incident);
		const result = list.find((i) => i.uid === incident.uid)!;
		store(result, current.current);
		return { merged };
	};

	useEffect(() => {
		const { incidents: loaded, problems } = loadIncidents(browserStorage());
		for (const incident of loaded) ctx.clock.observe(latestEdit(incident));
		for (const problem of problems) problemNotice(problem);
		publish(loaded);
		setReady(true);

		// A handoff link (#incident=…): on load, and when one is opened in this tab later.
		const importFromHash = () => {
			const fragment = handoffFromHash(location.hash);
			if (fragment === undefined) return;
			// The decoder (decompression, validation) loads only when a link is opened.
			void import('~/lib/incident/transfer').then(({ decodeHandoff }) => decodeHandoff(fragment)).then((checked) => {
				// The link has done its job: take it out of the address bar (and the history).
				history.replaceState(null, '', location.pathname + location.search);
				if (!checked.ok) {
					notify('warning', `The handoff link could not be imported: ${checked.reason}.`);
					return;
				}
				const { merged } = importIncident(checked.value);
				onImported.current?.(checked.value.uid);
				notify(
					'success',
					merged
						? `Handoff link imported: ${checked.value.id} merged with the copy already in this browser.`
						: `Handoff link imported: ${checked.value.id} is now in this browser.`
				);
			});
		};
		importFromHash();
		window.addEventListener('hashchange', importFromHash);

		const onStorage = (event: StorageEvent) => {
			const { incident, problem } = readStorageEvent(event.key, event.newValue);
			if (problem) problemNotice(problem);
			if (!incident) return;
			ctx.clock.observe(latestEdit(incident));
			const mine = current.current.find((i) => i.uid === incident.uid);
			const merged = mine ? mergeIncidents(mine, incident) : incident;
			if (mine && incidentJson(merged) !== incidentJson(incident)) {
				// This tab has edits the other one did not have when it wrote: store the merge.
				store(merged);
				return;
			}
			const list = mine ? current.current.map((i) => (i.uid === incident.uid ? merged : i)) : [...current.current, merged];
			publish(list);
		};
		window.addEventListener('storage', onStorage);
		return () => {
			window.removeEventListener('storage', onStorage);
			window.removeEventListener('hashchange', importFromHash);
		};
	}, []);

	const discard = (notice: Notice) => {
		if (notice.problem?.kind === 'corrupt') discardKey(browserStorage(), notice.problem.key);
		dismiss(notice.id);
	};

	return { incidents, ready, notices, notify, dismiss, discard, change, add, importIncident, ctx, onImported };
}
