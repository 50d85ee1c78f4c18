/** The storage keys of the incident console, shared with the bar on every page (src/client/incident-bar.ts). */
export const INCIDENT_KEY_PREFIX = 'engram-runbook:incident:';
export const INDEX_KEY = 'engram-runbook:incident-index';

/** The fragment key of a handoff link: #incident=… */
export const FRAGMENT_KEY = 'incident';

/** The `incident=` value of a location hash ("#incident=…"), or undefined when there is none. */
export function handoffFromHash(hash: string): string | undefined {
	const body = hash.replace(/^#/, '');
	for (const part of body.split('&')) {
		if (part.startsWith(`${FRAGMENT_KEY}=`)) return part.slice(FRAGMENT_KEY.length + 1);
	}
	return undefined;
}
