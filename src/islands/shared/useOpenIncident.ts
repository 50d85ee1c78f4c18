/**
 * The incident a tool works for: the open incident of this browser's incident console (the
 * link's `?incident=<uid>`, else the most recently started open one), read after hydration and
 * again when the console changes it in another tab. `log` writes a tool entry into its log
 * (src/lib/incident/tool-link.ts): nothing leaves the browser.
 */
import { useEffect, useState } from 'preact/hooks';
import { INCIDENT_KEY_PREFIX, browserStorage } from '~/lib/incident/storage';
import { chooseIncident, incidentParam, logOnce, logToIncident, readOpenIncidents, type ToolEntry, type ToolWrite } from '~/lib/incident/tool-link';
import type { Incident } from '~/lib/incident/record';

export function useOpenIncident() {
	const [incident, setIncident] = useState<Incident | undefined>();
	useEffect(() => {
		const wanted = incidentParam(window.location.search);
		const read = () => setIncident(chooseIncident(readOpenIncidents(browserStorage()), wanted));
		read();
		const onStorage = (event: StorageEvent) => {
			if (event.key === null || event.key.startsWith(INCIDENT_KEY_PREFIX)) read();
		};
		window.addEventListener('storage', onStorage);
		return () => window.removeEventListener('storage', onStorage);
	}, []);
	/** Writes a tool entry (once per source and kind when `once`) and shows the stored incident. */
	const log = (entry: ToolEntry, once = false): ToolWrite | undefined => {
		if (!incident) return undefined;
		const written = (once ? logOnce : logToIncident)(browserStorage(), incident.uid, entry);
		if (written.incident) setIncident(written.incident);
		return written;
	};
	return { incident, setIncident, log };
}
