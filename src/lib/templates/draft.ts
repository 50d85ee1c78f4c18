/**
 * Drafts of the template generator: what is kept in the browser per template, its shape check,
 * and the starting values of a fresh draft (times "now", organisation defaults). Storage itself
 * goes through saved-state.ts; nothing here leaves the browser.
 */
import type { FieldValues } from './fill';
import type { TemplateModel } from './model';
import { formatUtcClock, formatUtcDate, formatUtcInput } from '../time/incident-time';

/** Bump when the saved shape changes; older drafts are then reset with a notice. */
export const DRAFT_VERSION = 1;

/** The localStorage key of a template's draft. */
export function draftKey(templateId: string): string {
	return `engram-runbook:template-generator:draft:${templateId}`;
}

/** The localStorage key of the generator's last template and severity. */
export const PREFERENCES_KEY = 'engram-runbook:template-generator:preferences';

export interface Draft {
	values: FieldValues;
}

export interface Preferences {
	template?: string;
	severity?: string;
}

/** The draft when `data` has its shape (every value text), else undefined. */
export function validateDraft(data: unknown): Draft | undefined {
	if (!isRecord(data) || !isRecord(data.values)) return undefined;
	const values: FieldValues = {};
	for (const [key, value] of Object.entries(data.values)) {
		if (typeof value !== 'string') return undefined;
		values[key] = value;
	}
	return { values };
}

/** The preferences when `data` has their shape, else undefined. */
export function validatePreferences(data: unknown): Preferences | undefined {
	if (!isRecord(data)) return undefined;
	const { template, severity } = data;
	if ((template !== undefined && typeof template !== 'string') || (severity !== undefined && typeof severity !== 'string')) {
		return undefined;
	}
	return { ...(template === undefined ? {} : { template }), ...(severity === undefined ? {} : { severity }) };
}

/**
 * The values of a fresh draft: clock defaults from `now` ("2026-03-01 14:05", "14:05",
 * "2026-03-01"), literal and organisation defaults as given. Computed fields stay absent (automatic).
 */
export function startingValues(model: TemplateModel, now: Date): FieldValues {
	const values: FieldValues = {};
	for (const field of model.fields) {
		if (field.kind === 'computed') continue;
		if (field.defaultClock) {
			values[field.id] =
				field.kind === 'clock' ? formatUtcClock(now) : field.kind === 'date' ? formatUtcDate(now) : formatUtcInput(now);
		} else if (field.defaultValue !== undefined) {
			values[field.id] = field.defaultValue;
		}
	}
	return values;
}

/**
 * A saved draft with starting values for fields it does not know yet (added to the template since
 * it was saved). What the user typed, even an emptied field, always wins.
 */
export function withStartingValues(model: TemplateModel, saved: FieldValues, now: Date): FieldValues {
	return { ...startingValues(model, now), ...saved };
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
