/**
 * What a tool keeps in the browser (drafts, ticked checklists). Values are stored as versioned
 * JSON under one key per tool; anything unreadable (corrupted JSON, wrong shape, old version,
 * storage disabled) comes back as `reset` with a notice, never as an exception.
 * Nothing here ever leaves the browser.
 */

/** The part of the Web Storage API we use; pass window.localStorage in the browser. */
export interface KeyValueStore {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

export type LoadResult<T> =
	| { status: 'empty' }
	| { status: 'loaded'; value: T }
	| { status: 'reset'; notice: string };

interface Envelope {
	v: number;
	data: unknown;
}

/**
 * Loads `key`; `validate` returns the typed value or undefined when the shape is wrong.
 * A corrupted entry is removed so the tool starts clean.
 */
export function loadSaved<T>(
	store: KeyValueStore | undefined,
	key: string,
	version: number,
	validate: (data: unknown) => T | undefined
): LoadResult<T> {
	if (!store) return { status: 'empty' };
	let raw: string | null;
	try {
		raw = store.getItem(key);
	} catch {
		return { status: 'reset', notice: 'This browser does not allow saving here, so nothing is kept between visits.' };
	}
	if (raw === null) return { status: 'empty' };
	try {
		const envelope = JSON.parse(raw) as Partial<Envelope> | null;
		if (envelope && typeof envelope === 'object' && envelope.v === version) {
			const value = validate(envelope.data);
			if (value !== undefined) return { status: 'loaded', value };
		}
	} catch {
		// fall through to the reset below
	}
	safely(() => store.removeItem(key));
	return {
		status: 'reset',
		notice: 'Saved data in this browser could not be read (corrupted or from an older version), so it was cleared.',
	};
}

/** Saves `data`; returns false (never throws) when the browser refuses, e.g. storage full or disabled. */
export function saveState(store: KeyValueStore | undefined, key: string, version: number, data: unknown): boolean {
	if (!store) return false;
	return safely(() => store.setItem(key, JSON.stringify({ v: version, data } satisfies Envelope)));
}

/** Removes `key`; never throws. */
export function clearSaved(store: KeyValueStore | undefined, key: string): void {
	if (store) safely(() => store.removeItem(key));
}

/** window.localStorage when it exists and is usable, else undefined. */
export function browserStore(): KeyValueStore | undefined {
	try {
		return typeof localStorage === 'undefined' ? undefined : localStorage;
	} catch {
		return undefined;
	}
}

function safely(action: () => void): boolean {
	try {
		action();
		return true;
	} catch {
		return false;
	}
}
