/**
 * The one reader of organisation settings (content/data/organisation.yaml) by dotted path:
 * "supportEmail", "dashboards.engramHealth". Pages, components and tools all read through it.
 */
export const ORGANISATION_FILE = 'content/data/organisation.yaml';

/** The setting's text, or undefined when the path names no text setting. */
export function readSetting(organisation: unknown, path: string): string | undefined {
	const value = path
		.split('.')
		.reduce<unknown>(
			(node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
			organisation
		);
	return typeof value === 'string' ? value : undefined;
}

/** The setting's text; a path that names no setting is a typo in the data and throws. */
export function requireSetting(organisation: unknown, path: string): string {
	const value = readSetting(organisation, path);
	if (value === undefined) throw new Error(`"${path}" is not a setting of ${ORGANISATION_FILE}`);
	return value;
}
