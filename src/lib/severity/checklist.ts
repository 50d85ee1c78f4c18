/**
 * The result card's required-actions checklist, kept in this browser only (src/lib/shared/saved-state.ts).
 * Ticks are stored per level as the ticked actions' texts, so reordering or editing the actions in
 * the data never ticks the wrong line: an edited action simply shows unticked.
 */

/** localStorage key and format version of the ticks. */
export const CHECKLIST_STORAGE_KEY = 'engram-runbook:severity-checklist';
export const CHECKLIST_VERSION = 1;

/** Ticked action texts by level id. */
export type ChecklistTicks = Record<string, string[]>;

/** The saved value when it has the right shape, else undefined (saved-state then resets it). */
export function validateTicks(data: unknown): ChecklistTicks | undefined {
	if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
	const ticks: ChecklistTicks = {};
	for (const [levelId, texts] of Object.entries(data)) {
		if (!Array.isArray(texts) || !texts.every((text) => typeof text === 'string')) return undefined;
		ticks[levelId] = texts as string[];
	}
	return ticks;
}

/** Ticks or unticks one action of one level; returns a new value. */
export function setTick(ticks: ChecklistTicks, levelId: string, action: string, done: boolean): ChecklistTicks {
	const current = ticks[levelId] ?? [];
	const next = done ? [...new Set([...current, action])] : current.filter((text) => text !== action);
	return { ...ticks, [levelId]: next };
}

/** Unticks every action of one level; returns a new value. */
export function clearTicks(ticks: ChecklistTicks, levelId: string): ChecklistTicks {
	const { [levelId]: _cleared, ...rest } = ticks;
	return rest;
}

/** Whether `action` of `levelId` is ticked. */
export function isTicked(ticks: ChecklistTicks, levelId: string, action: string): boolean {
	return ticks[levelId]?.includes(action) ?? false;
}
