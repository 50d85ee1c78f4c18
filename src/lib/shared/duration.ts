/**
 * The one place durations become text. Two styles, one rule: whole minutes, hours from 60 up.
 * - formatDuration: in words, the way the guide writes it ("1 hour 30 minutes"), for sentences;
 * - formatDurationShort: the way an on-call engineer says it ("1 h 30 min"), for compact hints.
 * Negative or non-finite durations are undefined.
 */
function split(minutes: number): { hours: number; rest: number } | undefined {
	if (!Number.isFinite(minutes) || minutes < 0) return undefined;
	const whole = Math.floor(minutes);
	return { hours: Math.floor(whole / 60), rest: whole % 60 };
}

/** "45 minutes", "1 hour", "2 hours 5 minutes", "26 hours 1 minute". */
export function formatDuration(minutes: number): string | undefined {
	const parts = split(minutes);
	if (!parts) return undefined;
	const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;
	if (parts.hours === 0) return plural(parts.rest, 'minute');
	return parts.rest === 0 ? plural(parts.hours, 'hour') : `${plural(parts.hours, 'hour')} ${plural(parts.rest, 'minute')}`;
}

/** "45 min", "2 h", "1 h 30 min". */
export function formatDurationShort(minutes: number): string | undefined {
	const parts = split(minutes);
	if (!parts) return undefined;
	if (parts.hours === 0) return `${parts.rest} min`;
	return parts.rest === 0 ? `${parts.hours} h` : `${parts.hours} h ${parts.rest} min`;
}
