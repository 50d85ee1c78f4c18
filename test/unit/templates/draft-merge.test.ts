import { describe, expect, it } from 'vitest';
import { createStampClock, randomId, type StampClock } from '~/lib/shared/field-merge';
import { DRAFT_VERSION, draftKey, type Draft } from '~/lib/templates/draft';
import { changedFields, draftJson, latestDraftStamp, mergeDrafts, stampChanges, syncDraft } from '~/lib/templates/draft-merge';
import type { FieldValues } from '~/lib/templates/fill';
import { FakeStorage, seeded } from '../../helpers/incident';

/** A tab with a wall clock the test sets. */
function tab(by: string, time: { now: number }): StampClock {
	return createStampClock(by, () => time.now);
}

/** What a tab does on an edit: the changed fields stamped. */
function edit(draft: Draft, values: FieldValues, clock: StampClock, filled = draft.filled): Draft {
	const content = filled ? { values, filled } : { values };
	return { ...content, stamps: stampChanges(draft, content, draft.stamps ?? {}, clock) };
}

const same = (a: Draft, b: Draft) => expect(draftJson(a)).toBe(draftJson(b));

describe('changedFields', () => {
	it('lists changed, emptied, added and removed fields', () => {
		expect(changedFields({ a: 'x', b: 'y', c: 'z', d: 'w' }, { a: 'x', b: '', c: 'Z', e: 'new' }).sort()).toEqual(['b', 'c', 'd', 'e']);
		expect(changedFields({ a: 'x' }, { a: 'x' })).toEqual([]);
	});
});

describe('latestDraftStamp', () => {
	it('is the latest stamp time, 0 without stamps', () => {
		expect(latestDraftStamp({})).toBe(0);
		expect(latestDraftStamp({ stamps: { a: { at: 5, by: 'x' }, b: { at: 9, by: 'y' } } })).toBe(9);
	});
});

describe('stampChanges', () => {
	const time = { now: 1000 };
	const clock = tab('tab-a', time);

	it('stamps exactly the fields whose value changed, an emptied and a removed one included', () => {
		const stamps = { same: { at: 10, by: 'old' } };
		const next = stampChanges({ values: { same: 'x', emptied: 'y', gone: 'z' } }, { values: { same: 'x', emptied: '', added: 'n' } }, stamps, clock);
		expect(Object.keys(next).sort()).toEqual(['added', 'emptied', 'gone', 'same']);
		expect(next.same).toEqual({ at: 10, by: 'old' });
		expect(next.emptied).toEqual(next.gone);
		expect(next.added).toEqual({ at: 1000, by: 'tab-a' });
	});

	it('returns the same stamps when nothing changed', () => {
		const stamps = { a: { at: 10, by: 'old' } };
		expect(stampChanges({ values: { a: 'x' } }, { values: { a: 'x' } }, stamps, clock)).toBe(stamps);
	});

	it('stamps a change of what the incident filled', () => {
		const next = stampChanges({ values: { a: 'x' }, filled: { a: 'x' } }, { values: { a: 'x' }, filled: { a: 'y' } }, {}, clock);
		expect(Object.keys(next)).toEqual(['a']);
	});

	it('stamps later than every stamp of the draft, even when this tab’s clock is behind', () => {
		const behind = tab('slow', { now: 5 });
		const next = stampChanges({ values: { a: 'x' } }, { values: { a: 'y' } }, { a: { at: 9_000, by: 'fast' } }, behind);
		expect(next.a!.at).toBeGreaterThan(9_000);
	});
});

