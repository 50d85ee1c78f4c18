/**
 * Reads "minutes since the incident started" as people type it at 3 a.m.: "45", "45 min",
 * "2h", "2 hours", "1h30", "1 h 30 min", "1:30". Anything else gets a message; the typed text
 * itself is never changed or thrown away by the caller.
 */

/** The longest incident the tools reason about: 30 days, in minutes. */
export const MAX_INCIDENT_MINUTES = 30 * 24 * 60;

export type DurationInput =
	{ status: 'empty' } | { status: 'ok'; minutes: number } | { status: 'invalid'; message: string };

const HOURS = String.raw`(\d{1,3})\s*(?:h|hr|hrs|hour|hours)`;
const MINUTES = String.raw`(\d{1,5})\s*(?:m|min|mins|minute|minutes)?`;

/** Parses a duration typed into the minutes field. */
export function parseDurationInput(text: string): DurationInput {
	const value = text.trim().toLowerCase();
	if (value === '') return { status: 'empty' };
	const minutes = toMinutes(value);
	if (minutes === undefined) {
		return { status: 'invalid', message: 'Enter the time since the start in minutes, e.g. 45, or as 1h30.' };
	}
	if (minutes > MAX_INCIDENT_MINUTES) {
		return {
			status: 'invalid',
			message: 'That is more than 30 days. Enter the time since the start in minutes, e.g. 45.',
		};
	}
	return { status: 'ok', minutes };
}

function toMinutes(value: string): number | undefined {
	const clock = /^(\d{1,3}):([0-5]\d)$/.exec(value);
	if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
	const full = new RegExp(`^(?:${HOURS})?\\s*(?:${MINUTES})?$`).exec(value);
	if (!full || (full[1] === undefined && full[2] === undefined)) return undefined;
	return Number(full[1] ?? 0) * 60 + Number(full[2] ?? 0);
}
