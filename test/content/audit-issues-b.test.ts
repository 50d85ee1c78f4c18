/**
 * Issue 10 audit of five common issues (WAL lag, data corruption, index corruption, isolation
 * violation, NaN/Infinity): tests that fail if a command already found wrong against Engram's
 * code (orchard9/engram at the pinned commit) comes back into these files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const FILES = ['wal-lag', 'data-corruption', 'index-corruption', 'isolation-violation', 'nan-infinity'] as const;
const COMMAND_KEYS = ['code', 'command', 'check', 'usage', 'dryRun', 'realRun', 'expression'] as const;

interface Step {
	path: string;
	key: string;
	command: string;
	lang: string;
	holder: Record<string, unknown>;
}

function load(name: string): Record<string, unknown> {
	return parse(readFileSync(`content/data/common-issues/${name}.yaml`, 'utf8')) as Record<string, unknown>;
}

/** Every command of a file, with the object that holds it. */
function commandsOf(name: string): Step[] {
	const steps: Step[] = [];
	const walk = (node: unknown, path: string): void => {
		if (Array.isArray(node)) {
			node.forEach((item, i) => walk(item, `${path}[${i}]`));
			return;
		}
		if (!node || typeof node !== 'object') return;
		const object = node as Record<string, unknown>;
		for (const key of COMMAND_KEYS) {
			const value = object[key];
			if (typeof value === 'string') {
				steps.push({ path: `${name}: ${path}.${key}`, key, command: value, lang: String(object.lang ?? 'bash'), holder: object });
			}
		}
		for (const [key, value] of Object.entries(object)) walk(value, path ? `${path}.${key}` : key);
	};
	walk(load(name), '');
	return steps;
}

const all = FILES.flatMap(commandsOf);
const shell = all.filter((step) => step.lang === 'bash');

function offenders(pattern: RegExp, steps: Step[] = all): string[] {
	return steps.filter((step) => pattern.test(step.command)).map((step) => `${step.path}: ${step.command}`);
}

