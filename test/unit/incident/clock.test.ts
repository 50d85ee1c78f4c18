import { describe, expect, it } from 'vitest';
import { currentPhase, elapsedMinutes, formatCountdown, formatElapsedClock, nextUpdateDueAt, parsePhaseWindow, updateState } from '~/lib/incident/clock';
import { markUpdateSent, setStatus, snooze, type Incident } from '~/lib/incident/record';
import { MIN, T0, declared, fakeTab, loadIncidentData } from '../../helpers/incident';

const data = loadIncidentData();
const level = (id: string) => data.severityLevels.find((l) => l.id === id)!;

describe('phase windows', () => {
	it('reads every window of the real response-phases.yaml', () => {
		expect(data.responsePhases.map((phase) => [phase.id, parsePhaseWindow(phase.window)])).toEqual([
			['detection', { from: 0, to: 5, afterIncident: false }],
			['triage', { from: 5, to: 15, afterIncident: false }],
			['mitigation', { from: 15, to: 60, afterIncident: false }],
			['resolution', { from: 60, to: undefined, afterIncident: false }],
			['post-incident', { from: 1440, to: 4320, afterIncident: true }],
		]);
	});

	it('reads the other ways of writing a window, and refuses what it cannot read', () => {
		expect(parsePhaseWindow('60+ minutes')).toEqual({ from: 60, to: undefined, afterIncident: false });
		expect(parsePhaseWindow('1 - 2 hours')).toEqual({ from: 60, to: 120, afterIncident: true });
		expect(() => parsePhaseWindow('soon')).toThrow(/not "A-B minutes"/);
		expect(() => parsePhaseWindow('10-5 minutes')).toThrow(/ends before/);
	});

	it('gives the guide’s phase for the elapsed time: 60+ is the last, Post-Incident after resolving', () => {
		const at = (minutes: number, status?: 'open' | 'resolved') => currentPhase(data.responsePhases, minutes, status).id;
		expect([0, 4, 5, 14, 15, 59, 60, 600, 5000].map((m) => at(m))).toEqual([
			'detection', 'detection', 'triage', 'triage', 'mitigation', 'mitigation', 'resolution', 'resolution', 'resolution',
		]);
		expect(at(30, 'resolved')).toBe('post-incident');
	});
});

describe('elapsed', () => {
	it('counts whole minutes from the start, never negative', () => {
		const incident = declared(fakeTab('a', { now: T0 }));
		expect(elapsedMinutes(incident, T0 + 90 * MIN + 59_000)).toBe(90);
		expect(elapsedMinutes(incident, T0 - MIN)).toBe(0);
		expect(formatElapsedClock(3_723_000)).toBe('1:02:03');
		expect(formatCountdown(30_000)).toBe('under a minute');
		expect(formatCountdown(65 * MIN)).toBe('1 h 5 min');
		expect(formatCountdown(14 * MIN + 59_000)).toBe('15 min');
		expect(formatCountdown(14 * MIN + 59_000, true)).toBe('14 min');
	});
});

describe('update cadence', () => {
	it('SEV1: first update within 15 minutes of the start, then every 30 after the last one sent', () => {
		const time = { now: T0 };
		const tab = fakeTab('a', time);
		let incident = declared(tab, { severity: 'sev1' });
		expect(level('sev1').communication).toMatchObject({ firstUpdateWithinMinutes: 15, everyMinutes: 30 });
		expect(nextUpdateDueAt(incident, level('sev1'))).toBe(T0 + 15 * MIN);
		expect(updateState(incident, data.severityLevels, T0 + 10 * MIN)).toMatchObject({ kind: 'counting', remainingMs: 5 * MIN, number: 1, label: 'SEV1' });
		expect(updateState(incident, data.severityLevels, T0 + 16 * MIN)).toMatchObject({ kind: 'due', overdueMs: MIN, number: 1 });
		time.now = T0 + 17 * MIN;
		incident = markUpdateSent(incident, tab);
		expect(nextUpdateDueAt(incident, level('sev1'))).toBe(T0 + 47 * MIN);
		expect(updateState(incident, data.severityLevels, T0 + 20 * MIN)).toMatchObject({ kind: 'counting', number: 2 });
	});

	it('SEV2: within 30 minutes, then hourly', () => {
		const incident = declared(fakeTab('a', { now: T0 }), { severity: 'sev2' });
		expect(nextUpdateDueAt(incident, level('sev2'))).toBe(T0 + 30 * MIN);
	});

	it('SEV3 and SEV4 have no cadence in the data: no countdown, the level’s own words instead', () => {
		for (const id of ['sev3', 'sev4']) {
			expect(level(id).communication.everyMinutes).toBeUndefined();
			expect(level(id).communication.firstUpdateWithinMinutes).toBeUndefined();
			const incident = declared(fakeTab('a', { now: T0 }), { severity: id });
			expect(nextUpdateDueAt(incident, level(id))).toBeUndefined();
			expect(updateState(incident, data.severityLevels, T0 + 600 * MIN)).toEqual({ kind: 'no-cadence', detail: level(id).communication.detail, label: level(id).label });
		}
	});

	it('snooze holds the reminder until its end; a later snooze end than the due time only', () => {
		const time = { now: T0 };
		const tab = fakeTab('a', time);
		let incident: Incident = declared(tab);
		incident = snooze(incident, T0 + 20 * MIN, tab);
		expect(updateState(incident, data.severityLevels, T0 + 16 * MIN)).toMatchObject({ kind: 'snoozed', until: T0 + 20 * MIN });
		expect(updateState(incident, data.severityLevels, T0 + 21 * MIN)).toMatchObject({ kind: 'due' });
		incident = markUpdateSent(incident, tab);
		expect(updateState(incident, data.severityLevels, T0 + 21 * MIN)).toMatchObject({ kind: 'counting' });
	});

	it('a resolved incident has no reminder', () => {
		const tab = fakeTab('a', { now: T0 });
		const incident = setStatus(declared(tab), 'resolved', tab);
		expect(updateState(incident, data.severityLevels, T0 + 100 * MIN)).toEqual({ kind: 'closed' });
	});
});
