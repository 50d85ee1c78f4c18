import { describe, expect, it } from 'vitest';
import { clearSaved, loadSaved, saveState, type KeyValueStore } from '~/lib/shared/saved-state';

function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { data: Record<string, string> } {
	const data = { ...initial };
	return {
		data,
		getItem: (key) => data[key] ?? null,
		setItem: (key, value) => {
			data[key] = value;
		},
		removeItem: (key) => {
			delete data[key];
		},
	};
}
const isStringList = (data: unknown) =>
	Array.isArray(data) && data.every((item) => typeof item === 'string') ? (data as string[]) : undefined;

describe('saved state', () => {
	it('round-trips a value', () => {
		const store = memoryStore();
		expect(saveState(store, 'k', 1, ['a'])).toBe(true);
		expect(loadSaved(store, 'k', 1, isStringList)).toEqual({ status: 'loaded', value: ['a'] });
	});

	it('reports empty when nothing was saved, or no storage exists', () => {
		expect(loadSaved(memoryStore(), 'k', 1, isStringList)).toEqual({ status: 'empty' });
		expect(loadSaved(undefined, 'k', 1, isStringList)).toEqual({ status: 'empty' });
	});

	it.each([
		['corrupted JSON', '{not json'],
		['a wrong shape', JSON.stringify({ v: 1, data: [1, 2] })],
		['an older version', JSON.stringify({ v: 0, data: ['a'] })],
		['null', 'null'],
	])('resets %s with a notice and clears it', (_label, raw) => {
		const store = memoryStore({ k: raw });
		const result = loadSaved(store, 'k', 1, isStringList);
		expect(result.status).toBe('reset');
		expect(store.data.k).toBeUndefined();
	});

	it('never throws when the browser refuses storage', () => {
		const refusing: KeyValueStore = {
			getItem: () => {
				throw new Error('SecurityError');
			},
			setItem: () => {
				throw new Error('QuotaExceededError');
			},
			removeItem: () => {
				throw new Error('SecurityError');
			},
		};
		expect(loadSaved(refusing, 'k', 1, isStringList).status).toBe('reset');
		expect(saveState(refusing, 'k', 1, ['a'])).toBe(false);
		expect(() => clearSaved(refusing, 'k')).not.toThrow();
	});
});
