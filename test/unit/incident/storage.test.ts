import { describe, expect, it } from 'vitest';
import { INDEX_KEY, discardKey, incidentKey, loadIncidents, readStorageEvent, saveIncident, saveIndex, summarise } from '~/lib/incident/storage';
import { addEntry, incidentJson, logEntries, setStatus, type Incident } from '~/lib/incident/record';
import { FakeStorage, MIN, T0, declared, fakeTab, loadIncidentData } from '../../helpers/incident';

const data = loadIncidentData();

function quotaError(): Error {
	const error = new Error('The quota has been exceeded.');
	error.name = 'QuotaExceededError';
	return error;
}

describe('incident storage', () => {
	it('saves one key per incident and loads them back', () => {
		const storage = new FakeStorage();
		const tab = fakeTab('a', { now: T0 });
		const one = declared(tab);
		const two = declared(tab, { title: 'second' }, [one.id]);
		expect(saveIncident(storage, one)).toMatchObject({ ok: true });
		expect(saveIncident(storage, two)).toMatchObject({ ok: true });
		expect([...storage.map.keys()].sort()).toEqual([incidentKey(one.uid), incidentKey(two.uid)].sort());
		expect(JSON.parse(storage.getItem(incidentKey(one.uid))!).v).toBe(1);
		const loaded = loadIncidents(storage);
		expect(loaded.problems).toEqual([]);
		expect(loaded.incidents.map(incidentJson).sort()).toEqual([one, two].map(incidentJson).sort());
	});

	it('merges with what another tab stored instead of overwriting it', () => {
		const storage = new FakeStorage();
		const time = { now: T0 };
		const base = declared(fakeTab('a', time));
		saveIncident(storage, base);
		const inB = addEntry(base, { kind: 'note', text: 'typed in tab B' }, fakeTab('b', time));
		saveIncident(storage, inB);
		const inA = addEntry(base, { kind: 'note', text: 'typed in tab A' }, fakeTab('a2', time));
		const result = saveIncident(storage, inA);
		const texts = (i: Incident) => logEntries(i).map((e) => e.fields.text.value);
		expect(texts(result.stored)).toEqual(expect.arrayContaining(['typed in tab A', 'typed in tab B']));
		expect(texts(loadIncidents(storage).incidents[0]!)).toEqual(expect.arrayContaining(['typed in tab A', 'typed in tab B']));
	});

	it('reports a corrupt entry with its raw text and leaves it in place until discarded', () => {
		const storage = new FakeStorage();
		saveIncident(storage, declared(fakeTab('a', { now: T0 })));
		storage.map.set('engram-runbook:incident:broken', '{"v":1,"incident":{"half');
		storage.map.set('engram-runbook:incident:wrong', '{"v":1,"incident":{"v":1}}');
		const loaded = loadIncidents(storage);
		expect(loaded.incidents).toHaveLength(1);
		expect(loaded.problems).toEqual([
			{ kind: 'corrupt', key: 'engram-runbook:incident:broken', raw: '{"v":1,"incident":{"half', reason: 'it is not valid JSON' },
			{ kind: 'corrupt', key: 'engram-runbook:incident:wrong', raw: '{"v":1,"incident":{"v":1}}', reason: 'uid: not a key of letters and digits' },
		]);
		expect(storage.getItem('engram-runbook:incident:broken')).not.toBeNull();
		expect(discardKey(storage, 'engram-runbook:incident:broken')).toBe(true);
		expect(storage.getItem('engram-runbook:incident:broken')).toBeNull();
	});

	it('reports a full storage, and keeps the data in memory', () => {
		const storage = new FakeStorage();
		storage.failWith = quotaError();
		const incident = declared(fakeTab('a', { now: T0 }));
		const result = saveIncident(storage, incident);
		expect(result).toMatchObject({ ok: false, problem: { kind: 'full' } });
		expect(result.stored).toBe(incident);
		expect(saveIndex(storage, [incident], data.severityLevels)).toMatchObject({ kind: 'full' });
	});

	it('reports disabled storage', () => {
		expect(loadIncidents(undefined).problems).toMatchObject([{ kind: 'unavailable' }]);
		const throwing = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => {}, removeItem: () => {}, length: 1, key: () => 'engram-runbook:incident:x' };
		expect(loadIncidents(throwing).problems).toMatchObject([{ kind: 'unavailable' }]);
		const incident = declared(fakeTab('a', { now: T0 }));
		expect(saveIncident(undefined, incident)).toMatchObject({ ok: false, problem: { kind: 'unavailable' } });
		const denied = new FakeStorage();
		denied.failWith = Object.assign(new Error('denied'), { name: 'SecurityError' });
		expect(saveIncident(denied, incident)).toMatchObject({ ok: false, problem: { kind: 'unavailable' } });
	});

	it('reads another tab’s write from a storage event', () => {
		const incident = declared(fakeTab('a', { now: T0 }));
		const value = JSON.stringify({ v: 1, incident });
		expect(readStorageEvent(incidentKey(incident.uid), value).incident?.uid).toBe(incident.uid);
		expect(readStorageEvent('other-key', value)).toEqual({});
		expect(readStorageEvent(incidentKey(incident.uid), null)).toEqual({});
		expect(readStorageEvent(incidentKey(incident.uid), 'junk').problem).toMatchObject({ kind: 'corrupt' });
	});

	it('writes an index of the open incidents for the bar, with the next update due', () => {
		const storage = new FakeStorage();
		const tab = fakeTab('a', { now: T0 });
		const open = declared(tab);
		const closed = setStatus(declared(tab, {}, [open.id]), 'resolved', tab);
		expect(saveIndex(storage, [open, closed], data.severityLevels)).toBeUndefined();
		const index = JSON.parse(storage.getItem(INDEX_KEY)!);
		expect(index).toEqual({ v: 1, open: [summarise(open, data.severityLevels)] });
		expect(index.open[0]).toMatchObject({ id: open.id, severity: 'SEV1', nextDueAt: T0 + 15 * MIN, practice: false, status: 'open' });
		const sev3 = declared(tab, { severity: 'sev3' });
		expect(summarise(sev3, data.severityLevels).nextDueAt).toBeNull();
	});
});

describe('the bar on every page', () => {
	it('reads the index under the key the console writes', async () => {
		const { readFileSync } = await import('node:fs');
		const source = readFileSync(new URL('../../../src/client/incident-bar.ts', import.meta.url), 'utf8');
		expect(source).toContain(`const INDEX_KEY = '${INDEX_KEY}';`);
	});
});