describe('mergeDrafts', () => {
	it('keeps, per field, the later edit, and the fields only one side has', () => {
		const time = { now: 1000 };
		const a = tab('a', time);
		const b = tab('b', time);
		const start: Draft = { values: { impact: '', status: 'Investigating' } };
		const inA = edit(start, { ...start.values, impact: 'Writes fail' }, a);
		time.now = 2000;
		const inB = edit(start, { ...start.values, status: 'Mitigating', owner: 'Ana' }, b);
		expect(mergeDrafts(inA, inB).values).toEqual({ impact: 'Writes fail', status: 'Mitigating', owner: 'Ana' });
		time.now = 3000;
		const again = edit(inA, { ...inA.values, status: 'Resolved' }, a);
		expect(mergeDrafts(again, inB).values.status).toBe('Resolved');
		expect(mergeDrafts(inB, again).values.status).toBe('Resolved');
	});

	it('loads drafts saved without stamps, and any stamped edit wins over them', () => {
		const legacy: Draft = { values: { impact: 'old', status: 'old' } };
		const edited = edit(legacy, { impact: 'new', status: 'old' }, tab('a', { now: 1 }));
		expect(mergeDrafts(legacy, edited).values).toEqual({ impact: 'new', status: 'old' });
		expect(mergeDrafts(legacy, legacy)).toEqual(legacy);
		expect(mergeDrafts(legacy, edited).stamps).toEqual({ impact: edited.stamps!.impact });
	});

	it('moves a field’s value and what the incident filled together', () => {
		const time = { now: 1000 };
		const start: Draft = { values: { title: 'API down' }, filled: { title: 'API down' } };
		const refilled = edit(start, { title: 'API slow' }, tab('a', time), { title: 'API slow' });
		expect(mergeDrafts(start, refilled)).toMatchObject({ values: { title: 'API slow' }, filled: { title: 'API slow' } });
	});

	it('a clear is not undone by older values from another tab, but a later edit there wins', () => {
		const time = { now: 1000 };
		const a = tab('a', time);
		const b = tab('b', time);
		const typed = edit({ values: {} }, { impact: 'Writes fail', override: '42' }, b);
		// Tab A has the draft, then clears it back to the starting values.
		time.now = 2000;
		const cleared = edit(typed, { status: 'Investigating' }, a);
		expect(mergeDrafts(cleared, typed).values).toEqual({ status: 'Investigating' });
		expect(mergeDrafts(typed, cleared).values).toEqual({ status: 'Investigating' });
		// Tab B types after the clear (without having seen it yet): its keystroke is kept.
		time.now = 3000;
		const after = edit(typed, { impact: 'Writes fail!', override: '42' }, b);
		expect(mergeDrafts(cleared, after).values).toEqual({ status: 'Investigating', impact: 'Writes fail!' });
	});

	it('is commutative, associative and idempotent, and keeps each field’s latest edit (random edits, seeded)', () => {
		const fields = ['impact', 'status', 'owner', 'next'];
		const words = ['', 'a', 'b', 'Writes fail', 'Mitigating'];
		for (let seed = 1; seed <= 60; seed++) {
			const random = seeded(seed);
			const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
			const time = { now: 1000 };
			const tabs = ['a', 'b', 'c'].map((name) => ({ clock: tab(`${name}${randomId(random)}`, time), draft: { values: { impact: 'legacy' } } as Draft }));
			const seen: Draft[] = [];
			/** Per field: the latest edit made anywhere (its stamp and the value it left). */
			const latest = new Map<string, { at: number; by: string; value: string | undefined }>();
			for (let step = 0; step < 40; step++) {
				// Clocks tie now and then, and go back (another machine's clock).
				time.now += pick([0, 1, 7, -3]);
				const one = pick(tabs);
				const action = random();
				if (action < 0.2) {
					one.draft = mergeDrafts(one.draft, pick(tabs).draft);
				} else {
					const values = { ...one.draft.values };
					if (action < 0.3) for (const id of Object.keys(values)) delete values[id];
					else if (action < 0.4) delete values[pick(fields)];
					else values[pick(fields)] = pick(words);
					const before = one.draft;
					one.draft = edit(before, values, one.clock);
					for (const id of changedFields(before.values, values)) {
						const stamp = one.draft.stamps![id]!;
						const known = latest.get(id);
						const later = !known || stamp.at > known.at || (stamp.at === known.at && stamp.by > known.by);
						if (later) latest.set(id, { ...stamp, value: values[id] });
					}
				}
				seen.push(one.draft);
			}
			for (let i = 0; i < 20; i++) {
				const [x, y, z] = [pick(seen), pick(seen), pick(seen)];
				same(mergeDrafts(x, y), mergeDrafts(y, x));
				same(mergeDrafts(mergeDrafts(x, y), z), mergeDrafts(x, mergeDrafts(y, z)));
				same(mergeDrafts(x, x), x);
				same(mergeDrafts(mergeDrafts(x, y), y), mergeDrafts(x, y));
			}
			const all = tabs.map((t) => t.draft).reduce(mergeDrafts);
			for (const [id, edit] of latest) expect(all.values[id], `seed ${seed}, ${id}`).toBe(edit.value);
			if (!latest.has('impact')) expect(all.values.impact, 'the legacy value, never edited').toBe('legacy');
		}
	});
});

describe('draftJson', () => {
	it('is the same text whatever order the fields were added in', () => {
		const stamps = { a: { at: 1, by: 'x' }, b: { at: 2, by: 'y' } };
		expect(draftJson({ values: { a: '1', b: '2' }, stamps })).toBe(draftJson({ values: { b: '2', a: '1' }, stamps: { b: stamps.b, a: stamps.a } }));
		expect(draftJson({ values: { a: '1' }, filled: {} })).toBe(draftJson({ values: { a: '1' } }));
		expect(draftJson({ values: { a: '1' } })).not.toBe(draftJson({ values: { a: '2' } }));
	});
});

describe('syncDraft', () => {
	const key = draftKey('sev1-notification');
	const stored = (store: FakeStorage) => JSON.parse(store.getItem(key)!) as { v: number; data: Draft };
	const time = { now: 1000 };
	const a = tab('a', time);
	const b = tab('b', time);

	it('stores the merge of this tab’s draft and the stored one, and shows it', () => {
		const store = new FakeStorage();
		const mine = edit({ values: {} }, { impact: 'Writes fail' }, a);
		expect(syncDraft(store, key, mine)).toEqual({ draft: mine, saved: true });
		const other = edit({ values: {} }, { status: 'Mitigating' }, b);
		const result = syncDraft(store, key, other);
		expect(result.draft.values).toEqual({ impact: 'Writes fail', status: 'Mitigating' });
		expect(stored(store)).toEqual({ v: DRAFT_VERSION, data: result.draft });
	});

	it('writes nothing when the stored draft has everything this tab has', () => {
		const store = new FakeStorage();
		const mine = edit({ values: {} }, { impact: 'Writes fail' }, a);
		syncDraft(store, key, mine);
		store.failWith = new Error('a write would fail');
		expect(syncDraft(store, key, { values: {} })).toEqual({ draft: mine, saved: true });
	});

	it('replaces an unreadable stored draft, and says when the browser refuses to save', () => {
		const store = new FakeStorage();
		store.setItem(key, '{broken');
		const mine = edit({ values: {} }, { impact: 'Writes fail' }, a);
		expect(syncDraft(store, key, mine).saved).toBe(true);
		expect(stored(store).data).toEqual(mine);
		store.failWith = new Error('QuotaExceededError');
		expect(syncDraft(store, key, edit(mine, { impact: 'more' }, a))).toMatchObject({ draft: { values: { impact: 'more' } }, saved: false });
		expect(syncDraft(undefined, key, mine)).toEqual({ draft: mine, saved: false });
	});
});
