/**
 * Reads the number of minutes out of a time as the guide words it: "Immediate" → 0,
 * "<15 min" → 15, "2 hours" → 120, "8 hours (or next maintenance window)" → 480.
 * Returns undefined for words without a number ("Next business day", "N/A").
 */
export function parseStatedMinutes(text: string): number | undefined {
	if (/^\s*immediate/i.test(text)) return 0;
	const match = /(\d+(?:\.\d+)?)\s*(min|minutes?|h|hours?)\b/i.exec(text);
	if (!match) return undefined;
	const value = Number(match[1]);
	return /^h/i.test(match[2] ?? '') ? value * 60 : value;
}
