/**
 * Checks an incident read from storage, a handoff link or an imported file, by hand (no zod in
 * client code: the console's JavaScript stays small). Every field is checked; anything else is
 * rejected with a reason that names the place ("log.ab12…fields.time: not a stamped time").
 */
import { isStamped } from '../shared/field-merge';
import { INCIDENT_FORMAT_VERSION, INCIDENT_STATUSES, LOG_KINDS, ROLES, TEXT_FIELDS, parseIncidentId, type Incident } from './record';

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

const MAX_TEXT = 20_000;
const MAX_ENTRIES = 5_000;
const MAX_FIELDS = 500;
const KEY = /^[A-Za-z0-9_-]{1,64}$/;
const CHECK_KEY = /^check:[A-Za-z0-9_.:-]{1,120}$/;

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isText = (v: unknown) => typeof v === 'string' && v.length <= MAX_TEXT;
const isShortText = (v: unknown) => typeof v === 'string' && v.length > 0 && v.length <= 200;
const isTime = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v < 8.64e15;
const isTimeOrNull = (v: unknown) => v === null || isTime(v);
const isBool = (v: unknown) => typeof v === 'boolean';
const isClassifier = (v: unknown) =>
	v === null ||
	(isObject(v) &&
		Object.keys(v).length === 2 &&
		isShortText(v.level) &&
		isObject(v.answers) &&
		Object.keys(v.answers).length <= 100 &&
		Object.entries(v.answers).every(([k, a]) => KEY.test(k) && isShortText(a)));

/** The checker of each fixed field's value. */
const FIELD_CHECKS: Record<string, (v: unknown) => boolean> = {
	severity: isShortText,
	status: (v) => INCIDENT_STATUSES.includes(v as never),
	startedAt: isTime,
	detectedAt: isTime,
	snoozeUntil: isTimeOrNull,
	classifier: isClassifier,
	...Object.fromEntries(TEXT_FIELDS.map((key) => [key, isText])),
	...Object.fromEntries(ROLES.map((role) => [`role:${role.id}`, isText])),
};
const REQUIRED_FIELDS = ['title', 'severity', 'status', 'startedAt', 'detectedAt'];

function fail(reason: string): { ok: false; reason: string } {
	return { ok: false, reason };
}

function onlyKeys(record: Record<string, unknown>, allowed: string[], where: string): string | undefined {
	const extra = Object.keys(record).find((key) => !allowed.includes(key));
	return extra === undefined ? undefined : `${where}: unknown key "${extra}"`;
}

/** The incident, or why `data` is not one. */
export function validateIncident(data: unknown): Checked<Incident> {
	if (!isObject(data)) return fail('not an incident (an object was expected)');
	const keys = onlyKeys(data, ['v', 'uid', 'id', 'practice', 'createdAt', 'createdBy', 'fields', 'log'], 'incident');
	if (keys) return fail(keys);
	if (data.v !== INCIDENT_FORMAT_VERSION) return fail(`format version ${JSON.stringify(data.v)} is not ${INCIDENT_FORMAT_VERSION}`);
	if (typeof data.uid !== 'string' || !KEY.test(data.uid)) return fail('uid: not a key of letters and digits');
	if (typeof data.id !== 'string' || !parseIncidentId(data.id)) return fail(`id: ${JSON.stringify(data.id)} is not INC-YYYY-MM-DD-NNN`);
	if (!isBool(data.practice)) return fail('practice: not true or false');
	if (!isTime(data.createdAt)) return fail('createdAt: not a time');
	if (!isShortText(data.createdBy)) return fail('createdBy: not a tab id');
	if (!isObject(data.fields)) return fail('fields: not an object');
	const fieldKeys = Object.keys(data.fields);
	if (fieldKeys.length > MAX_FIELDS) return fail(`fields: more than ${MAX_FIELDS}`);
	for (const key of fieldKeys) {
		const check = FIELD_CHECKS[key] ?? (CHECK_KEY.test(key) ? isBool : undefined);
		if (!check) return fail(`fields: unknown field "${key}"`);
		if (!isStamped(data.fields[key], check)) return fail(`fields.${key}: not a valid stamped value`);
	}
	for (const key of REQUIRED_FIELDS) if (!(key in data.fields)) return fail(`fields.${key}: missing`);
	if (!isObject(data.log)) return fail('log: not an object');
	const entries = Object.entries(data.log);
	if (entries.length > MAX_ENTRIES) return fail(`log: more than ${MAX_ENTRIES} entries`);
	for (const [id, entry] of entries) {
		const where = `log.${id}`;
		if (!KEY.test(id)) return fail(`log: entry id "${id.slice(0, 40)}" is not a key`);
		if (!isObject(entry)) return fail(`${where}: not an object`);
		const extra = onlyKeys(entry, ['id', 'kind', 'createdAt', 'by', 'tag', 'source', 'fields'], where);
		if (extra) return fail(extra);
		if (entry.id !== id) return fail(`${where}.id: does not match its key`);
		if (!LOG_KINDS.includes(entry.kind as never)) return fail(`${where}.kind: ${JSON.stringify(entry.kind)} is not a log kind`);
		if (!isTime(entry.createdAt)) return fail(`${where}.createdAt: not a time`);
		if (!isShortText(entry.by)) return fail(`${where}.by: not a tab id`);
		if ('tag' in entry && !isShortText(entry.tag)) return fail(`${where}.tag: not a short text`);
		if ('source' in entry && !isShortText(entry.source)) return fail(`${where}.source: not a short text`);
		if (!isObject(entry.fields)) return fail(`${where}.fields: not an object`);
		const fieldsExtra = onlyKeys(entry.fields, ['time', 'text', 'actor', 'deleted'], `${where}.fields`);
		if (fieldsExtra) return fail(fieldsExtra);
		const checks = { time: isTime, text: isText, actor: isText, deleted: isBool };
		for (const [key, check] of Object.entries(checks)) {
			if (!isStamped(entry.fields[key], check)) return fail(`${where}.fields.${key}: missing or not a valid stamped value`);
		}
	}
	return { ok: true, value: data as unknown as Incident };
}
