/** Times as the console shows them: UTC as the guide writes it, local time beside it. */
import { formatUtcInput, parseUtcTime } from '~/lib/time/incident-time';

export { formatUtcInput, parseUtcTime };

/** "15:05 local" (the browser's own zone), or "" when it is UTC anyway. */
export function localBeside(ms: number): string {
	const date = new Date(ms);
	if (date.getTimezoneOffset() === 0) return 'same as local time';
	return `${date.toLocaleString([], { weekday: 'short', hour: '2-digit', minute: '2-digit' })} local time`;
}
