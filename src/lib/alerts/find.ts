/**
 * The home page's alert-name box: from what someone typed (the name as Prometheus shows it, or
 * close: "wal lag high", "WALLagHigh", "wal-lag-high") to the alert's page. Pure.
 */
import { alertSlug } from './slug';

export interface AlertLink {
	name: string;
	href: string;
}

export type AlertFind =
	| { kind: 'empty' }
	/** The name, in any case or spacing: go straight to its page. */
	| { kind: 'exact'; alert: AlertLink }
	/** Alerts whose name contains what was typed, in the list's order (at most `limit`). */
	| { kind: 'matches'; alerts: AlertLink[] }
	| { kind: 'none' };

export function findAlert(query: string, alerts: readonly AlertLink[], limit = 8): AlertFind {
	const wanted = alertSlug(query.slice(0, 200));
	if (wanted === '') return { kind: 'empty' };
	const exact = alerts.find((alert) => alertSlug(alert.name) === wanted);
	if (exact) return { kind: 'exact', alert: exact };
	const squashed = wanted.replace(/-/g, '');
	const matches = alerts.filter((alert) => alertSlug(alert.name).replace(/-/g, '').includes(squashed));
	if (matches.length === 1) return { kind: 'exact', alert: matches[0]! };
	return matches.length > 0 ? { kind: 'matches', alerts: matches.slice(0, limit) } : { kind: 'none' };
}
