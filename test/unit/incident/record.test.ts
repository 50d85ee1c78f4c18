import { describe, expect, it } from 'vitest';
import {
	addEntry,
	defaultRoles,
	deleteEntry,
	editEntry,
	incidentJson,
	latestEdit,
	logEntries,
	logMilestone,
	markUpdateSent,
	mergeIncidents,
	nextIncidentId,
	parseIncidentId,
	setChecked,
	setSeverity,
	setStatus,
	setText,
	snooze,
	statusOf,
	textField,
	undoDelete,
	updateCount,
	lastUpdateAt,
	isChecked,
	logToolEntry,
	type EditContext,
	type Incident,
} from '~/lib/incident/record';
import { readSetting } from '~/lib/shared/organisation-settings';
import { MIN, T0, declared, fakeTab, loadIncidentData, seeded } from '../../helpers/incident';

const data = loadIncidentData();

describe('incident ids', () => {
	it('numbers incidents per UTC day of the start: the next free number', () => {
		const start = new Date(Date.UTC(2026, 2, 1, 23, 59));
		expect(nextIncidentId(start, [])).toBe('INC-2026-03-01-001');
		expect(nextIncidentId(start, ['INC-2026-03-01-001', 'INC-2026-03-01-004', 'INC-2026-02-28-009'])).toBe('INC-2026-03-01-005');
		expect(nextIncidentId(new Date(Date.UTC(2026, 2, 2, 0, 0)), ['INC-2026-03-01-001'])).toBe('INC-2026-03-02-001');
		expect(nextIncidentId(start, ['INC-2026-03-01-999'])).toBe('INC-2026-03-01-1000');
	});

	it('reads an id back', () => {
		expect(parseIncidentId('INC-2026-03-01-007')).toEqual({ date: '2026-03-01', number: 7 });
		expect(parseIncidentId('INC-2026-3-1-7')).toBeUndefined();
	});
});

describe('declaring', () => {
	it('takes the role defaults from the organisation settings through the shared reader', () => {
		const roles = defaultRoles((path) => readSetting(data.organisation, path));
		expect(Object.keys(roles)).toEqual(['commander', 'oncall', 'communications', 'scribe']);
		expect(roles.commander).toBe(data.organisation.incidentCommander);
		expect(defaultRoles((path) => (path === 'incidentCommander' ? 'Dana' : undefined)).commander).toBe('Dana');
	});

	it('makes an open incident with an id, its fields and a "declared" entry', () => {
		const time = { now: T0 + 5 * MIN };
		const incident = declared(fakeTab('a', time), {}, ['INC-2026-03-01-001']);
		expect(incident.id).toBe('INC-2026-03-01-002');
		expect(statusOf(incident)).toBe('open');
		expect(textField(incident, 'role:commander')).toBe('Ana');
		expect(logEntries(incident).map((e) => e.kind)).toEqual(['declared']);
	});
});

describe('editing', () => {
	it('logs milestones, edits, deletes with a tombstone, and undoes the delete', () => {
		const time = { now: T0 };
		const tab = fakeTab('a', time);
		let incident = declared(tab);
		time.now += MIN;
		incident = logMilestone(incident, data.milestones[2]!, tab);
		const id = logEntries(incident).at(-1)!.id;
		incident = editEntry(incident, id, { text: 'Ben acknowledges', time: T0 + 30_000 }, tab);
		expect(logEntries(incident).find((e) => e.id === id)?.fields.text.value).toBe('Ben acknowledges');
		incident = deleteEntry(incident, id, tab);
		expect(logEntries(incident).some((e) => e.id === id)).toBe(false);
		expect(logEntries(incident, { withDeleted: true }).some((e) => e.id === id)).toBe(true);
		incident = undoDelete(incident, id, tab);
		expect(logEntries(incident).some((e) => e.id === id)).toBe(true);
	});

	it('derives the update count and last update time from the log', () => {
		const time = { now: T0 };
		const tab = fakeTab('a', time);
		let incident = declared(tab);
		expect(updateCount(incident)).toBe(0);
		time.now = T0 + 14 * MIN;
		incident = markUpdateSent(incident, tab);
		time.now = T0 + 40 * MIN;
		incident = markUpdateSent(incident, tab);
		expect(updateCount(incident)).toBe(2);
		expect(lastUpdateAt(incident)).toBe(T0 + 40 * MIN);
		expect(logEntries(incident).at(-1)?.fields.text.value).toBe('Status update #2 sent');
	});

	it('resolves, reopens and archives, logging each', () => {
		const tab = fakeTab('a', { now: T0 });
		let incident = declared(tab);
		incident = setStatus(incident, 'resolved', tab);
		incident = setStatus(incident, 'open', tab);
		incident = setStatus(incident, 'archived', tab);
		expect(statusOf(incident)).toBe('archived');
		expect(logEntries(incident).filter((e) => e.kind === 'status').map((e) => e.fields.text.value)).toEqual(['Resolved', 'Reopened', 'Archived']);
		expect(setStatus(incident, 'archived', tab)).toBe(incident);
	});

	it('logs severity changes with the labels from the data, checklist ticks and tool entries', () => {
		const tab = fakeTab('a', { now: T0 });
		let incident = declared(tab);
		incident = setSeverity(incident, 'sev2', data.severityLevels, tab);
		expect(logEntries(incident).at(-1)?.fields.text.value).toBe('Severity changed from SEV1 to SEV2');
		incident = setChecked(incident, 'required:sev2:0', 'Notify on-call engineer within 15 minutes', true, tab);
		expect(isChecked(incident, 'required:sev2:0')).toBe(true);
		expect(logEntries(incident).at(-1)?.fields.text.value).toBe('Done: Notify on-call engineer within 15 minutes');
		incident = logToolEntry(incident, { source: 'template-generator', kind: 'template-copied', text: 'Copied the SEV1 progress update' }, tab);
		expect(logEntries(incident).at(-1)).toMatchObject({ kind: 'tool', source: 'template-generator', tag: 'template-copied' });
	});
});

