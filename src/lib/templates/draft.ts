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

/** When a draft's field was last edited, and by which tab (see src/lib/shared/field-merge.ts). */
export interface DraftStamp {
	at: number;
	by: string;
}

export interface Draft {
	values: FieldValues;
	/** A draft for an incident: what the incident filled in (src/lib/templates/incident-fill.ts). */
	filled?: FieldValues;
	/**
	 * Per field id, its last edit (of its value or what the incident filled), so two tabs merge field
	 * by field (src/lib/templates/draft-merge.ts). A field with a stamp but no value was removed.
	 * Drafts saved before stamps have none: their fields count as edited at time 0.
	 */
	stamps?: Record<string, DraftStamp>;
}

export interface Preferences {
	template?: string;
	severity?: string;
}

/** The draft when `data` has its shape (every value text, every stamp `{ at, by }`), else undefined. */
export function validateDraft(data: unknown): Draft | undefined {
	if (!isRecord(data)) return undefined;
	const values = textRecord(data.values);
	if (!values) return undefined;
	const filled = data.filled === undefined ? undefined : textRecord(data.filled);
	if (data.filled !== undefined && !filled) return undefined;
	const stamps = data.stamps === undefined ? undefined : stampRecord(data.stamps);
	if (data.stamps !== undefined && !stamps) return undefined;
	return { values, ...(filled ? { filled } : {}), ...(stamps ? { stamps } : {}) };
}

/** Stamps as the merge makes them: exactly `at` (a positive finite time) and `by` (1 to 64 characters). */
function stampRecord(data: unknown): Record<string, DraftStamp> | undefined {
	if (!isRecord(data)) return undefined;
	const stamps: Record<string, DraftStamp> = {};
	for (const [key, value] of Object.entries(data)) {
		if (!isRecord(value) || Object.keys(value).length !== 2) return undefined;
		const { at, by } = value;
		if (typeof at !== 'number' || !Number.isFinite(at) || at <= 0) return undefined;
		if (typeof by !== 'string' || by.length === 0 || by.length > 64) return undefined;
		stamps[key] = { at, by };
	}
	return stamps;
}

function textRecord(data: unknown): FieldValues | undefined {
	if (!isRecord(data)) return undefined;
	const values: FieldValues = {};
	for (const [key, value] of Object.entries(data)) {
		if (typeof value !== 'string') return undefined;
		values[key] = value;
	}
	return values;
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

/**
 * "Start the next update": the update number (`numberField`) counted up, 1 when it holds no
 * number yet, and every time field that defaults to now set to `now`.
 */
export function nextUpdateValues(
	model: Pick<TemplateModel, 'fields'>,
	values: FieldValues,
	numberField: string,
	now: Date
): { values: FieldValues; number: number } {
	const current = Number.parseInt(values[numberField] ?? '', 10);
	const number = Number.isFinite(current) && current >= 1 ? current + 1 : 1;
	const next: FieldValues = { ...values, [numberField]: String(number) };
	for (const field of model.fields) {
		if (field.kind === 'time' && field.defaultClock === 'now') next[field.id] = formatUtcInput(now);
	}
	return { values: next, number };
}

/**
 * The template and severity the generator opens with: the link's, else the last ones used in this
 * browser while they still exist, else the first template and the severity it was written for.
 */
export function startingChoice(
	templates: readonly Pick<TemplateModel, 'id' | 'severity'>[],
	severityIds: readonly string[],
	fromUrl: Preferences,
	saved: Preferences
): { template: string; severity: string } {
	const knownTemplate = templates.some((t) => t.id === saved.template) ? saved.template : undefined;
	const knownSeverity = saved.severity !== undefined && severityIds.includes(saved.severity) ? saved.severity : undefined;
	const template = fromUrl.template ?? knownTemplate ?? templates[0]?.id ?? '';
	const first = templates.find((t) => t.id === template);
	return { template, severity: fromUrl.severity ?? knownSeverity ?? first?.severity ?? severityIds[0] ?? '' };
}
