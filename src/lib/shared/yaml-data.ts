/**
 * Parses a runbook data file. Invalid YAML throws one error that names the file, the line and
 * column (1-based) and js-yaml's reason, so a broken quote never publishes empty or stale data.
 */
import yaml from 'js-yaml';

export class DataFileError extends Error {
	constructor(
		readonly file: string,
		readonly line: number | undefined,
		readonly column: number | undefined,
		readonly reason: string,
	) {
		super(`${file}${line === undefined ? '' : `:${line}:${column}`}: ${reason}`);
		this.name = 'DataFileError';
	}
}

export function parseYamlData(text: string, file: string): unknown {
	try {
		return yaml.load(text, { filename: file });
	} catch (error) {
		if (error instanceof yaml.YAMLException) {
			const line = error.mark ? error.mark.line + 1 : undefined;
			const column = error.mark ? error.mark.column + 1 : undefined;
			throw new DataFileError(file, line, column, `invalid YAML: ${error.reason}`);
		}
		throw error;
	}
}

/**
 * Adds each entry's 1-based position in its file: Astro's data store keeps a collection sorted by
 * id, and some lists (the matrix rows, the synonym groups) are read in the file's order.
 */
export function withFilePosition(data: unknown, file: string): Record<string, unknown>[] {
	if (!Array.isArray(data)) throw new DataFileError(file, undefined, undefined, 'expected a list of entries');
	return data.map((entry: Record<string, unknown>, index) => ({ ...entry, position: index + 1 }));
}
