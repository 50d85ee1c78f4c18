/**
 * The incident record: one declared incident with its fields and its log, as the incident console
 * (/incident/) keeps it in the browser. Every editable scalar is a stamped field (field-merge.ts),
 * every log entry has an id and stamped fields of its own, and a deletion is a tombstone (undo
 * clears it), so `mergeIncidents` of two copies edited at once keeps every edit of both.
 * Update count and last update time are derived from the log's "update sent" entries, never
 * counted in a field, so merging two tabs that each sent an update counts two.
 * Framework-free: severity levels and organisation defaults are passed in, never hard-coded.
 */
import { createStampClock, mergeFieldMaps, randomId, stamp, type FieldMap, type StampClock, type Stamped } from '../shared/field-merge';

export const INCIDENT_FORMAT_VERSION = 1;

export type IncidentStatus = 'open' | 'resolved' | 'archived';
export const INCIDENT_STATUSES: readonly IncidentStatus[] = ['open', 'resolved', 'archived'];

/** The guide's roles; `setting` is the organisation setting that gives the default name. */
export const ROLES = [
	{ id: 'commander', label: 'Incident commander', setting: 'incidentCommander' },
	{ id: 'oncall', label: 'On-call engineer' },
	{ id: 'communications', label: 'Communications' },
	{ id: 'scribe', label: 'Scribe' },
] as const satisfies readonly { id: string; label: string; setting?: string }[];
export type RoleId = (typeof ROLES)[number]['id'];

