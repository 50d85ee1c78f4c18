/** Invalid YAML in any data file fails with the file, the line and the reason. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DataFileError, parseYamlData, withFilePosition } from '~/lib/shared/yaml-data';
import { DATA_DIR } from '../../helpers/data';

const DATA_FILES = (readdirSync(DATA_DIR, { recursive: true }) as string[]).filter((name) => name.endsWith('.yaml')).sort();

describe('parseYamlData', () => {
	it('parses YAML', () => expect(parseYamlData('- id: a\n  n: 1\n', 'x.yaml')).toEqual([{ id: 'a', n: 1 }]));

	it('names file, line, column and reason of a broken quote', () => {
		let error: unknown;
		try {
			parseYamlData("- id: a\n  label: 'SEV1\n- id: b\n  label: SEV2\n", 'content/data/x.yaml');
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(DataFileError);
		expect((error as DataFileError).message).toMatch(/^content\/data\/x\.yaml:\d+:\d+: invalid YAML: \S/);
		expect((error as DataFileError).line).toBeGreaterThanOrEqual(2);
	});

	it.each(DATA_FILES)('every data file parses, and fails when a quote breaks: %s', (name) => {
		const text = readFileSync(DATA_DIR + name, 'utf8');
		expect(() => parseYamlData(text, name)).not.toThrow();
		// A last line whose quote never closes.
		const broken = `${text}\nbroken: 'unclosed\n`;
		expect(() => parseYamlData(broken, name)).toThrow(new RegExp(`^${name.replace(/[.]/g, '\\.')}:\\d+:\\d+: invalid YAML`));
	});
});

it('every collection of content/data is read by the loaders that fail on invalid YAML', () => {
	const config = readFileSync(new URL('../../../src/content.config.ts', import.meta.url), 'utf8');
	expect(config).not.toMatch(/\b(file|glob)\(\s*\{?\s*(base:\s*)?'\.?\/?content\/data/);
	expect(config.match(/\byaml(File|Folder)\('/g)?.length).toBeGreaterThanOrEqual(17);
});

describe('withFilePosition', () => {
	it('numbers entries from 1 in file order', () =>
		expect(withFilePosition([{ id: 'b' }, { id: 'a' }], 'f.yaml')).toEqual([
			{ id: 'b', position: 1 },
			{ id: 'a', position: 2 },
		]));
	it('rejects a file that is not a list', () => expect(() => withFilePosition({ id: 'a' }, 'f.yaml')).toThrow(/^f\.yaml: expected a list/));
});
