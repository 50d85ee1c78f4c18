/**
 * The runbook's own data, read as the maintainer scripts read it: every command says where it was
 * checked or why it is ours, every defect named by a step exists and is named by some step, and
 * the Engram commit is pinned in one place only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findCommands, findDefectRefs, missingProvenance } from '~/lib/upstream/provenance';
import { pinnedCommit, readDataFiles } from '../../scripts/data-files.ts';

const files = readDataFiles();
const DEFECTS_DIR = 'content/data/upstream-defects/';
const defectIds = files
	.map(([file]) => file)
	.filter((file) => file.startsWith(DEFECTS_DIR))
	.map((file) => file.slice(DEFECTS_DIR.length).replace(/\.yaml$/, ''));

describe('provenance of the runbook data', () => {
	const sites = files.flatMap(([file, data]) => findCommands(file, data));

	it('finds the commands of every kind of data file', () => {
		const withCommands = new Set(sites.map((site) => site.file.replace(/^content\/data\//, '')));
		for (const part of ['common-issues/', 'trees/', 'upstream-defects/', 'page-commands/', 'alerts.yaml', 'tools.yaml', 'dr-scenarios.yaml', 'error-patterns.yaml', 'response-phases.yaml']) {
			expect([...withCommands].some((file) => file.startsWith(part)), part).toBe(true);
		}
		expect(sites.length).toBeGreaterThan(300);
	});

	it('has `checked` or `ours` on every command', () => {
		expect(missingProvenance(sites)).toEqual([]);
	});

	it('names only defects that exist, and every defect is named by a step it affects', () => {
		const refs = files.flatMap(([file, data]) => findDefectRefs(file, data));
		expect(refs.filter((ref) => !defectIds.includes(ref.defect)).map((ref) => `${ref.file}: ${ref.path} → ${ref.defect}`)).toEqual([]);
		const named = new Set(refs.filter((ref) => ref.file !== `${DEFECTS_DIR}${ref.defect}.yaml`).map((ref) => ref.defect));
		expect(defectIds.filter((id) => !named.has(id))).toEqual([]);
		expect(defectIds.length).toBeGreaterThan(10);
	});

	it('pins the Engram commit in content/data/upstream.yaml only', () => {
		const { commit } = pinnedCommit();
		expect(commit).toMatch(/^[0-9a-f]{40}$/);
		const elsewhere = files
			.filter(([file]) => file !== 'content/data/upstream.yaml')
			.filter(([, data]) => JSON.stringify(data).includes(commit.slice(0, 7)))
			.map(([file]) => file);
		expect(elsewhere).toEqual([]);
	});
});

describe('hand-written pages', () => {
	const DOCS = new URL('../../content/docs/', import.meta.url).pathname;
	const pages = (readdirSync(DOCS, { recursive: true }) as string[]).filter((file) => file.endsWith('.mdx'));

	it('hold no command of their own: commands live in content/data with provenance', () => {
		// The guide's commands too come from data (response-phases.yaml), with their cautions.
		const withCode = pages.filter((file) => /^```|<Code\b/m.test(readFileSync(DOCS + file, 'utf8')));
		expect(pages.length).toBeGreaterThan(15);
		expect(withCode).toEqual([]);
	});
});