/** The free-text fields of the record (besides the title and the roles). */
export const TEXT_FIELDS = ['title', 'impact', 'hypothesis', 'nextSteps', 'openQuestions'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** Answers of the severity classifier that the incident was declared from (question id → answer). */
export interface ClassifierAnswers {
	level: string;
	answers: Record<string, string>;
}

/**
 * The stamped fields. Keys: the text fields, `severity` (a level id), `status`, `startedAt` and
 * `detectedAt` (ms), `snoozeUntil` (ms or null), `classifier` (ClassifierAnswers or null),
 * `role:<id>` (a name), `check:<item key>` (a ticked checklist item).
 */
export type IncidentFields = FieldMap;

export type LogKind = 'declared' | 'milestone' | 'note' | 'tool' | 'update-sent' | 'status' | 'check' | 'field';
export const LOG_KINDS: readonly LogKind[] = ['declared', 'milestone', 'note', 'tool', 'update-sent', 'status', 'check', 'field'];

/** One log entry. `kind`, `createdAt`, `by` and the optional tags never change; `fields` do. */
export interface LogEntry {
	id: string;
	kind: LogKind;
	/** When the entry was written (ms), and by which tab. */
	createdAt: number;
	by: string;
	/** A milestone id (kind milestone), a status (kind status), a checklist item key (kind check). */
	tag?: string;
	/** The tool that wrote it (kind tool): "template-generator", "severity-classifier"… */
	source?: string;
	fields: {
		/** When it happened (ms): editable, the log is sorted by it. */
		time: Stamped<number>;
		text: Stamped<string>;
		/** Who did it (a name), empty when not said. */
		actor: Stamped<string>;
		/** The tombstone: a deleted entry stays, hidden, until undo clears it. */
		deleted: Stamped<boolean>;
	};
}

export interface Incident {
	v: typeof INCIDENT_FORMAT_VERSION;
	/** A random unique key: two machines may both number an incident INC-…-001. */
	uid: string;
	/** INC-YYYY-MM-DD-NNN, given at declaration and never changed. */
	id: string;
	/** A practice incident: labelled PRACTICE everywhere, listed apart, never mixed with real ones. */
	practice: boolean;
	createdAt: number;
	createdBy: string;
	fields: IncidentFields;
	log: Record<string, LogEntry>;
}

/** What the record needs to know about a severity level (from content/data/severity-levels.yaml). */
export interface SeverityLevelInfo {
	id: string;
	label: string;
	name: string;
	communication: { detail: string; firstUpdateWithinMinutes?: number | undefined; everyMinutes?: number | undefined };
	requiredActions: string[];
}

/** The tab's editing context: its stamp clock and its id generator (injectable for tests). */
export interface EditContext {
	clock: StampClock;
	newId: () => string;
	/** The wall clock (ms): the time of new log entries. */
	now: () => number;
}

export function editContext(by: string = randomId(), now: () => number = Date.now): EditContext {
	return { clock: createStampClock(by, now), newId: () => randomId(), now };
}

// ---------------------------------------------------------------------------------------------
// Ids

const ID_PATTERN = /^INC-(\d{4})-(\d{2})-(\d{2})-(\d{3,})$/;

/** "INC-2026-03-01-" for an incident that started at `start` (its UTC date). */
export function incidentIdPrefix(start: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `INC-${start.getUTCFullYear()}-${pad(start.getUTCMonth() + 1)}-${pad(start.getUTCDate())}-`;
}

/** The next free INC-YYYY-MM-DD-NNN of the start's UTC day among the known ids. */
export function nextIncidentId(start: Date, knownIds: Iterable<string>): string {
	const prefix = incidentIdPrefix(start);
	let highest = 0;
	for (const id of knownIds) {
		if (!id.startsWith(prefix) || !ID_PATTERN.test(id)) continue;
		highest = Math.max(highest, Number(id.slice(prefix.length)));
	}
	return `${prefix}${String(highest + 1).padStart(3, '0')}`;
}

/** The parts of an incident id, or undefined when it is not one. */
export function parseIncidentId(id: string): { date: string; number: number } | undefined {
	const match = ID_PATTERN.exec(id);
	return match ? { date: `${match[1]}-${match[2]}-${match[3]}`, number: Number(match[4]) } : undefined;
}

// ---------------------------------------------------------------------------------------------
// Declaring

export interface Declaration {
	title: string;
	severity: string;
	practice: boolean;
	startedAt: number;
	detectedAt: number;
	roles: Partial<Record<RoleId, string>>;
	impact?: string;
	classifier?: ClassifierAnswers;
}

/*
 * The link from the severity classifier's result to the console's declare form:
 * `/incident/?declare=sev1&answers=criterion:yes,criterion:no`. The console opens its declare form
 * with that severity picked and stores the answers in the record. (Here, not in a module of its
 * own, so the console's bundle gets no extra chunk.)
 */
const ANSWER = /^[a-z0-9][a-z0-9-]{0,63}$/i;

/** The query string of a declare link for `classifier` (answers in their given order). */
export function declareSearch(classifier: ClassifierAnswers): string {
	const params = new URLSearchParams({ declare: classifier.level });
	const answers = Object.entries(classifier.answers)
		.filter(([key, value]) => ANSWER.test(key) && ANSWER.test(value))
		.map(([key, value]) => `${key}:${value}`);
	if (answers.length > 0) params.set('answers', answers.join(','));
	return `?${params.toString()}`;
}

/** What a declare link asks for: a known severity and the answers, or undefined when it is none. */
export function parseDeclareSearch(search: string, levelIds: readonly string[]): ClassifierAnswers | undefined {
	const params = new URLSearchParams(search);
	const level = params.get('declare');
	if (!level || !levelIds.includes(level)) return undefined;
	const answers: Record<string, string> = {};
	for (const pair of (params.get('answers') ?? '').split(',')) {
		const [key, value, extra] = pair.split(':');
		if (extra === undefined && key && value && ANSWER.test(key) && ANSWER.test(value)) answers[key] = value;
	}
	return { level, answers };
}

/** The roles' default names from the organisation settings (`read` is readSetting bound to the data). */
export function defaultRoles(read: (path: string) => string | undefined): Record<RoleId, string> {
	const roles = {} as Record<RoleId, string>;
	for (const role of ROLES) roles[role.id] = 'setting' in role ? (read(role.setting) ?? '') : '';
	return roles;
}

/** A new open incident, numbered among `knownIds`, with its "declared" log entry. */
export function declareIncident(input: Declaration, knownIds: Iterable<string>, ctx: EditContext): Incident {
	const created = ctx.clock.next();
	const fields: IncidentFields = {
		title: stamp(input.title.trim(), ctx.clock),
		severity: stamp(input.severity, ctx.clock),
		status: stamp<IncidentStatus>('open', ctx.clock),
		startedAt: stamp(input.startedAt, ctx.clock),
		detectedAt: stamp(input.detectedAt, ctx.clock),
		impact: stamp(input.impact ?? '', ctx.clock),
		hypothesis: stamp('', ctx.clock),
		nextSteps: stamp('', ctx.clock),
		openQuestions: stamp('', ctx.clock),
		snoozeUntil: stamp<number | null>(null, ctx.clock),
		classifier: stamp<ClassifierAnswers | null>(input.classifier ?? null, ctx.clock),
	};
	for (const role of ROLES) fields[`role:${role.id}`] = stamp(input.roles[role.id] ?? '', ctx.clock);
	const incident: Incident = {
		v: INCIDENT_FORMAT_VERSION,
		uid: ctx.newId(),
		id: nextIncidentId(new Date(input.startedAt), knownIds),
		practice: input.practice,
		createdAt: created.at,
		createdBy: created.by,
		fields,
		log: {},
	};
	return addEntry(incident, { kind: 'declared', text: 'Incident declared' }, ctx);
}

// ---------------------------------------------------------------------------------------------
// Reading

export function textField(incident: Incident, key: TextField | `role:${RoleId}`): string {
	const value = incident.fields[key]?.value;
	return typeof value === 'string' ? value : '';
}
export function severityOf(incident: Incident): string {
	return String(incident.fields.severity?.value ?? '');
}
export function statusOf(incident: Incident): IncidentStatus {
	const value = incident.fields.status?.value;
	return INCIDENT_STATUSES.includes(value as IncidentStatus) ? (value as IncidentStatus) : 'open';
}
export function startedAt(incident: Incident): number {
	return Number(incident.fields.startedAt?.value ?? incident.createdAt);
}
export function detectedAt(incident: Incident): number {
	return Number(incident.fields.detectedAt?.value ?? startedAt(incident));
}
export function snoozeUntil(incident: Incident): number | null {
	const value = incident.fields.snoozeUntil?.value;
	return typeof value === 'number' ? value : null;
}
export function classifierOf(incident: Incident): ClassifierAnswers | null {
	return (incident.fields.classifier?.value as ClassifierAnswers | null | undefined) ?? null;
}
export function isChecked(incident: Incident, itemKey: string): boolean {
	return incident.fields[`check:${itemKey}`]?.value === true;
}
export function levelOf(incident: Incident, levels: readonly SeverityLevelInfo[]): SeverityLevelInfo | undefined {
	return levels.find((level) => level.id === severityOf(incident));
}

/** The log as shown: not deleted (unless asked), by time, then by writing order. */
export function logEntries(incident: Incident, options: { withDeleted?: boolean } = {}): LogEntry[] {
	return Object.values(incident.log)
		.filter((entry) => options.withDeleted || !entry.fields.deleted.value)
		.sort((a, b) => a.fields.time.value - b.fields.time.value || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The "update sent" entries, in order. */
export function updatesSent(incident: Incident): LogEntry[] {
	return logEntries(incident).filter((entry) => entry.kind === 'update-sent');
}
export function updateCount(incident: Incident): number {
	return updatesSent(incident).length;
}
/** When the last update was sent (ms), or undefined before the first. */
export function lastUpdateAt(incident: Incident): number | undefined {
	const sent = updatesSent(incident);
	return sent.length === 0 ? undefined : sent[sent.length - 1]!.fields.time.value;
}

/** The earliest logged time of a milestone (ms), or undefined when it is not logged. */
export function milestoneTime(incident: Incident, milestoneId: string): number | undefined {
	return logEntries(incident).find((entry) => entry.kind === 'milestone' && entry.tag === milestoneId)?.fields.time.value;
}
export function milestoneEntry(incident: Incident, milestoneId: string): LogEntry | undefined {
	return logEntries(incident).find((entry) => entry.kind === 'milestone' && entry.tag === milestoneId);
}

// ---------------------------------------------------------------------------------------------
// Editing: every function returns a new incident and leaves its argument alone.

function withFields(incident: Incident, changes: Record<string, unknown>, ctx: EditContext): Incident {
	const fields = { ...incident.fields };
	for (const [key, value] of Object.entries(changes)) fields[key] = stamp(value, ctx.clock);
	return { ...incident, fields };
}

/** Sets a text field or a role. */
export function setText(incident: Incident, key: TextField | `role:${RoleId}`, value: string, ctx: EditContext): Incident {
	return withFields(incident, { [key]: value }, ctx);
}
export function setTimes(incident: Incident, times: { startedAt?: number; detectedAt?: number }, ctx: EditContext): Incident {
	return withFields(incident, times, ctx);
}

export interface NewEntry {
	kind: LogKind;
	text: string;
	/** When it happened (ms); default now. */
	time?: number;
	actor?: string;
	tag?: string;
	source?: string;
}

/** Adds a log entry; `created` is its id. */
export function addEntry(incident: Incident, input: NewEntry, ctx: EditContext): Incident {
	const created = ctx.clock.next();
	const entry: LogEntry = {
		id: ctx.newId(),
		kind: input.kind,
		createdAt: created.at,
		by: created.by,
		...(input.tag === undefined ? {} : { tag: input.tag }),
		...(input.source === undefined ? {} : { source: input.source }),
		fields: {
			time: { value: input.time ?? ctx.now(), ...created },
			text: { value: input.text, ...created },
			actor: { value: input.actor ?? '', ...created },
			deleted: { value: false, ...created },
		},
	};
	return { ...incident, log: { ...incident.log, [entry.id]: entry } };
}

/** Edits an entry's text, time or actor. An unknown id changes nothing. */
export function editEntry(
	incident: Incident,
	entryId: string,
	changes: { text?: string; time?: number; actor?: string; deleted?: boolean },
	ctx: EditContext
): Incident {
	const entry = incident.log[entryId];
	if (!entry) return incident;
	const fields = { ...entry.fields };
	for (const key of ['text', 'time', 'actor', 'deleted'] as const) {
		if (changes[key] !== undefined) (fields as Record<string, Stamped<unknown>>)[key] = stamp(changes[key], ctx.clock);
	}
	return { ...incident, log: { ...incident.log, [entryId]: { ...entry, fields } } };
}

/** Deletes an entry (a tombstone); `undoDelete` brings it back. */
export function deleteEntry(incident: Incident, entryId: string, ctx: EditContext): Incident {
	return editEntry(incident, entryId, { deleted: true }, ctx);
}
export function undoDelete(incident: Incident, entryId: string, ctx: EditContext): Incident {
	return editEntry(incident, entryId, { deleted: false }, ctx);
}

const STATUS_WORDS: Record<IncidentStatus, string> = { open: 'Reopened', resolved: 'Resolved', archived: 'Archived' };

/** Resolves, reopens (status open) or archives, and logs it. */
export function setStatus(incident: Incident, status: IncidentStatus, ctx: EditContext, now?: number): Incident {
	if (statusOf(incident) === status) return incident;
	const changed = withFields(incident, { status }, ctx);
	return addEntry(changed, { kind: 'status', tag: status, text: STATUS_WORDS[status], ...(now === undefined ? {} : { time: now }) }, ctx);
}

/** Changes the severity and logs the change. */
export function setSeverity(incident: Incident, levelId: string, levels: readonly SeverityLevelInfo[], ctx: EditContext): Incident {
	const before = levelOf(incident, levels)?.label ?? severityOf(incident);
	if (severityOf(incident) === levelId) return incident;
	const after = levels.find((level) => level.id === levelId)?.label ?? levelId;
	return addEntry(withFields(incident, { severity: levelId }, ctx), { kind: 'field', tag: 'severity', text: `Severity changed from ${before} to ${after}` }, ctx);
}

/** Logs a status update sent: the countdown restarts from it, and a snooze ends. */
export function markUpdateSent(incident: Incident, ctx: EditContext, now?: number): Incident {
	const number = updateCount(incident) + 1;
	const cleared = withFields(incident, { snoozeUntil: null }, ctx);
	return addEntry(cleared, { kind: 'update-sent', text: `Status update #${number} sent`, ...(now === undefined ? {} : { time: now }) }, ctx);
}

/** Stores the severity classifier's answers (a new classification of the incident); the caller logs it. */
export function setClassifier(incident: Incident, classifier: ClassifierAnswers | null, ctx: EditContext): Incident {
	return withFields(incident, { classifier }, ctx);
}

/** Snoozes the update reminder until `until` (ms); null ends the snooze. */
export function snooze(incident: Incident, until: number | null, ctx: EditContext): Incident {
	return withFields(incident, { snoozeUntil: until }, ctx);
}

/** Ticks or unticks a checklist item (`key` stable, `text` as shown) and logs the tick. */
export function setChecked(incident: Incident, key: string, text: string, checked: boolean, ctx: EditContext): Incident {
	if (isChecked(incident, key) === checked) return incident;
	const changed = withFields(incident, { [`check:${key}`]: checked }, ctx);
	return addEntry(changed, { kind: 'check', tag: key, text: checked ? `Done: ${text}` : `Not done after all: ${text}` }, ctx);
}

/** Logs a milestone (id from content/data/incident-milestones.yaml, text its event words). */
export function logMilestone(incident: Incident, milestone: { id: string; event: string }, ctx: EditContext, extra: { time?: number; actor?: string } = {}): Incident {
	return addEntry(incident, { kind: 'milestone', tag: milestone.id, text: milestone.event, ...extra }, ctx);
}

/** What a tool writes into the log of an open incident (template copied, tree walked…). */
export function logToolEntry(incident: Incident, input: { source: string; kind: string; text: string }, ctx: EditContext): Incident {
	return addEntry(incident, { kind: 'tool', source: input.source, tag: input.kind, text: input.text }, ctx);
}

// ---------------------------------------------------------------------------------------------
// Merging

function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, inner: unknown) =>
		inner !== null && typeof inner === 'object' && !Array.isArray(inner)
			? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
			: inner
	);
}

