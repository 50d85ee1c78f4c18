/**
 * The archive index's filter (/incident-reports/): by severity, service and root cause, kept in
 * the page address (?severity=sev1&service=wal&cause=disk-full) so a filtered list can be shared.
 * Pure: the page's small script reads the list items' data attributes and calls these.
 */

export const FILTER_KEYS = ['severity', 'service', 'cause'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type FilterState = Partial<Record<FilterKey, string>>;

/** What one list item says about its report. */
export interface FilterItem {
	severity: string;
	services: readonly string[];
	cause: string;
}

/** The state in `search`, keeping only values that some report has (`options` per key). */
export function parseFilter(search: string, options: Record<FilterKey, readonly string[]>): { state: FilterState; ignored: string[] } {
	const params = new URLSearchParams(search);
	const state: FilterState = {};
	const ignored: string[] = [];
	for (const key of FILTER_KEYS) {
		const value = params.get(key);
		if (value === null || value === '') continue;
		if (options[key].includes(value)) state[key] = value;
		else ignored.push(key);
	}
	return { state, ignored };
}

/** "?severity=sev1&cause=disk-full" ("" when nothing is chosen), other parameters kept. */
export function filterSearch(state: FilterState, current = ''): string {
	const params = new URLSearchParams(current);
	for (const key of FILTER_KEYS) {
		const value = state[key];
		if (value) params.set(key, value);
		else params.delete(key);
	}
	const text = params.toString();
	return text === '' ? '' : `?${text}`;
}

export function matches(item: FilterItem, state: FilterState): boolean {
	return (
		(!state.severity || item.severity === state.severity) &&
		(!state.service || item.services.includes(state.service)) &&
		(!state.cause || item.cause === state.cause)
	);
}

/** "3 of 5 incidents shown." / "All 5 incidents shown." / "No incident matches…" */
export function countText(shown: number, total: number): string {
	if (shown === total) return `All ${total} incident${total === 1 ? '' : 's'} shown.`;
	if (shown === 0) return `No incident matches these filters (${total} in the archive).`;
	return `${shown} of ${total} incidents shown.`;
}
