/** The storage keys of the incident console, shared with the bar on every page (src/client/incident-bar.ts). */
export const INCIDENT_KEY_PREFIX = 'engram-runbook:incident:';
export const INDEX_KEY = 'engram-runbook:incident-index';
