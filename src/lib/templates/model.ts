/**
 * Turns a template (subject, body, declared fields) into the generator's model: the text as lines
 * of literal parts and placeholder parts, and the form's fields in reading order, grouped by the
 * template's own section headings. Also checks the declaration against the text: every
 * placeholder found in the text belongs to exactly one field (none missed) and every declared
 * placeholder is in the text (none invented). Runs at build time; the model is plain data.
 */
import type { CommunicationTemplate, FieldCompute, FieldKind, PlaceholderRef } from '../../schemas/template';
import { choiceOptions, findPlaceholders, type PlaceholderOccurrence } from './placeholders';

/** Literal text, or a placeholder filled by a field. */
export type ModelPart = { text: string } | { field: string; token: string };

/** One line of the template (a placeholder spanning lines stays inside the line it starts on). */
export interface ModelLine {
	parts: ModelPart[];
	/** Set on the lines a list field replaces; `more` marks a trailing "..." line of the list. */
	list?: { field: string; prefix: string; numbered: boolean; more?: true };
}

/** A form field, ready for the island. */
export interface FieldModel {
	id: string;
	label: string;
	kind: FieldKind;
	section: string;
	/** The guide's placeholders this field fills, as written. */
	tokens: string[];
	hint?: string;
	options?: string[];
	/** Starting value: literal text, or a setting's value resolved at build time. */
	defaultValue?: string;
	/** "now" or "today": filled from the clock when the draft starts. */
	defaultClock?: 'now' | 'today';
	compute?: FieldCompute;
	/** Where the field's placeholders are. */
	inSubject: boolean;
	inBody: boolean;
}

/** What the generator needs of one template. */
export interface TemplateModel {
	id: string;
	title: string;
	audience: 'internal' | 'external';
	channel: string;
	format: 'text' | 'markdown';
	severity?: string;
	subject?: ModelLine[];
	body: ModelLine[];
	fields: FieldModel[];
	firstUpdateFrom?: string;
	fileNameFrom?: string;
}

export interface BuiltModel {
	model: TemplateModel;
	/** One readable sentence per mismatch between the text and the declared fields. */
	problems: string[];
}

interface Located extends PlaceholderOccurrence {
	part: 'subject' | 'body';
	/** Reading position across subject and body. */
	position: number;
}

const LIST_PREFIX = /^(\s*)(- |\d+\. )$/;

/**
 * Builds the model of `template`. `setting` reads an organisation setting by dotted path
 * (undefined when there is no such setting).
 */
