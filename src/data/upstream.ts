/**
 * Server-only accessors for provenance: the pinned Engram commit, the known upstream defects, and
 * which runbook pages carry a step each defect affects. Every command of every data collection
 * needs provenance (`checked` or `ours`) and every `defects:` reference an existing defect; the
 * build checks both before the first page renders (getProvenanceProblems, src/data/data-checks.ts)
 * and fails naming the file and the place.
 */
import { getCollection, type CollectionKey } from 'astro:content';
import { AstroError } from 'astro/errors';
import { alertSlug } from '../lib/alerts/slug';
import { findCommands, findDefectRefs, missingProvenance } from '../lib/upstream/provenance';
import type { UpstreamDefect, UpstreamPin } from '../schemas/upstream';

/** The data collections that hold commands, and the page each entry is shown on. */
const PAGE_OF: Partial<Record<CollectionKey, (id: string) => string>> = {
	responsePhases: () => 'incident-response',
	trees: (id) => `troubleshooting/${id}`,
	commonIssues: (id) => `common-issues/${id}`,
	errorFamilies: () => 'troubleshooting/error-patterns',
	alerts: (id) => `alerts/${alertSlug(id)}`,
	tools: () => 'reference/tools',
	metricGroups: () => 'monitoring',
	drScenarios: () => 'backup-restore',
	upstreamDefects: () => 'reference/upstream-defects',
	pageCommands: (id) => pageCommandsPage.get(id) ?? id,
};

/** The page each content/data/page-commands file belongs to (filled by scan()). */
const pageCommandsPage = new Map<string, string>();

interface DefectUse {
	/** Page slug of a step that the defect affects. */
	page: string;
	/** The data file and place of that step. */
	file: string;
	path: string;
}

interface Scan {
	/** Commands without provenance and references to no defect, as "file: place …" lines. */
	problems: string[];
	/** Where each defect is used. */
	uses: Map<string, DefectUse[]>;
}

let scanned: Promise<Scan> | undefined;

/** Reads every command and defect reference of the data once per build. */
function scan(): Promise<Scan> {
	scanned ??= (async () => {
		const defectIds = new Set((await getCollection('upstreamDefects')).map((entry) => entry.id));
		for (const entry of await getCollection('pageCommands')) pageCommandsPage.set(entry.id, entry.data.page);
		const problems: string[] = [];
		const uses = new Map<string, DefectUse[]>();
		for (const [collection, pageOf] of Object.entries(PAGE_OF) as [CollectionKey, (id: string) => string][]) {
			for (const entry of await getCollection(collection)) {
				const file = entry.filePath ?? `content/data (${collection})`;
				const place = collection === 'upstreamDefects' ? '' : `${entry.id}`;
				problems.push(...missingProvenance(findCommands(file, entry.data, place)));
				for (const ref of findDefectRefs(file, entry.data)) {
					if (!defectIds.has(ref.defect)) {
						problems.push(`${file}: ${entry.id}.${ref.path} names defect "${ref.defect}", which has no file content/data/upstream-defects/${ref.defect}.yaml`);
						continue;
					}
					const list = uses.get(ref.defect) ?? [];
					list.push({ page: pageOf(entry.id), file, path: `${entry.id}.${ref.path}` });
					uses.set(ref.defect, list);
				}
			}
		}
		return { problems, uses };
	})();
	return scanned;
}

/** Commands with neither `checked:` nor `ours:`, and `defects:` that name no defect file. */
export async function getProvenanceProblems(): Promise<string[]> {
	return (await scan()).problems;
}

/** The Engram commit the runbook was checked against. */
export async function getUpstreamPin(): Promise<UpstreamPin> {
	const entry = (await getCollection('upstream')).find((candidate) => candidate.id === 'engram');
	if (!entry) throw new AstroError('content/data/upstream.yaml needs an `engram:` entry.');
	return entry.data;
}

/** The URL of an upstream file at the pinned commit. */
export function upstreamFileUrl(pin: UpstreamPin, file: string): string {
	return `https://github.com/${pin.repository}/blob/${pin.commit}/${file}`;
}

export interface UpstreamDefectEntry extends UpstreamDefect {
	id: string;
	/** Pages whose steps this defect affects, each once, in data order. */
	affects: string[];
}

/** Every known upstream defect, by title, with the pages it affects. */
export async function getUpstreamDefects(): Promise<UpstreamDefectEntry[]> {
	const { uses } = await scan();
	return (await getCollection('upstreamDefects'))
		.map((entry) => ({
			id: entry.id,
			...entry.data,
			affects: [...new Set((uses.get(entry.id) ?? []).map((use) => use.page))].filter(
				(page) => page !== 'reference/upstream-defects'
			),
		}))
		.sort((a, b) => a.title.localeCompare(b.title));
}

/** Titles of the given defects, for the notes beside affected steps. */
export async function getDefectTitles(ids: readonly string[]): Promise<{ id: string; title: string }[]> {
	const all = await getUpstreamDefects();
	return ids.map((id) => {
		const defect = all.find((candidate) => candidate.id === id);
		if (!defect) throw new AstroError(`Unknown upstream defect "${id}"`);
		return { id, title: defect.title };
	});
}

/** The named steps of a page-commands file, in the order asked; an unknown id fails the build. */
export async function getPageSteps(file: string, ids: readonly string[]) {
	const entry = (await getCollection('pageCommands')).find((candidate) => candidate.id === file);
	if (!entry) throw new AstroError(`No file content/data/page-commands/${file}.yaml`);
	return ids.map((id) => {
		const step = entry.data.steps[id];
		if (!step) throw new AstroError(`content/data/page-commands/${file}.yaml has no step "${id}"`);
		return step;
	});
}
