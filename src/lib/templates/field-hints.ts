/**
 * What a template field's control says about its value: the hint for its kind, a calm note when
 * the value will not do what the engineer probably expects, and what its "Now"/"Today" button types.
 */
import type { Computed } from './fill';
import type { FieldModel } from './model';
import { formatUtcClock, formatUtcDate, formatUtcInput, parseClock, parseUtcTime } from '../time/incident-time';

/** Above this many characters a field warns that the message is unusually long (it still keeps it all). */
export const LONG_TEXT = 5_000;

/** The hint for a field's kind ("One item per line.", "UTC, as HH:MM."), or "". */
export function hintText(field: Pick<FieldModel, 'kind'>): string {
	switch (field.kind) {
		case 'list':
			return 'One item per line.';
		case 'time':
			return 'UTC, as YYYY-MM-DD HH:MM.';
		case 'clock':
			return 'UTC, as HH:MM.';
		case 'computed':
			return 'Filled in for you; type to change it.';
		default:
			return '';
	}
}

/**
 * A short, calm note when the value will not do what the engineer probably expects. `automatic`:
 * a computed field that has not been typed over.
 */
export function problemOf(
	field: Pick<FieldModel, 'kind'>,
	text: string,
	computed: Computed | undefined,
	automatic: boolean
): string | undefined {
	if (field.kind === 'computed' && automatic && computed && 'reason' in computed) return computed.reason;
	if (text.trim() === '') return undefined;
	if (field.kind === 'time' && !parseUtcTime(text)) {
		return 'This is not a time the tool can read (YYYY-MM-DD HH:MM, UTC). It is copied as typed, and nothing is computed from it.';
	}
	if (field.kind === 'clock' && parseClock(text) === undefined) {
		return 'This is not a clock time the tool can read (HH:MM, UTC). It is copied as typed.';
	}
	if (text.length > LONG_TEXT) {
		return `This field holds ${text.length.toLocaleString('en')} characters. All of it is kept and copied; check the message is not too long for its channel.`;
	}
	return undefined;
}

/** Fields with a "Now" (time, clock) or "Today" (date) button. */
export function hasClockButton(field: Pick<FieldModel, 'kind'>): boolean {
	return field.kind === 'time' || field.kind === 'clock' || field.kind === 'date';
}

/** The clock button's visible text and accessible name. */
export function clockButtonLabels(field: Pick<FieldModel, 'kind' | 'label'>): { text: string; label: string } {
	const text = field.kind === 'date' ? 'Today' : 'Now';
	return { text, label: `${text}: set “${field.label}” to the current ${field.kind === 'date' ? 'UTC date' : 'UTC time'}` };
}

/** What the clock button types at `at`: "14:05", "2026-03-01" or "2026-03-01 14:05". */
export function clockValue(field: Pick<FieldModel, 'kind'>, at: Date): string {
	return field.kind === 'clock' ? formatUtcClock(at) : field.kind === 'date' ? formatUtcDate(at) : formatUtcInput(at);
}
