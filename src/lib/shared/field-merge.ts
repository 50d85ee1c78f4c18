/**
 * Per-field merging that loses nothing, for anything two tabs (or two machines) edit at once:
 * the incident record (src/lib/incident/) and the template generator's drafts
 * (src/lib/templates/draft-merge.ts).
 *
 * Every field carries its own stamp `{ value, at, by }`: `at` is the time of the edit in ms
 * (from a clock that never goes back and always moves past what it has seen, see createStampClock),
 * `by` a random id of the tab that made it. Merging keeps, per field, the value with the greater
 * stamp; stamps are totally ordered (at, then by, then the value's JSON), so the merge is
 * commutative, associative and idempotent: two tabs that exchange their states in any order end
 * up with the same state, and each field holds its latest edit.
 * Framework-free and storage-free.
 */

export interface Stamped<T> {
	value: T;
	/** When the edit was made (ms since the epoch, from a StampClock). */
	at: number;
	/** Who made it: the random id of the tab. Breaks ties between equal times. */
	by: string;
}

/** A record of stamped fields, keyed by field name. */
export type FieldMap = Record<string, Stamped<unknown>>;

/** Positive when `a` was made after `b`; 0 only when both are the same edit. */
export function compareStamps(a: Stamped<unknown>, b: Stamped<unknown>): number {
	if (a.at !== b.at) return a.at - b.at;
	if (a.by !== b.by) return a.by < b.by ? -1 : 1;
	const ja = JSON.stringify(a.value) ?? '';
	const jb = JSON.stringify(b.value) ?? '';
	return ja === jb ? 0 : ja < jb ? -1 : 1;
}

/** The later of two versions of one field (either may be missing). */
export function mergeField<T>(a: Stamped<T> | undefined, b: Stamped<T> | undefined): Stamped<T> | undefined {
	if (a === undefined) return b;
	if (b === undefined) return a;
	return compareStamps(a, b) >= 0 ? a : b;
}

/** Field by field, the later version of each; fields only one side has are kept. */
export function mergeFieldMaps<M extends FieldMap>(a: M, b: M): M {
	const out: FieldMap = {};
	for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
		const merged = mergeField(a[key], b[key]);
		if (merged !== undefined) out[key] = merged;
	}
	return out as M;
}

/** The latest stamp time in a field map (0 when empty). */
export function latestStamp(map: FieldMap): number {
	return Object.values(map).reduce((max, field) => Math.max(max, field.at), 0);
}

/**
 * A tab's source of stamps. `now` is the wall clock; `by` the tab's random id. Each stamp is later
 * than every stamp made or seen before (`observe` what a merge brought in), so a new edit always
 * wins over what the tab has on screen, even when another machine's clock runs ahead.
 */
export interface StampClock {
	readonly by: string;
	/** A stamp for an edit made now. */
	next(): { at: number; by: string };
	/** Moves the clock past `at` (a stamp seen in merged data). */
	observe(at: number): void;
}

export function createStampClock(by: string, now: () => number = Date.now): StampClock {
	let last = 0;
	return {
		by,
		next() {
			last = Math.max(now(), last + 1);
			return { at: last, by };
		},
		observe(at) {
			if (Number.isFinite(at) && at > last) last = at;
		},
	};
}

/** A new stamped value from `clock`. */
export function stamp<T>(value: T, clock: StampClock): Stamped<T> {
	return { value, ...clock.next() };
}

/** A random id (tab ids, entry ids): 16 lowercase letters and digits, from crypto when there is one. */
export function randomId(random?: () => number): string {
	const bytes = new Uint8Array(16);
	if (random === undefined && typeof crypto !== 'undefined' && crypto.getRandomValues) crypto.getRandomValues(bytes);
	else for (let i = 0; i < 16; i++) bytes[i] = Math.floor((random ?? Math.random)() * 256);
	let id = '';
	for (const byte of bytes) id += (byte % 36).toString(36);
	return id;
}

/** True when `data` is `{ value, at, by }` with a finite `at`, a non-empty `by` and `check(value)`. */
export function isStamped(data: unknown, check: (value: unknown) => boolean): data is Stamped<unknown> {
	if (data === null || typeof data !== 'object' || Array.isArray(data)) return false;
	const record = data as Record<string, unknown>;
	const keys = Object.keys(record);
	return (
		keys.length === 3 &&
		'value' in record &&
		typeof record.at === 'number' &&
		Number.isFinite(record.at) &&
		typeof record.by === 'string' &&
		record.by.length > 0 &&
		record.by.length <= 64 &&
		check(record.value)
	);
}
