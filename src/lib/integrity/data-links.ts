/**
 * Every link written in runbook data ([text](slug#anchor) in any string of any file under
 * content/data, outside code spans) must name a page of the site. Runs once per build
 * (src/data/pages.ts) and in test/content; a link to a page that does not exist fails the build,
 * naming the file, the entry and the field, instead of publishing a dead link.
 */
import { findLinkTargets } from '../shared/inline-markdown';

export interface DataEntry {
	/** Project-relative data file: content/data/alerts.yaml. */
	file: string;
	/** The entry's id within its file, when the file holds several. */
	id?: string;
	data: unknown;
}

/** One problem per link whose page is not in `pageSlugs` ("" is the home page). */
export function checkDataLinks(entries: readonly DataEntry[], pageSlugs: readonly string[]): string[] {
	const pages = new Set(pageSlugs);
	const problems: string[] = [];
	const visit = (value: unknown, where: string, place: string) => {
		if (typeof value === 'string') {
			for (const target of findLinkTargets(value)) {
				if (target.startsWith('#') || /^https?:\/\//.test(target)) continue;
				if (!pages.has(target.split('#')[0] ?? '')) {
					problems.push(`${where}${place ? ` ${place}` : ''}: links to "${target}", which is no page`);
				}
			}
		} else if (Array.isArray(value)) {
			value.forEach((item, index) => visit(item, where, place ? `${place}.${index}` : String(index)));
		} else if (value !== null && typeof value === 'object') {
			for (const [key, item] of Object.entries(value)) visit(item, where, place ? `${place}.${key}` : key);
		}
	};
	for (const entry of entries) visit(entry.data, entry.id === undefined ? entry.file : `${entry.file} (${entry.id})`, '');
	return problems;
}
