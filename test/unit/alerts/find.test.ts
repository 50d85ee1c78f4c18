/** The alert-name box: any case or spacing to the alert's page, partial names to a short list. */
import { describe, expect, it } from 'vitest';
import { findAlert } from '~/lib/alerts/find';

const alerts = ['WALLagHigh', 'WALLagCritical', 'WALLagWarning', 'EngramDown', 'SpreadingLatencySLOBreach'].map((name) => ({
	name,
	href: `/alerts/${name}/`,
}));

describe('findAlert', () => {
	it.each(['WALLagHigh', 'wallaghigh', 'wal lag high', ' wal-lag-high ', 'WAL_LAG_HIGH'])('%j is WALLagHigh', (query) => {
		expect(findAlert(query, alerts)).toEqual({ kind: 'exact', alert: alerts[0] });
	});

	it('goes straight to the only alert that contains the words', () => {
		expect(findAlert('slo breach', alerts)).toMatchObject({ kind: 'exact', alert: { name: 'SpreadingLatencySLOBreach' } });
		expect(findAlert('down', alerts)).toMatchObject({ kind: 'exact', alert: { name: 'EngramDown' } });
	});

	it('lists several matches in the list order', () => {
		expect(findAlert('wal lag', alerts)).toEqual({ kind: 'matches', alerts: alerts.slice(0, 3) });
	});

	it('says nothing matched, and ignores an empty or markup-only query', () => {
		expect(findAlert('disk full', alerts)).toEqual({ kind: 'none' });
		expect(findAlert('   ', alerts)).toEqual({ kind: 'empty' });
		expect(findAlert('<>', alerts)).toEqual({ kind: 'empty' });
	});
});