describe('issue 10 audit: the five common issues of part b', () => {
	it('finds commands in every file', () => {
		for (const name of FILES) expect(commandsOf(name).length, name).toBeGreaterThan(3);
	});

	it('gives every command its provenance (checked or ours)', () => {
		const missing = all.filter((step) => !step.holder.checked && !step.holder.ours).map((step) => step.path);
		expect(missing).toEqual([]);
	});

	it('never looks for spaces under a spaces/ folder (the server has <root>/<space>/)', () => {
		expect(offenders(/\/spaces\//)).toEqual([]);
	});

	it('uses none of the broken upstream scripts as a fix', () => {
		expect(offenders(/emergency_recovery\.sh|restore\.sh|wal_compact\.sh|prune_backups\.sh|diagnose_health\.sh/)).toEqual([]);
	});

	it('never reads the memory list as an array', () => {
		expect(offenders(/api\/v1\/memories[^|]*\|\s*jq\s+(-\w+\s+)*'(\.\[\]|length)/)).toEqual([]);
		expect(offenders(/jq\s+(-\w+\s+)*'\.\[\]/)).toEqual([]);
	});

	it('never offers a config section the server ignores', () => {
		const toml = all.filter((step) => step.lang === 'toml' || /^\s*\[[a-z_.]+\]\s*$/m.test(step.command));
		const allowed = /^\[(feature_flags|memory_spaces|persistence|cluster|server|router|security)(\.[a-z_]+)?\]$/;
		const bad = toml.flatMap((step) =>
			step.command
				.split('\n')
				.map((line) => line.trim())
				.filter((line) => /^\[[a-z_.]+\]$/.test(line) && !allowed.test(line))
				.map((line) => `${step.path}: ${line}`),
		);
		expect(bad).toEqual([]);
	});

	it('queries no metric Engram does not export, and no health field that is a placeholder', () => {
		expect(offenders(/engram_wal_lag_seconds|engram_wal_writes_total|engram_consolidation_cycles_total|engram_activation/)).toEqual([]);
		expect(offenders(/\.consolidation_rate|\.wal_lag_ms|\.indices\b|jq \.indices/)).toEqual([]);
	});

	it('greps for no log line Engram never writes', () => {
		expect(
			offenders(/Consolidation cycle complete|Index rebuild|Falling back to linear search|Checksum mismatch|Corrupted WAL entry|Serialization failed: NaN/),
		).toEqual([]);
	});

	it('counts WAL segments by their real name (wal-<hex>.log), never any *.log', () => {
		expect(offenders(/-name\s+["']\*\.log["']/)).toEqual([]);
		expect(offenders(/wal-\*\.log/).length).toBeGreaterThan(0);
	});

	it('uses no route or command Engram does not have', () => {
		expect(offenders(/rebuild-indices|\/api\/v1\/spaces\/create|GET \/api\/v1\/query|\/api\/v1\/activate|\/indices\//)).toEqual([]);
	});

	it('never sets RUST_LOG (Engram ignores it) and never opens tenant data to everyone', () => {
		expect(offenders(/RUST_LOG/)).toEqual([]);
		expect(offenders(/chmod\s+-R\s+7[0-7]5|chmod\s+-R\s+644/)).toEqual([]);
	});

	it('carries no old server flag and no SIGHUP "reload"', () => {
		expect(offenders(/--http-port|kill\s+-HUP|kill\s+-1\b/)).toEqual([]);
	});

	it('puts no <placeholder> in a shell command (the shell reads < as a redirection)', () => {
		const bad = shell.filter((step) => /<[A-Za-z_][\w-]*>/.test(step.command.replace(/<<</g, ''))).map((step) => step.path);
		expect(bad).toEqual([]);
	});

	it('makes every curl piped into jq fail loudly (curl -f)', () => {
		const bad = shell.flatMap((step) =>
			step.command
				.split('\n')
				.filter((line) => /\bcurl\b/.test(line) && /\|\s*jq\b/.test(line) && !/\bcurl\s+(-\w*f\w*\b|.*\s-\w*f\w*\s)/.test(line))
				.map((line) => `${step.path}: ${line}`),
		);
		expect(bad).toEqual([]);
	});

	it('marks every stop, start, restart, mv and rm of data as destructive', () => {
		const risky = shell.filter((step) => /systemctl\s+(stop|start|restart)\s+engram|\bmv\s|\brm\s/.test(step.command));
		expect(risky.length).toBeGreaterThan(0);
		expect(risky.filter((step) => !step.holder.destructive).map((step) => step.path)).toEqual([]);
	});

	it('links only defects that exist', () => {
		const ids = new Set<string>();
		const walk = (node: unknown): void => {
			if (Array.isArray(node)) return node.forEach(walk);
			if (!node || typeof node !== 'object') return;
			for (const [key, value] of Object.entries(node)) {
				if (key === 'defects' && Array.isArray(value)) value.forEach((id) => ids.add(String(id)));
				else walk(value);
			}
		};
		FILES.forEach((name) => walk(load(name)));
		const missing = [...ids].filter((id) => !existsSync(`content/data/upstream-defects/${id}.yaml`));
		expect(missing).toEqual([]);
		for (const id of ['isolation-check-cannot-fail', 'memories-list-is-object', 'emergency-recovery-modes-ineffective']) {
			expect(ids.has(id), id).toBe(true);
		}
	});
});

describe('the isolation check can detect a leak', () => {
	const check = commandsOf('isolation-violation').find((step) => /Isolation check/.test(String(step.holder.text)));

	it('exists', () => {
		expect(check).toBeDefined();
	});

	it('writes content (not id) into space A with X-Memory-Space and keeps the returned memory_id', () => {
		const code = check!.command;
		expect(code).toMatch(/-H "X-Memory-Space: \$A"/);
		expect(code).toMatch(/\\"content\\":/);
		expect(code).not.toMatch(/\\?"id\\?"\s*:/);
		expect(code).toMatch(/jq -er '\.memory_id'/);
		expect(code).toMatch(/curl -sf/);
	});

	it('confirms the write, reads from A and from B by status code, and says when there is no verdict', () => {
		const code = check!.command;
		expect(code).toMatch(/if ID=\$\(/);
		expect(code).toMatch(/X-Memory-Space: \$B"[^\n]*\/api\/v1\/memories\/\$ID/);
		expect(code).toMatch(/%\{http_code\}/);
		expect(code).toMatch(/want 404/);
		expect(code).toMatch(/WRITE FAILED/);
		expect(String(check!.holder.expect)).toMatch(/read from B: 200. is a confirmed leak/);
	});
});

describe('the NaN check reads the real memory list', () => {
	const check = commandsOf('nan-infinity').find((step) => /api\/v1\/memories\?/.test(step.command));

	it('pages through one tier of one space and looks for null (a serialized NaN)', () => {
		expect(check).toBeDefined();
		const code = check!.command;
		expect(code).toMatch(/\.memories\[\]/);
		expect(code).toMatch(/limit=1000&offset=\$off/);
		expect(code).toMatch(/tier=\$TIER/);
		expect(code).toMatch(/\(\.confidence \| type\) != "number"/);
		expect(code).toMatch(/REQUEST FAILED/);
		expect(code).not.toMatch(/isnan|isinfinite/);
	});

	it('does not mistake a histogram +Inf bucket or the word "info" for a bad value', () => {
		for (const step of commandsOf('nan-infinity')) {
			expect(step.command, step.path).not.toMatch(/grep -E "NaN\|Inf"/);
			expect(step.command, step.path).not.toMatch(/grep[^|]*'[^']*\|inf\|/);
		}
	});
});
