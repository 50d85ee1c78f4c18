/**
 * Finds every command in the runbook's data and what it says about its provenance. A command is
 * any string under one of COMMAND_KEYS; the object holding it must carry `checked` (citations at
 * the pinned Engram commit) or `ours` (a reason). Pure: it walks parsed YAML, so the build, the
 * tests and scripts/verify-upstream.ts share it.
 */
import type { UpstreamCitation } from '../../schemas/provenance';

/** Keys whose string value is a command, an expression or a config snippet an operator runs or pastes. */
export const COMMAND_KEYS = ['code', 'command', 'check', 'usage', 'dryRun', 'realRun', 'expression'] as const;

export interface CommandSite {
	/** The data file, e.g. content/data/common-issues/wal-lag.yaml. */
	file: string;
	/** Where in the file: `causes[2].actions[0]`. */
	path: string;
	/** The key that holds the command (`code`, `check`, …). */
	key: string;
	command: string;
	checked: UpstreamCitation[];
	ours: string | undefined;
	defects: string[];
}

type Json = unknown;
const isRecord = (value: Json): value is Record<string, Json> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every command under `value` (a parsed data file or one entry of it), depth first, in file order. */
export function findCommands(file: string, value: Json, path = ''): CommandSite[] {
	const sites: CommandSite[] = [];
	const visit = (node: Json, at: string) => {
		if (Array.isArray(node)) {
			node.forEach((item, index) => visit(item, `${at}[${index}]`));
			return;
		}
		if (!isRecord(node)) return;
		for (const key of COMMAND_KEYS) {
			const command = node[key];
			if (typeof command !== 'string') continue;
			sites.push({
				file,
				path: at || '(top level)',
				key,
				command,
				checked: Array.isArray(node.checked) ? (node.checked as UpstreamCitation[]) : [],
				ours: typeof node.ours === 'string' ? node.ours : undefined,
				defects: Array.isArray(node.defects) ? (node.defects as string[]) : [],
			});
		}
		for (const [key, child] of Object.entries(node)) {
			if (key === 'checked') continue;
			visit(child, at ? `${at}.${key}` : key);
		}
	};
	visit(value, path);
	return sites;
}

/** One line per command that has neither `checked` nor `ours`, naming file, place and command. */
export function missingProvenance(sites: readonly CommandSite[]): string[] {
	return sites
		.filter((site) => site.checked.length === 0 && site.ours === undefined)
		.map(
			(site) =>
				`${site.file}: ${site.path}.${site.key} has no provenance: add \`checked:\` (upstream file and symbol) or \`ours:\` (why it is our own step) — command: ${firstLine(site.command)}`
		);
}

/**
 * Visits every key of every object under `value` with its dotted place (`a.b[2].c`); a visitor
 * that returns true has consumed the key, and the walk does not descend into it.
 */
function eachKey(value: Json, visitor: (key: string, child: Json, place: string) => boolean | void): void {
	const visit = (node: Json, at: string) => {
		if (Array.isArray(node)) {
			node.forEach((item, index) => visit(item, `${at}[${index}]`));
			return;
		}
		if (!isRecord(node)) return;
		for (const [key, child] of Object.entries(node)) {
			const place = at ? `${at}.${key}` : key;
			if (visitor(key, child, place) !== true) visit(child, place);
		}
	};
	visit(value, '');
}

/** Every citation under `value`: `checked` lists and a defect's `evidence`, with where they stand. */
export function findCitations(file: string, value: Json): { file: string; path: string; citation: UpstreamCitation }[] {
	const found: { file: string; path: string; citation: UpstreamCitation }[] = [];
	eachKey(value, (key, child, place) => {
		if ((key !== 'checked' && key !== 'evidence') || !Array.isArray(child)) return false;
		child.forEach((citation, index) => {
			if (isRecord(citation) && typeof citation.file === 'string' && typeof citation.symbol === 'string') {
				found.push({ file, path: `${place}[${index}]`, citation: citation as unknown as UpstreamCitation });
			}
		});
		return true;
	});
	return found;
}

/** Every `defects:` reference under `value`, with where it stands. */
export function findDefectRefs(file: string, value: Json): { file: string; path: string; defect: string }[] {
	const found: { file: string; path: string; defect: string }[] = [];
	eachKey(value, (key, child, place) => {
		if (key !== 'defects' || !Array.isArray(child)) return false;
		for (const defect of child) if (typeof defect === 'string') found.push({ file, path: place, defect });
		return true;
	});
	return found;
}

const firstLine = (text: string) => {
	const line = text.trim().split('\n')[0] ?? '';
	return line.length > 80 ? `${line.slice(0, 77)}…` : line;
};
