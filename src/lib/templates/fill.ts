/**
 * Fills a template model with what the engineer typed. Filling is plain text: a value replaces
 * its placeholder as typed (times normalised to the guide's UTC form), is never read as HTML and
 * never scanned for placeholders again. An empty field leaves the guide's placeholder in place,
 * marked `empty`, so the preview can show it and the copy button can count it.
 */
import type { FieldModel, ModelLine, TemplateModel } from './model';
import {
	clockDuration,
	formatClockMinutes,
	formatUtcDate,
	formatUtcTime,
	minutesBetween,
	nextUpdateAt,
	parseClock,
	parseUtcDate,
	parseUtcTime,
	type UpdateCadence,
} from '../time/incident-time';
import { formatDuration } from '../shared/duration';

/** The chosen severity, as the fill needs it. */
export interface SeverityInfo {
	id: string;
	label: string;
	name: string;
	communication: UpdateCadence & { detail: string };
}

export interface FillContext {
	now: Date;
	severity?: SeverityInfo | undefined;
}

/** What the engineer typed, by field id. A computed field's id is present only when overridden. */
export type FieldValues = Record<string, string>;

export interface RenderedPart {
	text: string;
	state: 'literal' | 'filled' | 'empty';
	field?: string;
}

export interface RenderedLine {
	parts: RenderedPart[];
}

/** A computed field's value, or the reason it cannot be computed yet. */
export type Computed = { value: string } | { reason: string };

const isBlank = (value: string | undefined): value is undefined => value === undefined || value.trim() === '';

/** Computes a computed field from the other fields, the clock and the chosen severity. */
export function computeField(field: FieldModel, model: TemplateModel, values: FieldValues, context: FillContext): Computed {
	const compute = field.compute;
	if (!compute) return { reason: 'This field is not computed.' };
	const label = (id: string) => model.fields.find((f) => f.id === id)?.label ?? id;
	const readTime = (id: string): Date | string => {
		const raw = values[id];
		if (isBlank(raw)) return `Fill in “${label(id)}” to compute this.`;
		return parseUtcTime(raw) ?? `“${label(id)}” is not a time this tool can read (use YYYY-MM-DD HH:MM).`;
	};
	switch (compute.kind) {
		case 'elapsed': {
			const start = readTime(compute.from);
			if (typeof start === 'string') return { reason: start };
			const end = compute.to === undefined ? context.now : readTime(compute.to);
			if (typeof end === 'string') return { reason: end };
			const text = formatDuration(minutesBetween(start, end));
			return text === undefined ? { reason: `The start is after ${compute.to ? `“${label(compute.to)}”` : 'now'}.` } : { value: text };
		}
		case 'clock-duration': {
			const start = parseClock(values[compute.from] ?? '');
			const end = parseClock(values[compute.to] ?? '');
			if (start === undefined) return { reason: `Fill in “${label(compute.from)}” (HH:MM) to compute this.` };
			if (end === undefined) return { reason: `Fill in “${label(compute.to)}” (HH:MM) to compute this.` };
			return { value: formatDuration(clockDuration(start, end)) ?? '' };
		}
		case 'next-update': {
			const severity = context.severity;
			if (!severity) return { reason: 'Choose the severity to compute this.' };
			const base = compute.after === undefined ? context.now : readTime(compute.after);
			if (typeof base === 'string') return { reason: base };
			const next = nextUpdateAt(base, severity.communication);
			return next
				? { value: formatUtcTime(next) }
				: { reason: `${severity.label} has no fixed update interval (“${severity.communication.detail}”): type the time you promise.` };
		}
		case 'incident-id': {
			const date = parseUtcDate(values[compute.date] ?? '');
			if (!date) return { reason: `Fill in “${label(compute.date)}” to compute this.` };
			const raw = (values[compute.number] ?? '').trim();
			const number = /^\d{1,3}$/.test(raw) ? Number(raw) : NaN;
			if (!(number >= 1)) return { reason: `“${label(compute.number)}” must be a number from 1 to 999.` };
			return { value: `INC-${formatUtcDate(date)}-${String(number).padStart(3, '0')}` };
		}
	}
}

/**
 * The text a field puts in place of `token`, or undefined while the field is empty. Computed
 * fields use the typed override when there is one.
 */
