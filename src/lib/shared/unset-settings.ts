/**
 * The build's short list of organisation settings that are not set, and where they show
 * (src/integrations/unset-settings.ts prints it after `npm run build`). Pages mark each place a
 * setting is used with `data-setting="<path>"` (not set up: src/components/shared/SettingValue.astro)
 * or, for a tool that reads several, `data-uses-settings="<path> <path>"`. Pure.
 */

/** Every text setting by dotted path ("dashboards.engramHealth"), with its value. */
export function flattenSettings(organisation: unknown, prefix = ''): [path: string, value: string][] {
	if (organisation === null || typeof organisation !== 'object') return [];
	return Object.entries(organisation as Record<string, unknown>).flatMap(([key, value]) =>
		typeof value === 'string'
			? [[`${prefix}${key}`, value] as [string, string]]
			: flattenSettings(value, `${prefix}${key}.`)
	);
}

/** The settings a page's HTML marks as used there. */
export function settingsUsedIn(html: string): string[] {
	const used = new Set<string>();
	for (const match of html.matchAll(/data-setting="([\w.]+)"/g)) used.add(match[1]!);
	for (const match of html.matchAll(/data-uses-settings="([\w. ]+)"/g)) {
		for (const path of match[1]!.split(' ')) if (path !== '') used.add(path);
	}
	return [...used];
}

/** One line per unset setting: its path and the pages that show it ("not used on any page" when none). */
export function describeUnsetSettings(
	organisation: unknown,
	pagesBySetting: ReadonlyMap<string, readonly string[]>,
	maxPages = 3
): string[] {
	return flattenSettings(organisation)
		.filter(([, value]) => value.trim() === '')
		.map(([path]) => {
			const pages = [...(pagesBySetting.get(path) ?? [])].sort();
			if (pages.length === 0) return `${path}: no page marks it (a tool or template may still use it)`;
			const shown = pages.slice(0, maxPages).join(', ');
			const more = pages.length > maxPages ? ` and ${pages.length - maxPages} more` : '';
			return `${path}: ${pages.length} page${pages.length === 1 ? '' : 's'} (${shown}${more})`;
		});
}
