/**
 * Reads the shell commands of runbook data to check two promises the pages make: every script a
 * command calls is documented on the tools page with the flags used, and every real run of
 * emergency_recovery.sh comes after its dry run. (`--backup-first` is no longer required: it
 * runs backup_full.sh, which always fails, so the run aborts; see the upstream defect
 * backup-full-aborts. The pages give a manual pre-change copy instead.)
 */

/** One call of a runbook script inside a command block. */
export interface ScriptCall {
	/** The script's file name: `emergency_recovery.sh`. */
	script: string;
	/** The words after the script name, up to a pipe, redirect or command separator. */
	args: string[];
}

const SCRIPT = /(?:^|[\s=;&|(])\.?\/scripts\/([A-Za-z0-9_-]+\.sh)\b([^\n|;&<>]*)/g;

/** The runbook script calls in a command block, in order. */
export function findScriptCalls(code: string): ScriptCall[] {
	return [...code.matchAll(SCRIPT)].map((match) => ({
		script: match[1] ?? '',
		args: (match[2] ?? '').trim().split(/\s+/).filter(Boolean),
	}));
}

/** The flags (`--x` or `-x`) of a call. */
export function flagsOf(call: ScriptCall): string[] {
	return call.args.filter((arg) => /^--?[a-z]/i.test(arg));
}

/**
 * Checks the order of emergency_recovery.sh calls within one procedure: a real run of a mode
 * (no `--dry-run`, no `--help`) must come after a dry run of the same mode. `modes` are the script's mode flags. Returns one problem per offending call.
 */
export function checkRecoveryOrder(calls: ScriptCall[], modes: readonly string[]): string[] {
	const problems: string[] = [];
	const dryRunModes = new Set<string>();
	for (const call of calls) {
		if (call.script !== 'emergency_recovery.sh') continue;
		const flags = flagsOf(call);
		if (flags.includes('-h') || flags.includes('--help')) continue;
		const mode = flags.find((flag) => modes.includes(flag));
		const shown = `emergency_recovery.sh ${call.args.join(' ')}`.trim();
		if (!mode) {
			problems.push(`"${shown}" names no mode`);
			continue;
		}
		if (flags.includes('--dry-run')) {
			dryRunModes.add(mode);
			continue;
		}
		if (!dryRunModes.has(mode)) problems.push(`"${shown}" runs for real before "${mode} --dry-run" is shown`);
	}
	return problems;
}
