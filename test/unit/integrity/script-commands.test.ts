import { describe, expect, it } from 'vitest';
import { checkRecoveryOrder, findScriptCalls, flagsOf } from '~/lib/integrity/script-commands';

const MODES = ['--sanitize-nan', '--fix-wal-corruption', '--rebuild-indices', '--restore-latest'];
const calls = (code: string) => findScriptCalls(code);

describe('findScriptCalls', () => {
	it.each([
		['./scripts/diagnose_health.sh', [{ script: 'diagnose_health.sh', args: [] }]],
		['./scripts/diagnose_health.sh > /tmp/x.txt', [{ script: 'diagnose_health.sh', args: [] }]],
		['/scripts/backup_full.sh', [{ script: 'backup_full.sh', args: [] }]],
		['ENGRAM_SPACE_ID=all /scripts/backup_full.sh', [{ script: 'backup_full.sh', args: [] }]],
		[
			'./scripts/analyze_logs.sh "30 minutes ago" | tee x',
			[{ script: 'analyze_logs.sh', args: ['"30', 'minutes', 'ago"'] }],
		],
		[
			'a && ./scripts/emergency_recovery.sh --space x --rebuild-indices --dry-run',
			[{ script: 'emergency_recovery.sh', args: ['--space', 'x', '--rebuild-indices', '--dry-run'] }],
		],
		['ls deployments/scripts_old/x.sh; echo scripts/x.sh', []],
	])('finds the calls in %j', (code, expected) => {
		expect(calls(code)).toEqual(expected);
	});

	it('reads several calls in order, one per line', () => {
		const found = calls('./scripts/a.sh --x\n./scripts/b.sh');
		expect(found.map((call) => call.script)).toEqual(['a.sh', 'b.sh']);
		expect(flagsOf(found[0]!)).toEqual(['--x']);
	});
});

describe('checkRecoveryOrder', () => {
	const order = (code: string) => checkRecoveryOrder(calls(code), MODES);

	it('accepts a dry run followed by a real run with a backup first', () => {
		expect(
			order(
				'./scripts/emergency_recovery.sh --sanitize-nan --dry-run\n./scripts/emergency_recovery.sh --sanitize-nan --backup-first'
			)
		).toEqual([]);
	});

	it('accepts dry runs and help alone', () => {
		expect(order('./scripts/emergency_recovery.sh --rebuild-indices --dry-run')).toEqual([]);
		expect(order('./scripts/emergency_recovery.sh --help')).toEqual([]);
	});

	it('accepts a real run without --backup-first after its dry run (--backup-first always aborts: backup-full-aborts)', () => {
		expect(
			order(
				'./scripts/emergency_recovery.sh --restore-latest --dry-run\n./scripts/emergency_recovery.sh --restore-latest'
			)
		).toEqual([]);
	});

	it('rejects a real run shown before its dry run, even when a dry run comes later', () => {
		expect(
			order(
				'./scripts/emergency_recovery.sh --fix-wal-corruption --backup-first\n./scripts/emergency_recovery.sh --fix-wal-corruption --dry-run'
			)
		).toEqual([
			'"emergency_recovery.sh --fix-wal-corruption --backup-first" runs for real before "--fix-wal-corruption --dry-run" is shown',
		]);
	});

	it('does not accept the dry run of another mode', () => {
		expect(
			order('./scripts/emergency_recovery.sh --sanitize-nan --dry-run\n./scripts/emergency_recovery.sh --rebuild-indices --backup-first')
		).toHaveLength(1);
	});

	it('rejects a call that names no mode, and ignores other scripts', () => {
		expect(order('./scripts/emergency_recovery.sh --backup-first')).toEqual([
			'"emergency_recovery.sh --backup-first" names no mode',
		]);
		expect(order('./scripts/restore.sh backup.tar.zst')).toEqual([]);
	});
});