describe('mergeIncidents', () => {
	it('keeps what two tabs did at once: each field’s latest edit and every entry of both', () => {
		const time = { now: T0 };
		const a = fakeTab('a', time);
		const b = fakeTab('b', time);
		const base = declared(a);
		time.now += 1000;
		let inA = setText(base, 'hypothesis', 'WAL disk full', a);
		inA = addEntry(inA, { kind: 'note', text: 'checked disk' }, a);
		time.now += 1000;
		let inB = setText(base, 'nextSteps', 'restart engram', b);
		inB = addEntry(inB, { kind: 'note', text: 'paged Ana' }, b);
		inB = setText(inB, 'hypothesis', 'memory pressure', b);
		const merged = mergeIncidents(inA, inB);
		expect(textField(merged, 'hypothesis')).toBe('memory pressure');
		expect(textField(merged, 'nextSteps')).toBe('restart engram');
		expect(logEntries(merged).map((e) => e.fields.text.value)).toEqual(['Incident declared', 'checked disk', 'paged Ana']);
	});

	it('an undo after a delete wins over the delete elsewhere; a delete after an edit hides the entry', () => {
		const time = { now: T0 };
		const a = fakeTab('a', time);
		const b = fakeTab('b', time);
		let base = addEntry(declared(a), { kind: 'note', text: 'x' }, a);
		const id = logEntries(base).at(-1)!.id;
		time.now += 10;
		const deleted = deleteEntry(base, id, a);
		time.now += 10;
		const edited = editEntry(base, id, { text: 'x2' }, b);
		const merged = mergeIncidents(deleted, edited);
		expect(merged.log[id]?.fields.deleted.value).toBe(true);
		expect(merged.log[id]?.fields.text.value).toBe('x2');
		time.now += 10;
		base = undoDelete(merged, id, b);
		expect(mergeIncidents(base, deleted).log[id]?.fields.deleted.value).toBe(false);
	});

	it('refuses to merge two different incidents', () => {
		const tab = fakeTab('a', { now: T0 });
		expect(() => mergeIncidents(declared(tab), declared(tab))).toThrow(/different incidents/);
	});

	/** One random edit, as a user of a tab might make it. */
	function randomEdit(incident: Incident, tab: EditContext, random: () => number): Incident {
		const ids = Object.keys(incident.log);
		const anyId = ids[Math.floor(random() * ids.length)]!;
		const word = ['a', 'b', 'c', 'disk', 'wal'][Math.floor(random() * 5)]!;
		switch (Math.floor(random() * 10)) {
			case 0:
				return setText(incident, 'hypothesis', textField(incident, 'hypothesis') + word, tab);
			case 1:
				return setText(incident, 'nextSteps', word, tab);
			case 2:
				return addEntry(incident, { kind: 'note', text: word }, tab);
			case 3:
				return logMilestone(incident, data.milestones[Math.floor(random() * data.milestones.length)]!, tab);
			case 4:
				return editEntry(incident, anyId, { text: word }, tab);
			case 5:
				return deleteEntry(incident, anyId, tab);
			case 6:
				return undoDelete(incident, anyId, tab);
			case 7:
				return markUpdateSent(incident, tab);
			case 8:
				return setStatus(incident, random() < 0.5 ? 'resolved' : 'open', tab);
			default:
				return snooze(incident, random() < 0.5 ? null : T0 + 20 * MIN, tab);
		}
	}

	it('is commutative, associative and idempotent over random edit sequences of two tabs', () => {
		for (let seed = 1; seed <= 60; seed++) {
			const random = seeded(seed);
			const time = { now: T0 };
			const tabs = [fakeTab('a', time), fakeTab('b', time), fakeTab('c', time)];
			const base = declared(tabs[0]!);
			const copies = [base, base, base];
			for (let step = 0; step < 40; step++) {
				time.now += Math.floor(random() * 3) * 1000; // same-millisecond edits happen too
				const which = Math.floor(random() * 3);
				copies[which] = randomEdit(copies[which]!, tabs[which]!, random);
				if (random() < 0.15) {
					// Sometimes two tabs sync (storage event) before going on.
					const [x, y] = [Math.floor(random() * 3), Math.floor(random() * 3)];
					copies[x] = mergeIncidents(copies[x]!, copies[y]!);
					tabs[x]!.clock.observe(latestEdit(copies[x]!));
				}
			}
			const [a, b, c] = copies as [Incident, Incident, Incident];
			expect(incidentJson(mergeIncidents(a, b))).toBe(incidentJson(mergeIncidents(b, a)));
			expect(incidentJson(mergeIncidents(mergeIncidents(a, b), c))).toBe(incidentJson(mergeIncidents(a, mergeIncidents(b, c))));
			expect(incidentJson(mergeIncidents(a, a))).toBe(incidentJson(a));
			// Nothing lost: every entry of every copy is in the merge, with the latest version of each field.
			const all = mergeIncidents(mergeIncidents(a, b), c);
			for (const copy of copies) {
				for (const [id, entry] of Object.entries(copy.log)) {
					expect(all.log[id]).toBeDefined();
					for (const key of ['time', 'text', 'actor', 'deleted'] as const) {
						expect(all.log[id]!.fields[key].at).toBeGreaterThanOrEqual(entry.fields[key].at);
					}
				}
				for (const [key, field] of Object.entries(copy.fields)) expect(all.fields[key]!.at).toBeGreaterThanOrEqual(field.at);
			}
		}
	});
});
