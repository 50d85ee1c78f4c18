/**
 * Runbook text may name an organisation setting as {{settingName}} (e.g. {{supportEmail}}), so that
 * a team changes its contacts in one file. This module finds and fills those tokens.
 */
const TOKEN = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;

/** The setting names a text refers to, in order of first use. */
export function findOrganisationTokens(text: string): string[] {
	return [...new Set([...text.matchAll(TOKEN)].map((match) => match[1] ?? ''))];
}

/**
 * Replaces every {{settingName}} with the setting's value. An empty setting becomes a visible
 * bracketed placeholder ("[supportEmail not configured]") so nobody sends a message with a hole.
 * An unknown name throws: it is a typo in the data, and the build should say so.
 */
export function applyOrganisationTokens(text: string, settings: Record<string, unknown>): string {
	return text.replace(TOKEN, (_whole, name: string) => {
		if (!(name in settings)) {
			throw new Error(`unknown organisation setting {{${name}}}`);
		}
		const value = settings[name];
		if (typeof value !== 'string') throw new Error(`organisation setting {{${name}}} is not text`);
		return value === '' ? `[${name} not configured]` : value;
	});
}
