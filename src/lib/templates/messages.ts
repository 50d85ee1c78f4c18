/**
 * The template generator's own words: the first-update reminder, the fill summary, the copy and
 * save messages. Pure functions of the model, the values and the clock, so the island only shows them.
 */
import { formatDuration } from '../shared/duration';
import { firstUpdateDue, formatUtcClock, minutesBetween, parseUtcTime } from '../time/incident-time';
import type { FieldValues, SeverityInfo } from './fill';
import { FORMAT_LABELS, type OutputFormat } from './formats';
import type { TemplateModel } from './model';

/** A message the generator shows, with its tone (warning, success or info). */
export type Notice = { tone: 'warning' | 'success' | 'info'; text: string };

/** For the first notification: when it is due, from the start time and the severity's rule. */
export function firstUpdateNotice(
	model: TemplateModel,
	values: FieldValues,
	context: { now: Date; severity?: SeverityInfo | undefined }
): Notice | undefined {
	if (!model.firstUpdateFrom || !context.severity) return undefined;
	const start = parseUtcTime(values[model.firstUpdateFrom] ?? '');
	if (!start) return undefined;
	const due = firstUpdateDue(start, context.severity.communication);
	const within = context.severity.communication.firstUpdateWithinMinutes;
	if (!due || within === undefined) return undefined;
	const left = minutesBetween(context.now, due);
	const when = `by ${formatUtcClock(due)} UTC`;
	return left >= 0
		? { tone: 'info', text: `${context.severity.label}: send this first update within ${within} minutes of the start, ${when} (${formatDuration(left)} left).` }
		: { tone: 'warning', text: `${context.severity.label}: this first update was due ${when}, ${formatDuration(-left)} ago. Send it now.` };
}

/** How many fields the engineer fills in (every field with a placeholder, except the severity picker). */
export function fillableCount(model: TemplateModel): number {
	return model.fields.filter((field) => field.tokens.length > 0 && field.kind !== 'severity').length;
}

/** "All 9 fields are filled in." or "3 of 9 fields still empty; they are marked in the preview." */
export function fillSummary(emptyCount: number, fillable: number): string {
	return emptyCount === 0
		? `All ${fillable} fields are filled in.`
		: `${emptyCount} of ${fillable} fields still empty; they are marked in the preview.`;
}

/** Whether the template shows the severity picker: it has a severity field or a next-update time. */
export function usesSeverity(model: TemplateModel): boolean {
	return model.fields.some((field) => field.kind === 'severity' || field.compute?.kind === 'next-update');
}

/** The form's sections, in the order of their first field. */
export function sectionsOf(model: TemplateModel): string[] {
	return [...new Set(model.fields.map((field) => field.section))];
}

/** The button text while a press would copy text with holes: "3 fields empty — copy anyway?". */
export function emptyWarning(empty: number, verb: string): string {
	return `${empty} ${empty === 1 ? 'field' : 'fields'} empty — ${verb} anyway?`;
}

/** After a copy worked: "Copied the body (Slack). Paste it where it goes." */
export function copiedMessage(what: 'subject' | 'body', format: OutputFormat): string {
	const formatName = what === 'subject' ? 'text' : FORMAT_LABELS[format].toLowerCase();
	return `Copied the ${what} (${formatName}). Paste it where it goes.`;
}

/** The line under the form's heading: saved where, and when last. */
export function savedNote(saveFailed: boolean, savedAt: Date | undefined): string {
	return saveFailed
		? 'This browser refused to save the draft (storage full or turned off). Copy your text before you close the tab.'
		: `Saved in this browser as you type${savedAt ? ` (last at ${formatUtcClock(savedAt)} UTC)` : ''}. Nothing you type leaves this browser.`;
}

/** At most this many field names are spelled out in otherTabNotice; the rest are counted. */
const NAMED_FIELDS = 3;

/**
 * When another tab's edit of this draft came in (merged, src/lib/templates/draft-merge.ts):
 * "Another tab changed “Impact”; both tabs' edits are kept." Fields named in the form's order,
 * the first three by name and the rest counted.
 */
export function otherTabNotice(model: Pick<TemplateModel, 'fields'>, changedIds: readonly string[]): Notice {
	const labels = model.fields.filter((field) => changedIds.includes(field.id)).map((field) => `“${field.label}”`);
	const named = labels.slice(0, labels.length > NAMED_FIELDS ? NAMED_FIELDS - 1 : NAMED_FIELDS);
	const rest = labels.length - named.length;
	const parts = rest > 0 ? [...named, `${rest} other fields`] : named;
	const what = parts.length === 0 ? 'this draft' : parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
	return { tone: 'info', text: `Another tab changed ${what}; both tabs’ edits are kept.` };
}
