/**
 * Checks citations against the files of an Engram checkout: the file must exist and contain the
 * cited symbol exactly. Pure: the caller supplies how a file is read (disk or `git show`).
 */
import type { UpstreamCitation } from '../../schemas/provenance';

export interface PlacedCitation {
	file: string;
	path: string;
	citation: UpstreamCitation;
}

/** One line per citation that no longer holds, naming the data file, the place and what is gone. */
export function checkCitations(
	citations: readonly PlacedCitation[],
	readUpstream: (path: string) => string | undefined
): string[] {
	const problems: string[] = [];
	for (const { file, path, citation } of citations) {
		const text = readUpstream(citation.file);
		if (text === undefined) {
			problems.push(`${file}: ${path}: upstream file ${citation.file} is gone`);
		} else if (!text.includes(citation.symbol)) {
			problems.push(`${file}: ${path}: ${citation.file} no longer contains ${JSON.stringify(citation.symbol)}`);
		}
	}
	return problems;
}
