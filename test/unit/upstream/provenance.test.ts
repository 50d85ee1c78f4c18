import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { COMMAND_KEYS, findCitations, findCommands, findDefectRefs, missingProvenance } from '~/lib/upstream/provenance';
import { checkCitations } from '~/lib/upstream/verify';

const fixture = yaml.load(readFileSync(new URL('../../fixtures/provenance/missing.yaml', import.meta.url), 'utf8'));
const FILE = 'test/fixtures/provenance/missing.yaml';

describe('findCommands', () => {
	it('finds every command with its place and provenance, in file order', () => {
		const sites = findCommands(FILE, fixture);
		expect(sites.map((site) => [site.path, site.key])).toEqual([
			['diagnose[0]', 'code'],
			['diagnose[1]', 'code'],
			['causes[0].actions[0]', 'code'],
		]);
		expect(sites[0]!.checked).toEqual([{ file: 'engram-cli/src/api.rs', symbol: '/api/v1/system/health' }]);
		expect(sites[1]!.ours).toBe('Generic Linux check of the data root\'s volume.');
	});

	it('knows every key that holds a command', () => {
		const entry = Object.fromEntries(COMMAND_KEYS.map((key) => [key, `run ${key}`]));
		expect(findCommands('f.yaml', { entry }).map((site) => site.key)).toEqual([...COMMAND_KEYS]);
	});

	it('does not read citations as commands', () => {
		expect(findCommands('f.yaml', { checked: [{ file: 'a', symbol: 'b', code: 'x' }] })).toEqual([]);
	});
});

describe('missingProvenance', () => {
	it('names the file, the place and the command that has neither `checked` nor `ours`', () => {
		const missing = missingProvenance(findCommands(FILE, fixture));
		expect(missing).toHaveLength(1);
		expect(missing[0]).toContain(`${FILE}: causes[0].actions[0].code has no provenance`);
		expect(missing[0]).toContain('kill -HUP $(pgrep engram)');
	});

	it('accepts either kind of provenance, or both', () => {
		const both = { code: 'x', ours: 'why', checked: [{ file: 'a', symbol: 'b' }] };
		expect(missingProvenance(findCommands('f.yaml', [both, { code: 'y', ours: 'why' }]))).toEqual([]);
	});
});

describe('findCitations and checkCitations', () => {
	const files: Record<string, string> = {
		'engram-cli/src/api.rs': '.route("/api/v1/system/health", get(health))',
		'scripts/backup_full.sh': 'tar -C "$dir"',
	};
	const read = (path: string) => files[path];

	it('collects `checked` lists and defect `evidence`', () => {
		const data = {
			steps: [{ code: 'c', checked: [{ file: 'engram-cli/src/api.rs', symbol: '/api/v1/system/health' }] }],
			evidence: [{ file: 'scripts/backup_full.sh', symbol: 'tar -C' }],
		};
		expect(findCitations('d.yaml', data).map((entry) => entry.path)).toEqual(['steps[0].checked[0]', 'evidence[0]']);
	});

	it('reports a citation whose file is gone or no longer holds its symbol', () => {
		const data = {
			a: { checked: [{ file: 'engram-cli/src/api.rs', symbol: '/api/v1/system/health' }] },
			b: { checked: [{ file: 'engram-cli/src/api.rs', symbol: '/api/v2/health' }] },
			c: { checked: [{ file: 'scripts/gone.sh', symbol: 'x' }] },
		};
		expect(checkCitations(findCitations('d.yaml', data), read)).toEqual([
			'd.yaml: b.checked[0]: engram-cli/src/api.rs no longer contains "/api/v2/health"',
			'd.yaml: c.checked[0]: upstream file scripts/gone.sh is gone',
		]);
	});
});

describe('findDefectRefs', () => {
	it('lists each defect id with where it is named', () => {
		const data = { steps: [{ code: 'x', ours: 'y', defects: ['backup-full-aborts', 'restore-wrong-folder'] }] };
		expect(findDefectRefs('d.yaml', data)).toEqual([
			{ file: 'd.yaml', path: 'steps[0].defects', defect: 'backup-full-aborts' },
			{ file: 'd.yaml', path: 'steps[0].defects', defect: 'restore-wrong-folder' },
		]);
	});
});