/** The smaller of two values by canonical JSON: a deterministic pick for parts that never change. */
function pick<T>(a: T, b: T): T {
	return canonical(a) <= canonical(b) ? a : b;
}

function entryHead(entry: LogEntry): Omit<LogEntry, 'fields'> {
	const { fields: _fields, ...head } = entry;
	return head;
}

function mergeEntries(a: LogEntry, b: LogEntry): LogEntry {
	const head = pick(entryHead(a), entryHead(b));
	return { ...head, fields: mergeFieldMaps(a.fields, b.fields) as LogEntry['fields'] };
}

/**
 * Two copies of the same incident (same uid) as one: each field's latest edit, every log entry of
 * both (merged field by field by entry id). Commutative, associative and idempotent.
 */
export function mergeIncidents(a: Incident, b: Incident): Incident {
	if (a.uid !== b.uid) throw new Error(`cannot merge two different incidents (${a.id} and ${b.id})`);
	const head = pick(
		{ id: a.id, practice: a.practice, createdAt: a.createdAt, createdBy: a.createdBy },
		{ id: b.id, practice: b.practice, createdAt: b.createdAt, createdBy: b.createdBy }
	);
	const log: Record<string, LogEntry> = {};
	for (const id of [...new Set([...Object.keys(a.log), ...Object.keys(b.log)])].sort()) {
		const left = a.log[id];
		const right = b.log[id];
		log[id] = left && right ? mergeEntries(left, right) : (left ?? right)!;
	}
	return { v: INCIDENT_FORMAT_VERSION, uid: a.uid, ...head, fields: mergeFieldMaps(a.fields, b.fields), log };
}

/** The latest stamp anywhere in the incident: the clock observes it after a merge. */
export function latestEdit(incident: Incident): number {
	let latest = incident.createdAt;
	for (const field of Object.values(incident.fields)) latest = Math.max(latest, field.at);
	for (const entry of Object.values(incident.log)) for (const field of Object.values(entry.fields)) latest = Math.max(latest, field.at);
	return latest;
}

/** Canonical JSON of an incident: equal incidents give equal text (tests, change detection). */
export function incidentJson(incident: Incident): string {
	return canonical(incident);
}

/** Adds an imported incident to the ones known: merged with the same uid, else added. */
export function importInto(known: readonly Incident[], imported: Incident): { incidents: Incident[]; merged: boolean } {
	const index = known.findIndex((incident) => incident.uid === imported.uid);
	if (index === -1) return { incidents: [...known, imported], merged: false };
	const incidents = [...known];
	incidents[index] = mergeIncidents(known[index]!, imported);
	return { incidents, merged: true };
}