export function buildTemplateModel(
	template: CommunicationTemplate,
	setting: (path: string) => string | undefined = () => undefined
): BuiltModel {
	const where = `content/data/templates (${template.id})`;
	const problems: string[] = [];
	const occurrences: Located[] = [
		...locate(template.subject, 'subject', 0),
		...locate(template.body, 'body', (template.subject?.length ?? 0) + 1),
	];
	const owner = new Map<Located, string>();
	const fieldIds = new Set(template.fields.map((field) => field.id));

	for (const field of template.fields) {
		for (const ref of field.at) {
			const matches = occurrences.filter((o) => matchesRef(o, ref));
			const name = describeRef(ref);
			if (matches.length === 0) {
				problems.push(`${where}: field "${field.id}" names ${name}, which is not in the template's text`);
			} else if (typeof ref === 'string' && matches.length > 1) {
				problems.push(
					`${where}: field "${field.id}" names ${name}, which occurs ${matches.length} times; give its line too`
				);
			}
			for (const match of matches) {
				const previous = owner.get(match);
				if (previous !== undefined && previous !== field.id) {
					problems.push(`${where}: ${name} is claimed by both "${previous}" and "${field.id}"`);
				}
				owner.set(match, field.id);
			}
		}
		for (const input of computeInputs(field.compute)) {
			if (!fieldIds.has(input)) problems.push(`${where}: field "${field.id}" computes from unknown field "${input}"`);
		}
		if (field.setting !== undefined && setting(field.setting) === undefined) {
			problems.push(`${where}: field "${field.id}" names unknown organisation setting "${field.setting}"`);
		}
		if ((field.kind === 'computed') !== (field.compute !== undefined)) {
			problems.push(`${where}: field "${field.id}" must have "compute" exactly when its kind is "computed"`);
		}
		if (field.at.length === 0 && !template.fields.some((other) => computeInputs(other.compute).includes(field.id))) {
			problems.push(`${where}: field "${field.id}" fills no placeholder and feeds no computed field`);
		}
	}
	for (const [key, id] of [
		['firstUpdateFrom', template.firstUpdateFrom],
		['fileNameFrom', template.fileNameFrom],
	] as const) {
		if (id !== undefined && !fieldIds.has(id)) problems.push(`${where}: "${key}" names unknown field "${id}"`);
	}
	const seenIds = new Set<string>();
	for (const field of template.fields) {
		if (seenIds.has(field.id)) problems.push(`${where}: field id "${field.id}" is used twice`);
		seenIds.add(field.id);
	}

	// A placeholder no field claims still gets a plain text field, so nothing is ever unfillable;
	// the content test reports it as missed so the data gets a proper declaration.
	const autoFields: FieldModel[] = [];
	for (const occurrence of occurrences) {
		if (owner.has(occurrence)) continue;
		problems.push(`${where}: ${describeRef({ token: occurrence.token, line: occurrence.line })} belongs to no field`);
		const id = `auto-${occurrence.part}-${occurrence.start}`;
		owner.set(occurrence, id);
		autoFields.push({
			id,
			label: occurrence.token.replace(/^\[|\]$/g, ''),
			kind: 'text',
			section: occurrence.part === 'subject' ? 'Subject' : 'Details',
			tokens: [occurrence.token],
			inSubject: occurrence.part === 'subject',
			inBody: occurrence.part === 'body',
		});
	}

	const subjectOccurrences = occurrences.filter((o) => o.part === 'subject');
	const bodyOccurrences = occurrences.filter((o) => o.part === 'body');
	const body = buildLines(template.body, bodyOccurrences, owner);
	const listFields = new Set(template.fields.filter((f) => f.kind === 'list').map((f) => f.id));
	problems.push(...markLists(body, listFields, where));

	const sections = sectionsByLine(template.body, template.format);
	const firstOccurrence = (id: string) => occurrences.find((o) => owner.get(o) === id);
	const positionOf = (id: string, depth = 0): number => {
		const first = firstOccurrence(id);
		if (first) return first.position;
		const consumer = template.fields.find((f) => computeInputs(f.compute).includes(id));
		return consumer && depth < 5 ? positionOf(consumer.id, depth + 1) - 0.5 : Number.MAX_SAFE_INTEGER;
	};

	// A helper field without placeholders sits in the section of the computed field it feeds.
	const sectionOf = (id: string, depth = 0): string => {
		const field = template.fields.find((f) => f.id === id);
		if (field?.section !== undefined) return field.section;
		const first = firstOccurrence(id);
		if (first) return first.part === 'subject' ? 'Subject' : sections[first.lineIndex] ?? 'Details';
		const consumer = template.fields.find((f) => computeInputs(f.compute).includes(id));
		return consumer && depth < 5 ? sectionOf(consumer.id, depth + 1) : 'Details';
	};

	const declared: FieldModel[] = template.fields.map((field) => {
		const mine = occurrences.filter((o) => owner.get(o) === field.id);
		const first = mine[0];
		const section = sectionOf(field.id);
		const options =
			field.options ?? (field.kind === 'choice' && first ? choiceOptions(first.token) : undefined);
		if (field.kind === 'choice' && (options?.length ?? 0) < 2) {
			problems.push(`${where}: choice field "${field.id}" needs at least two options`);
		}
		const settingValue = field.setting === undefined ? undefined : setting(field.setting);
		const defaultClock = field.default === 'now' || field.default === 'today' ? field.default : undefined;
		const defaultValue = defaultClock ? undefined : (field.default ?? (settingValue || undefined));
		return {
			id: field.id,
			label: field.label,
			kind: field.kind,
			section,
			tokens: [...new Set(mine.map((o) => o.token))],
			...(field.hint === undefined ? {} : { hint: field.hint }),
			...(options === undefined ? {} : { options }),
			...(defaultValue === undefined ? {} : { defaultValue }),
			...(defaultClock === undefined ? {} : { defaultClock }),
			...(field.compute === undefined ? {} : { compute: field.compute }),
			inSubject: mine.some((o) => o.part === 'subject'),
			inBody: mine.some((o) => o.part === 'body'),
		};
	});
	const ordered = orderBySection(
		[...declared, ...autoFields],
		(field) => (field.id.startsWith('auto-') ? firstOccurrence(field.id)?.position ?? 0 : positionOf(field.id))
	);

	const model: TemplateModel = {
		id: template.id,
		title: template.title,
		audience: template.audience,
		channel: template.channel,
		format: template.format,
		...(template.severity === undefined ? {} : { severity: template.severity }),
		...(template.subject === undefined
			? {}
			: { subject: buildLines(template.subject, subjectOccurrences, owner) }),
		body,
		fields: ordered,
		...(template.firstUpdateFrom === undefined ? {} : { firstUpdateFrom: template.firstUpdateFrom }),
		...(template.fileNameFrom === undefined ? {} : { fileNameFrom: template.fileNameFrom }),
	};
	return { model, problems };
}

