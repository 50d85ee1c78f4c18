/**
 * Issue 10 audit of the tools reference, backup/restore and error patterns: tests that fail if a
 * wrong or unsafe command comes back into these files.
 */
import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findCommands, type CommandSite } from '~/lib/upstream/provenance';
import { DATA_DIR, readYaml } from '../helpers/data';

const FILES = [
	'tools.yaml',
	'dr-scenarios.yaml',
	'error-patterns.yaml',
	'page-commands/backup-restore.yaml',
	'page-commands/error-patterns.yaml',
	'upstream-defects/backup-full-aborts.yaml',
	'upstream-defects/restore-wrong-folder.yaml',
	'upstream-defects/scheduled-backups-write-nothing.yaml',
	'upstream-defects/image-has-no-scripts.yaml',
	'upstream-defects/verify-backup-l4-stops-engram.yaml',
	'upstream-defects/prune-backups-deletes-nothing-on-linux.yaml',
];
const sites: CommandSite[] = FILES.flatMap((file) => findCommands(file, readYaml(DATA_DIR + file)));
/** Shell commands only (code blocks), not the prose of dryRun/realRun. */
const shell = sites.filter((site) => site.key === 'code');
const mdx = (path: string) => readFileSync(new URL(`../../content/docs/${path}`, import.meta.url), 'utf8');

/** Every object holding `code` in a parsed file. */
function codeSteps(value: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
	if (Array.isArray(value)) value.forEach((item) => codeSteps(item, out));
	else if (value && typeof value === 'object') {
		const record = value as Record<string, unknown>;
		if (typeof record.code === 'string') out.push(record);
		Object.values(record).forEach((child) => codeSteps(child, out));
	}
	return out;
}
const steps = FILES.flatMap((file) => codeSteps(readYaml(DATA_DIR + file)));

describe('audit: tools, backup and restore, error patterns', () => {
	it('finds the commands it audits', () => {
		expect(shell.length).toBeGreaterThan(60);
	});

	it('every command has provenance', () => {
		expect(sites.filter((site) => site.checked.length === 0 && !site.ours).map((s) => `${s.file}: ${s.path}`)).toEqual([]);
	});

	it('every defect id named exists', () => {
		const ids = new Set(sites.flatMap((site) => site.defects));
		for (const id of ids) expect(existsSync(`${DATA_DIR}upstream-defects/${id}.yaml`), id).toBe(true);
	});

	it('no command runs a recovery with --backup-first (it always aborts: backup-full-aborts)', () => {
		expect(shell.filter((site) => /--backup-first/.test(site.command)).map((s) => `${s.file}: ${s.command}`)).toEqual([]);
		expect(mdx('reference/tools.mdx')).not.toMatch(/run it for real with `--backup-first`/);
		expect(mdx('reference/tools.mdx')).toMatch(/\*\*without\*\* `--backup-first`/);
	});

	it('no step runs restore.sh, restore_pitr.sh or --restore-latest for real; a verify-only use carries the defect', () => {
		for (const site of shell) {
			expect(site.command, site.path).not.toMatch(/restore_pitr\.sh|--restore-latest/);
			if (/restore\.sh/.test(site.command)) {
				expect(site.command).toMatch(/verify-only/);
				expect(site.defects.length).toBeGreaterThan(0);
			}
		}
	});

	it('no step runs the broken backup scripts (backup_full, backup_incremental, verify_backup, prune_backups, wal_compact)', () => {
		const broken = /(backup_full|backup_incremental|verify_backup|prune_backups|wal_compact)\.sh/;
		expect(shell.filter((site) => broken.test(site.command)).map((s) => `${s.file}: ${s.command}`)).toEqual([]);
	});

	it('no command of ours uses a spaces/ folder, a <placeholder>, /scripts/ of the image, or jq on the list as an array', () => {
		for (const site of shell) {
			expect(site.command, `${site.file}: ${site.path}`).not.toMatch(/\/spaces\//);
			expect(site.command, `${site.file}: ${site.path}`).not.toMatch(/<[a-z][a-z_-]*>/i);
			expect(site.command, `${site.file}: ${site.path}`).not.toMatch(/(^|[\s"])\/scripts\//);
			expect(site.command, `${site.file}: ${site.path}`).not.toMatch(/api\/v1\/memories[^|\n]*\|\s*jq[^|\n]*'\.\[\]/);
			expect(site.command, `${site.file}: ${site.path}`).not.toMatch(/engram start[^\n]*--http-port|kill -HUP/);
		}
	});

	it('jq checks on Engram answers fail loudly (curl -sf … | jq -e)', () => {
		for (const site of shell) {
			for (const line of site.command.split('\n')) {
				if (/curl[^|]*localhost:7432[^|]*\|\s*jq/.test(line)) {
					expect(line, `${site.file}: ${site.path}`).toMatch(/curl -sf/);
					expect(line, `${site.file}: ${site.path}`).toMatch(/jq -e/);
				}
			}
		}
	});

	it('dry runs and real runs never share a code block', () => {
		for (const site of shell) {
			const runs = site.command.split('\n').filter((line) => /emergency_recovery\.sh/.test(line));
			const dry = runs.some((line) => line.includes('--dry-run'));
			const real = runs.some((line) => !line.includes('--dry-run'));
			expect(dry && real, `${site.file}: ${site.path}`).toBe(false);
		}
	});

	it('destructive steps (stop, mv of data, rm, tar -x into the data root, a real recovery run) are labelled', () => {
		const destructive = /systemctl (stop|restart)|\bmv \/var\/lib\/engram|\bmv "\/var\/lib\/engram|\brm\b|tar -C \/var\/lib -x|emergency_recovery\.sh (?!.*--dry-run)/;
		for (const step of steps) {
			const code = step.code as string;
			if (destructive.test(code)) expect(step.destructive, code).toEqual(expect.any(String));
		}
	});

	it('the backup page holds no command of its own and shows the manual procedures', () => {
		const page = mdx('backup-restore.mdx');
		expect(page).not.toMatch(/```(bash|sh)/);
		expect(page).not.toMatch(/<Code /);
		for (const id of ['mb-stop', 'mb-archive', 'mb-check', 'mr-choose', 'mr-move-aside', 'mr-extract', 'mr-start']) expect(page).toContain(`'${id}'`);
		expect(mdx('troubleshooting/error-patterns.mdx')).not.toMatch(/<Code /);
	});

	it('in each manual restore, the archive check comes before the move and the extraction', () => {
		const order = ['mr-choose', 'mr-stop', 'mr-move-aside', 'mr-extract', 'mr-start'];
		const page = mdx('backup-restore.mdx');
		const at = order.map((id) => page.indexOf(`'${id}'`));
		expect([...at].sort((a, b) => a - b)).toEqual(at);
	});

	it('every error family cites where its messages are defined, and marks the signatures not in the code', () => {
		const families = readYaml(DATA_DIR + 'error-patterns.yaml') as { id: string; checked?: unknown[]; caveat?: string }[];
		for (const family of families) {
			expect(family.checked?.length, family.id).toBeGreaterThan(0);
			expect(family.caveat ?? '', family.id).toMatch(/Not found in engram-core or engram-cli/);
		}
	});

	it('the error catalog keeps the real WAL message, not the invented offset one', () => {
		const text = readFileSync(DATA_DIR + 'error-patterns.yaml', 'utf8');
		expect(text).toContain('Failed to deserialize WAL episode:');
		expect(text).not.toMatch(/- 'ERROR Failed to deserialize WAL entry at offset/);
	});
});
