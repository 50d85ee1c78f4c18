/**
 * Template drafts merged field by field, so two tabs typing into one draft at once keep every
 * keystroke of both (the same rule as the incident record, src/lib/shared/field-merge.ts).
 *
 * A field's state is its value and, in an incident's draft, what the incident filled in; both
 * change together under one stamp `{ at, by }`. An edit stamps exactly the fields it changed
 * (stampChanges); a field removed (a computed field set back to automatic, or "Clear this draft")
 * keeps its stamp without a value, so an older value from another tab cannot bring it back, while
 * any edit made after it wins. Drafts saved before stamps existed load as they are: their fields
 * count as edited at time 0, so every stamped edit wins over them.
 * Framework-free; storage only through saved-state.ts.
 */
import { mergeFieldMaps, type FieldMap, type StampClock, type Stamped } from '../shared/field-merge';
import { loadSaved, saveState, type KeyValueStore } from '../shared/saved-state';
import { DRAFT_VERSION, validateDraft, type Draft, type DraftStamp } from './draft';
import type { FieldValues } from './fill';

/** What an edit changes: the values and, for an incident's draft, what the incident filled. */
export type DraftContent = Pick<Draft, 'values' | 'filled'>;

/** One field as it merges; either part may be missing (a removed field has neither). */
interface FieldState {
	value?: string;
	filled?: string;
}

/** The stamp of a field saved before stamps existed. */
const UNSTAMPED: DraftStamp = { at: 0, by: '' };

function fieldState(draft: DraftContent, id: string): FieldState {
	const state: FieldState = {};
	if (Object.hasOwn(draft.values, id)) state.value = draft.values[id]!;
	if (draft.filled && Object.hasOwn(draft.filled, id)) state.filled = draft.filled[id]!;
	return state;
}

function sameState(a: FieldState, b: FieldState): boolean {
	return a.value === b.value && a.filled === b.filled;
}

function contentIds(draft: DraftContent): string[] {
	return [...Object.keys(draft.values), ...Object.keys(draft.filled ?? {})];
}

/** The ids whose value differs between `before` and `after`, a field added or removed included. */
export function changedFields(before: FieldValues, after: FieldValues): string[] {
	const ids = [...new Set([...Object.keys(before), ...Object.keys(after)])];
	return ids.filter((id) => Object.hasOwn(before, id) !== Object.hasOwn(after, id) || before[id] !== after[id]);
}

/** The latest stamp time in the draft (0 when it has none). */
export function latestDraftStamp(draft: Pick<Draft, 'stamps'>): number {
	return Object.values(draft.stamps ?? {}).reduce((max, stamp) => Math.max(max, stamp.at), 0);
}

/**
 * `stamps` with a new stamp (one, from `clock`) on exactly the fields whose state differs between
 * `previous` and `next`: a changed, emptied, added or removed value, or a changed fill. The clock
 * first moves past every stamp in `stamps`, so the edit wins over everything it was made on.
 * Returns `stamps` itself when nothing changed.
 */
export function stampChanges(
	previous: DraftContent,
	next: DraftContent,
	stamps: Readonly<Record<string, DraftStamp>>,
	clock: StampClock
): Record<string, DraftStamp> {
	const ids = [...new Set([...contentIds(previous), ...contentIds(next)])];
	const changed = ids.filter((id) => !sameState(fieldState(previous, id), fieldState(next, id)));
	if (changed.length === 0) return stamps;
	clock.observe(latestDraftStamp({ stamps }));
	const edit = clock.next();
	const out = { ...stamps };
	for (const id of changed) out[id] = { at: edit.at, by: edit.by };
	return out;
}

function toFieldMap(draft: Draft): FieldMap {
	const map: FieldMap = {};
	for (const id of new Set([...contentIds(draft), ...Object.keys(draft.stamps ?? {})])) {
		const stamp = draft.stamps?.[id] ?? UNSTAMPED;
		map[id] = { value: fieldState(draft, id), at: stamp.at, by: stamp.by } satisfies Stamped<FieldState>;
	}
	return map;
}

function fromFieldMap(map: FieldMap): Draft {
	const values: FieldValues = {};
	const filled: FieldValues = {};
	const stamps: Record<string, DraftStamp> = {};
	for (const [id, field] of Object.entries(map)) {
		const state = field.value as FieldState;
		if (state.value !== undefined) values[id] = state.value;
		if (state.filled !== undefined) filled[id] = state.filled;
		if (field.at !== UNSTAMPED.at || field.by !== UNSTAMPED.by) stamps[id] = { at: field.at, by: field.by };
	}
	return {
		values,
		...(Object.keys(filled).length > 0 ? { filled } : {}),
		...(Object.keys(stamps).length > 0 ? { stamps } : {}),
	};
}

/**
 * Two versions of one draft as one: per field, the state with the later stamp (a removal included).
 * Commutative, associative and idempotent, so tabs that exchange drafts in any order agree.
 */
export function mergeDrafts(a: Draft, b: Draft): Draft {
	return fromFieldMap(mergeFieldMaps(toFieldMap(a), toFieldMap(b)));
}

/** Canonical JSON of a draft: equal drafts give equal text, whatever order their keys were added in. */
export function draftJson(draft: Draft): string {
	// The merge rebuilds the draft with its field ids in order.
	return JSON.stringify(mergeDrafts(draft, { values: {} }));
}

export interface SyncResult {
	/** This tab's draft merged with the stored one: what to show. */
	draft: Draft;
	/** False when the browser refused to save. */
	saved: boolean;
}

/**
 * Merges `mine` with the draft stored under `key` and stores the merge when it holds anything the
 * stored draft lacks (so a tab that only receives another's edit does not write back). Used for
 * every edit and for every `storage` event about the draft. An unreadable stored draft is replaced.
 */
export function syncDraft(store: KeyValueStore | undefined, key: string, mine: Draft): SyncResult {
	const stored = loadSaved(store, key, DRAFT_VERSION, validateDraft);
	const draft = stored.status === 'loaded' ? mergeDrafts(mine, stored.value) : mergeDrafts(mine, { values: {} });
	if (stored.status === 'loaded' && draftJson(draft) === draftJson(stored.value)) return { draft, saved: true };
	return { draft, saved: saveState(store, key, DRAFT_VERSION, draft) };
}