/** The fields a computed field reads. */
export function computeInputs(compute: FieldCompute | undefined): string[] {
	if (!compute) return [];
	switch (compute.kind) {
		case 'elapsed':
			return compute.to === undefined ? [compute.from] : [compute.from, compute.to];
		case 'clock-duration':
			return [compute.from, compute.to];
		case 'next-update':
			return compute.after === undefined ? [] : [compute.after];
		case 'incident-id':
			return [compute.date, compute.number];
	}
}

function locate(text: string | undefined, part: 'subject' | 'body', base: number): Located[] {
	if (text === undefined) return [];
	return findPlaceholders(text).map((o) => ({ ...o, part, position: base + o.start }));
}

function matchesRef(occurrence: Located, ref: PlaceholderRef): boolean {
	return typeof ref === 'string'
		? occurrence.token === ref
		: occurrence.token === ref.token && occurrence.line === ref.line;
}

function describeRef(ref: PlaceholderRef): string {
	return typeof ref === 'string' ? `"${ref}"` : `"${ref.token}" on the line "${ref.line}"`;
}

/** Splits `text` into lines of literal and placeholder parts. */
function buildLines(text: string, occurrences: Located[], owner: Map<Located, string>): ModelLine[] {
	const lines: ModelLine[] = [{ parts: [] }];
	const pushLiteral = (literal: string) => {
		literal.split('\n').forEach((piece, index) => {
			if (index > 0) lines.push({ parts: [] });
			if (piece !== '') lines[lines.length - 1]!.parts.push({ text: piece });
		});
	};
	let cursor = 0;
	for (const occurrence of occurrences) {
		pushLiteral(text.slice(cursor, occurrence.start));
		lines[lines.length - 1]!.parts.push({ field: owner.get(occurrence) ?? '', token: occurrence.token });
		cursor = occurrence.end;
	}
	pushLiteral(text.slice(cursor));
	return lines;
}

/** Marks the lines of list fields; each must be a list prefix plus the placeholder, nothing else. */
function markLists(lines: ModelLine[], listFields: Set<string>, where: string): string[] {
	const problems: string[] = [];
	lines.forEach((line, index) => {
		const placeholder = line.parts.find((part): part is { field: string; token: string } => 'field' in part);
		if (!placeholder || !listFields.has(placeholder.field)) return;
		const [prefixPart, tokenPart, ...rest] = line.parts;
		const prefix = prefixPart && 'text' in prefixPart ? LIST_PREFIX.exec(prefixPart.text) : null;
		if (!prefix || tokenPart !== placeholder || rest.length > 0) {
			problems.push(`${where}: list field "${placeholder.field}" must fill whole list lines ("- [..]" or "1. [..]")`);
			return;
		}
		line.list = { field: placeholder.field, prefix: prefixPart && 'text' in prefixPart ? prefixPart.text : '', numbered: /\d/.test(prefix[2] ?? '') };
		// The guide ends its resolution steps with a "..." line: it belongs to the list.
		const next = lines[index + 1];
		if (next && next.parts.length === 1 && 'text' in next.parts[0]! && next.parts[0].text.trim() === '...') {
			next.list = { field: placeholder.field, prefix: '', numbered: false, more: true };
		}
	});
	return problems;
}

/**
 * The section heading each body line sits under: Markdown headings (## and deeper) in the report,
 * "HEADING:" lines in messages (a blank line ends a message's section). Lines before any heading
 * are the "Summary".
 */
function sectionsByLine(body: string, format: 'text' | 'markdown'): (string | undefined)[] {
	let current: string | undefined = 'Summary';
	return body.split('\n').map((line) => {
		if (format === 'markdown') {
			const heading = /^#{2,6}\s+(.+)$/.exec(line);
			if (heading) current = heading[1]!.trim();
		} else {
			const heading = /^([A-Z][A-Z0-9 '/&-]*):\s*$/.exec(line);
			if (heading) current = sentenceCase(heading[1]!);
			else if (line.trim() === '') current = current === 'Summary' ? 'Summary' : undefined;
		}
		return current;
	});
}

function sentenceCase(text: string): string {
	const lower = text.toLowerCase();
	return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** Orders fields by position, then groups them by section in order of each section's first field. */
function orderBySection(fields: FieldModel[], position: (field: FieldModel) => number): FieldModel[] {
	const sorted = [...fields].sort((a, b) => position(a) - position(b));
	const sectionOrder = [...new Set(sorted.map((field) => field.section))];
	return sectionOrder.flatMap((section) => sorted.filter((field) => field.section === section));
}
