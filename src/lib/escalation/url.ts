/**
 * The escalation lookup's link parameters (shared URL contract, /tools/escalation/):
 * `q` (search text), `severity` (sev1..sev4), `minutes` (whole minutes since the incident
 * started) and `triggers` (comma list of trigger ids from content/data/escalation-levels.yaml).
 */
import { buildSearch, parsers, type ParamSpec } from '../shared/url-state';
import { MAX_INCIDENT_MINUTES } from '../time/duration-input';
import { MAX_QUERY_CHARACTERS } from './lookup';

/** The lookup's state as it travels in a link. */
export interface EscalationUrlState {
	q: string;
	severity: string;
	minutes: number;
	triggers: string[];
}

/** Parsers for the parameters, closed over the real severity and trigger ids. */
export function escalationParamSpec(
	severityIds: readonly string[],
	triggerIds: readonly string[]
): ParamSpec<EscalationUrlState> {
	return {
		q: parsers.text(MAX_QUERY_CHARACTERS),
		severity: parsers.oneOf(severityIds),
		minutes: parsers.integer(0, MAX_INCIDENT_MINUTES),
		triggers: parsers.listOf(triggerIds),
	};
}

/** "?q=wal&severity=sev1&minutes=45&triggers=a,b", empty values left out; `q` is cut to the length a link may carry. */
export function buildEscalationSearch(state: Partial<EscalationUrlState>): string {
	// Commas are safe in a query string; leaving them plain keeps pasted links readable.
	return buildSearch({
		q: state.q?.slice(0, MAX_QUERY_CHARACTERS),
		severity: state.severity,
		minutes: state.minutes === undefined ? undefined : String(state.minutes),
		triggers: state.triggers && state.triggers.length > 0 ? state.triggers.join(',') : undefined,
	}).replace(/%2C/gi, ',');
}
