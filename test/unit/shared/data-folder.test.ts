import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDataFolder } from '~/lib/shared/data-folder';
import { commonIssues } from '~/config/common-issues';
import { trees } from '~/config/trees';

const root = mkdtempSync(join(tmpdir(), 'data-folder-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string>): string {
	mkdirSync(join(root, name), { recursive: true });
	for (const [file, text] of Object.entries(files)) writeFileSync(join(root, name, file), text);
	return name;
}

describe('readDataFolder', () => {
	it('reads every .yaml file in file-name order, the file name as id, relative to the root', () => {
		const name = folder('ok', { 'b.yaml': 'number: 2\n', 'a.yaml': 'number: 1\n', 'notes.txt': 'not data' });
		expect(readDataFolder(name, root)).toEqual([
			{ id: 'a', file: 'ok/a.yaml', data: { number: 1 } },
			{ id: 'b', file: 'ok/b.yaml', data: { number: 2 } },
		]);
	});

	it('fails on invalid YAML naming file and line, and on a file that is not a mapping', () => {
		expect(() => readDataFolder(folder('broken', { 'x.yaml': "title: 'open\n" }), root)).toThrow(/^broken\/x\.yaml:\d+:\d+: invalid YAML/);
		expect(() => readDataFolder(folder('list', { 'y.yaml': '- 1\n' }), root)).toThrow('list/y.yaml: expected a mapping of keys');
	});
});

describe('the lists derived from the data folders', () => {
	it('order the common issues by number and the trees by category, with their titles', () => {
		expect(commonIssues.map((issue) => issue.number)).toEqual(commonIssues.map((_, index) => index + 1));
		expect(commonIssues[0]).toMatchObject({ slug: 'engram-wont-start', title: "Engram won't start" });
		expect(trees.map((tree) => tree.category)).toEqual(trees.map((_, index) => index + 1));
		expect(trees[0]).toMatchObject({ id: 'service-unavailability', title: 'Service unavailability' });
	});
});
