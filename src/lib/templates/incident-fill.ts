/**
 * The template generator filled from an incident of the console (src/lib/incident/): each
 * incident keeps its own draft per template (so a draft typed without an incident, or for another
 * one, is never touched), the values the incident gives are remembered as `filled`, and a refill
 * (the incident moved on: a milestone logged, an update sent) replaces only the fields the reader
 * has not edited since they were filled. Practice incidents label everything copied PRACTICE.
 */
import type { FieldValues } from './fill';
import { draftKey } from './draft';

/** The draft of a template written for one incident. */
export function incidentDraftKey(templateId: string, incidentUid: string): string {
	return `${draftKey(templateId)}:incident:${incidentUid}`;
}

export interface Refill {
	values: FieldValues;
	/** What the incident gave each field, last time (to tell the reader's edits from fills). */
	filled: FieldValues;
	/** Fields the incident would change but the reader edited: kept as the reader wrote them. */
	kept: string[];
	/** Fields that got a new value from the incident. */
	changed: string[];
}

/**
 * Fills `values` from the incident's `fromIncident`: a field takes the incident's value when it is
 * empty or still holds what the incident gave it last time (`filled`); a field the reader edited
 * stays edited. `fresh`: the draft was just started, so its default values give way to the incident's.
 */
export function refillFromIncident(values: FieldValues, filled: FieldValues, fromIncident: FieldValues, fresh = false): Refill {
	const next: FieldValues = { ...values };
	const nextFilled: FieldValues = { ...filled };
	const kept: string[] = [];
	const changed: string[] = [];
	for (const [id, value] of Object.entries(fromIncident)) {
		const current = values[id];
		const untouched = fresh || current === undefined || current === '' || (Object.hasOwn(filled, id) && current === filled[id]);
		if (untouched) {
			if (current !== value) changed.push(id);
			next[id] = value;
		} else if (current !== value) kept.push(id);
		nextFilled[id] = value;
	}
	return { values: next, filled: nextFilled, kept, changed };
}

const PRACTICE_LINE = 'PRACTICE — NOT A REAL INCIDENT';

/** The text as copied for a practice incident: it says PRACTICE first (once). */
export function practiceText(text: string, practice: boolean, subject = false): string {
	if (!practice || text.startsWith(subject ? 'PRACTICE' : PRACTICE_LINE)) return text;
	return subject ? `PRACTICE — ${text}` : `${PRACTICE_LINE}\n\n${text}`;
}

/** The log line of a copy: "SEV1 Progress Update copied", "… subject copied". */
export function copiedEntry(templateId: string, title: string, what: 'subject' | 'body' | 'download'): { source: string; kind: string; text: string } {
	const words = what === 'subject' ? `${title} subject copied` : what === 'download' ? `${title} downloaded` : `${title} copied`;
	return { source: 'template-generator', kind: `${what === 'download' ? 'downloaded' : 'copied'}:${templateId}`, text: words };
}
