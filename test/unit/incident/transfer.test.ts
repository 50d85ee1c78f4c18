import { describe, expect, it } from 'vitest';
import { decodeHandoff, encodeHandoff, exportJson, fromBase64Url, handoffLink, importJson, toBase64Url } from '~/lib/incident/transfer';
import { handoffFromHash } from '~/lib/incident/keys';
import { importInto } from '~/lib/incident/record';
import { validateIncident } from '~/lib/incident/validate';
import { addEntry, incidentJson, logEntries, setText } from '~/lib/incident/record';
import { T0, declared, fakeTab } from '../../helpers/incident';

function sample() {
	const time = { now: T0 };
	const tab = fakeTab('a', time);
	let incident = declared(tab);
	incident = addEntry(incident, { kind: 'note', text: 'ünïcode ✓ and a | pipe' }, tab);
	return setText(incident, 'hypothesis', 'x'.repeat(3000), tab);
}

describe('validateIncident', () => {
	it('accepts what the record makes', () => {
		expect(validateIncident(sample())).toMatchObject({ ok: true });
	});

	it.each([
		[(i: any) => (i.v = 2), 'format version 2 is not 1'],
		[(i: any) => (i.id = 'INC-1'), 'id: "INC-1" is not INC-YYYY-MM-DD-NNN'],
		[(i: any) => (i.extra = 1), 'incident: unknown key "extra"'],
		[(i: any) => (i.fields.title.value = 5), 'fields.title: not a valid stamped value'],
		[(i: any) => (i.fields.status.value = 'closed'), 'fields.status: not a valid stamped value'],
		[(i: any) => (i.fields['evil'] = { value: 1, at: 1, by: 'a' }), 'fields: unknown field "evil"'],
		[(i: any) => delete i.fields.severity, 'fields.severity: missing'],
		[(i: any) => (Object.values(i.log)[0] as any).fields.time.value = 'noon', 'fields.time: missing or not a valid stamped value'],
		[(i: any) => ((Object.values(i.log)[0] as any).kind = 'hack'), 'is not a log kind'],
		[(i: any) => ((Object.values(i.log)[0] as any).id = 'other'), 'does not match its key'],
		[(i: any) => (i.fields.startedAt.value = -1), 'fields.startedAt: not a valid stamped value'],
	])('rejects junk with a reason (%#)', (spoil, reason) => {
		const incident = JSON.parse(JSON.stringify(sample()));
		spoil(incident);
		const checked = validateIncident(incident);
		expect(checked.ok).toBe(false);
		expect(!checked.ok && checked.reason).toContain(reason);
	});

	it('rejects non-objects', () => {
		expect(validateIncident(null)).toEqual({ ok: false, reason: 'not an incident (an object was expected)' });
		expect(validateIncident([1])).toMatchObject({ ok: false });
	});
});

describe('JSON export and import', () => {
	it('round-trips', () => {
		const incident = sample();
		const back = importJson(exportJson(incident));
		expect(back.ok && incidentJson(back.value)).toBe(incidentJson(incident));
	});

	it('says why a file is not an export', () => {
		expect(importJson('{oops')).toEqual({ ok: false, reason: 'the file is not JSON' });
		expect(importJson('{"a":1}')).toMatchObject({ ok: false, reason: expect.stringContaining('not an incident export') });
		expect(importJson(JSON.stringify({ format: 'engram-runbook-incident', incident: { v: 1 } }))).toMatchObject({
			ok: false,
			reason: expect.stringContaining('the incident in it is not valid: uid'),
		});
	});
});

describe('the handoff link', () => {
	it('base64url round-trips every byte value', () => {
		const bytes = new Uint8Array(256).map((_, i) => i);
		expect(toBase64Url(bytes)).not.toMatch(/[+/=]/);
		expect([...fromBase64Url(toBase64Url(bytes))!]).toEqual([...bytes]);
		expect(fromBase64Url('a b')).toBeUndefined();
		expect(fromBase64Url('a')).toBeUndefined();
	});

	it('carries the whole incident compressed in the fragment and reads it back', async () => {
		const incident = sample();
		const link = await handoffLink('https://runbook.example/incident/#old', incident);
		expect(link).toMatch(/^https:\/\/runbook\.example\/incident\/#incident=[A-Za-z0-9_-]+$/);
		expect(link.length).toBeLessThan(exportJson(incident).length); // compressed
		const value = handoffFromHash(new URL(link).hash)!;
		const back = await decodeHandoff(value);
		expect(back.ok && incidentJson(back.value)).toBe(incidentJson(incident));
	});

	it('rejects a cut or junk fragment with a clear reason', async () => {
		const value = await encodeHandoff(sample());
		expect(await decodeHandoff(value.slice(0, value.length / 2))).toMatchObject({ ok: false, reason: expect.stringContaining('damaged') });
		expect(await decodeHandoff('!!!')).toMatchObject({ ok: false, reason: expect.stringContaining('not base64url') });
		expect(await decodeHandoff('')).toMatchObject({ ok: false, reason: expect.stringContaining('holds no incident') });
		const notIncident = toBase64Url(new Uint8Array(await new Response(new Blob(['{"a":1}']).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer()));
		expect(await decodeHandoff(notIncident)).toMatchObject({ ok: false, reason: expect.stringContaining('not an incident export') });
		expect(handoffFromHash('#other=1')).toBeUndefined();
	});

	it('imports by merging with the same incident, entry by entry', () => {
		const time = { now: T0 };
		const mine = sample();
		const theirs = addEntry(mine, { kind: 'note', text: 'from the other machine' }, fakeTab('z', time));
		const ours = addEntry(mine, { kind: 'note', text: 'from here' }, fakeTab('y', time));
		const { incidents, merged } = importInto([ours], theirs);
		expect(merged).toBe(true);
		expect(logEntries(incidents[0]!).map((e) => e.fields.text.value)).toEqual(expect.arrayContaining(['from here', 'from the other machine']));
		expect(importInto([ours], declared(fakeTab('q', time))).incidents).toHaveLength(2);
	});
});
