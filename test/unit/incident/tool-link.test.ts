import { describe, expect, it } from 'vitest';
import { incidentKey, loadIncidents, saveIncident } from '~/lib/incident/storage';
import { classifierOf, declareSearch, logEntries, parseDeclareSearch, setStatus } from '~/lib/incident/record';
import { chooseIncident, classificationChange, hasToolEntry, incidentParam, logOnce, logToIncident, recordClassification } from '~/lib/incident/tool-link';
import { FakeStorage, MIN, T0, declared, fakeTab, loadIncidentData } from '../../helpers/incident';

const data = loadIncidentData();
const now = () => T0 + 20 * MIN;

describe('tools and the open incident', () => {
	it('works for the link’s incident when it is open, else the most recently started open one', () => {
		const tab = fakeTab('a', { now: T0 });
		const older = declared(tab, { startedAt: T0 - 60 * MIN });
		const newer = declared(tab, { startedAt: T0 }, [older.id]);
		const closed = setStatus(declared(tab, { startedAt: T0 + MIN }, [older.id, newer.id]), 'resolved', tab);
		expect(chooseIncident([older, newer, closed])?.uid).toBe(newer.uid);
		expect(chooseIncident([older, newer, closed], older.uid)?.uid).toBe(older.uid);
		expect(chooseIncident([older, newer, closed], closed.uid)?.uid).toBe(newer.uid);
		expect(chooseIncident([closed])).toBeUndefined();
		expect(incidentParam('?template=x&incident=abc123')).toBe('abc123');
		expect(incidentParam('?incident=<script>')).toBeUndefined();
	});

	it('logs a tool entry into the stored incident, merged with what is stored', () => {
		const storage = new FakeStorage();
		const incident = declared(fakeTab('a', { now: T0 }));
		saveIncident(storage, incident);
		const written = logToIncident(storage, incident.uid, { source: 'template-generator', kind: 'copied:sev1-progress-update', text: 'SEV1 Progress Update copied' }, now);
		expect(written.ok).toBe(true);
		const stored = loadIncidents(storage).incidents[0]!;
		const entry = logEntries(stored).find((e) => e.kind === 'tool')!;
		expect(entry).toMatchObject({ source: 'template-generator', tag: 'copied:sev1-progress-update' });
		expect(entry.fields.text.value).toBe('SEV1 Progress Update copied');
		expect(entry.fields.time.value).toBe(now());
		// Not for an incident that is not stored, nor a closed one.
		expect(logToIncident(storage, 'nosuchincident', { source: 's', kind: 'k', text: 't' }).ok).toBe(false);
		saveIncident(storage, setStatus(stored, 'resolved', fakeTab('b', { now: T0 + 30 * MIN })));
		expect(logToIncident(storage, incident.uid, { source: 's', kind: 'k', text: 't' }).ok).toBe(false);
	});

	it('logs a tree outcome once', () => {
		const storage = new FakeStorage();
		const incident = declared(fakeTab('a', { now: T0 }));
		saveIncident(storage, incident);
		const entry = { source: 'tree-walker', kind: 'outcome:t:n', text: 'Decision tree walked' };
		logOnce(storage, incident.uid, entry, now);
		logOnce(storage, incident.uid, entry, now);
		const stored = loadIncidents(storage).incidents[0]!;
		expect(logEntries(stored).filter((e) => e.kind === 'tool')).toHaveLength(1);
		expect(hasToolEntry(stored, 'tree-walker', 'outcome:t:n')).toBe(true);
	});

	it('logs a changed classification and stores it, nothing when unchanged', () => {
		const storage = new FakeStorage();
		const incident = declared(fakeTab('a', { now: T0 }), { severity: 'sev2' });
		saveIncident(storage, incident);
		expect(classificationChange(incident, 'sev2', data.severityLevels)).toBeUndefined();
		const first = recordClassification(storage, incident.uid, { level: 'sev1', answers: { 'service-down': 'yes' } }, data.severityLevels, now);
		expect(first.text).toBe('Severity classified SEV2 → SEV1 (the incident stays SEV2 until its severity is changed in the console)');
		const again = recordClassification(storage, incident.uid, { level: 'sev1', answers: { 'service-down': 'yes' } }, data.severityLevels, now);
		expect(again.text).toBeUndefined();
		const stored = JSON.parse(storage.getItem(incidentKey(incident.uid))!).incident;
		expect(classifierOf(stored)).toEqual({ level: 'sev1', answers: { 'service-down': 'yes' } });
		expect(logEntries(stored).filter((e) => e.kind === 'tool').map((e) => e.fields.text.value)).toHaveLength(1);
	});

	it('carries the classifier’s result to the declare form', () => {
		const search = declareSearch({ level: 'sev1', answers: { 'service-down': 'yes', 'data-loss': 'no' } });
		expect(search).toBe('?declare=sev1&answers=service-down%3Ayes%2Cdata-loss%3Ano');
		expect(parseDeclareSearch(search, ['sev1', 'sev2'])).toEqual({ level: 'sev1', answers: { 'service-down': 'yes', 'data-loss': 'no' } });
		expect(parseDeclareSearch('?declare=sev9', ['sev1'])).toBeUndefined();
		expect(parseDeclareSearch('?declare=sev1&answers=a:b:c,ok:yes', ['sev1'])).toEqual({ level: 'sev1', answers: { ok: 'yes' } });
	});
});