export function fieldText(
	field: FieldModel,
	token: string,
	model: TemplateModel,
	values: FieldValues,
	context: FillContext
): string | undefined {
	const raw = values[field.id];
	switch (field.kind) {
		case 'computed': {
			if (Object.hasOwn(values, field.id)) return isBlank(raw) ? undefined : raw.trim();
			const computed = computeField(field, model, values, context);
			return 'value' in computed ? computed.value : undefined;
		}
		case 'severity': {
			const severity = context.severity;
			if (!severity) return undefined;
			if (/^\[SEV\d\]$/.test(token)) return `[${severity.label}]`;
			if (/^SEV\d \(/.test(token)) return `${severity.label} (${severity.name})`;
			return severity.label;
		}
		case 'time': {
			if (isBlank(raw)) return undefined;
			const time = parseUtcTime(raw);
			return time ? formatUtcTime(time) : raw.trim();
		}
		case 'clock': {
			if (isBlank(raw)) return undefined;
			const minutes = parseClock(raw);
			return minutes === undefined ? raw.trim() : formatClockMinutes(minutes);
		}
		case 'number':
			if (isBlank(raw)) return undefined;
			return token === '[#N]' ? `#${raw.trim().replace(/^#/, '')}` : raw.trim();
		case 'multiline':
			// Keep inner line breaks and indentation (log output); drop blank edges.
			return isBlank(raw) ? undefined : raw.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd();
		default:
			return isBlank(raw) ? undefined : raw.trim();
	}
}

/** The items of a list field: one per non-blank line, without a bullet or number the user typed. */
export function listItems(value: string | undefined, numbered: boolean): string[] {
	if (value === undefined) return [];
	const marker = numbered ? /^\s*(?:\d+[.)]|[-*•])\s+/ : /^\s*[-*•]\s+/;
	return value
		.split(/\r?\n/)
		.map((line) => line.replace(marker, '').trim())
		.filter((line) => line !== '');
}

/** Fills the lines of a subject or body. */
export function fillLines(
	lines: ModelLine[],
	model: TemplateModel,
	values: FieldValues,
	context: FillContext
): RenderedLine[] {
	const fields = new Map(model.fields.map((field) => [field.id, field]));
	const rendered: RenderedLine[] = [];
	const listsDone = new Set<string>();
	for (const line of lines) {
		if (line.list) {
			const items = listItems(values[line.list.field], line.list.numbered);
			if (items.length > 0) {
				if (listsDone.has(line.list.field) || line.list.more) continue;
				listsDone.add(line.list.field);
				const indent = /^\s*/.exec(line.list.prefix)?.[0] ?? '';
				items.forEach((item, index) => {
					const prefix = line.list!.numbered ? `${indent}${index + 1}. ` : line.list!.prefix;
					rendered.push({
						parts: [
							{ text: prefix, state: 'literal' },
							{ text: item, state: 'filled', field: line.list!.field },
						],
					});
				});
				continue;
			}
		}
		rendered.push({
			parts: line.parts.map((part): RenderedPart => {
				if ('text' in part) return { text: part.text, state: 'literal' };
				const field = fields.get(part.field);
				const text = field ? fieldText(field, part.token, model, values, context) : undefined;
				return text === undefined
					? { text: part.token, state: 'empty', field: part.field }
					: { text, state: 'filled', field: part.field };
			}),
		});
	}
	return rendered;
}

/** The ids of the fields still empty in these lines, in order of first appearance. */
export function emptyFields(lines: RenderedLine[]): string[] {
	return [
		...new Set(
			lines.flatMap((line) => line.parts.filter((part) => part.state === 'empty').map((part) => part.field ?? ''))
		),
	];
}

/** The text a field currently gives (typed or computed), e.g. the incident id for the file name. */
export function fieldValueText(
	model: TemplateModel,
	fieldId: string,
	values: FieldValues,
	context: FillContext
): string | undefined {
	const field = model.fields.find((f) => f.id === fieldId);
	if (!field) return undefined;
	if (field.kind !== 'computed' || Object.hasOwn(values, fieldId)) return values[fieldId];
	const computed = computeField(field, model, values, context);
	return 'value' in computed ? computed.value : undefined;
}
