/**
 * Issue 10 audit of the decision trees, the guide's own commands (response-phases.yaml), the
 * on-call card and the Troubleshooting page: these tests fail if a command that Engram's code
 * contradicts comes back (a SIGHUP "reload", `--http-port`, a `spaces/` data path, `jq '.[]'` on
 * the memory list, a fix written to a config section Engram ignores, a metric it does not
 * export), if a command loses its provenance, or if a guide command that meets an upstream defect
 * loses the caution and defect shown beside it.
 */
import { readSeed } from '../helpers/seed';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const read = (path: string): unknown => load(readFileSync(join(ROOT, path), 'utf8'));

interface Citation {
	file: string;
	symbol: string;
}
interface Provenanced {
	checked?: Citation[];
	ours?: string;
	defects?: string[];
	caution?: string;
	caveat?: string;
	destructive?: string;
}
interface Outcome extends Provenanced {
	action: string;
	detail?: string;
	command?: string;
}
interface TreeNode extends Provenanced {
	text: string;
	label?: string;
	check?: string;
	outcome?: Outcome;
}
interface Tree {
	title: string;
	caveats?: string[];
	category: { number: number; name: string };
	nodes: Record<string, TreeNode>;
}
interface Step extends Provenanced {
	text: string;
	code?: string;
	items?: string[];
}
interface Phase {
	id: string;
	actions?: Step[];
	actionGroups?: { title: string; steps?: Step[] }[];
	commands?: (Step & { title: string; code: string })[];
}

const treeIds = readdirSync(join(ROOT, 'content/data/trees')).filter((name) => name.endsWith('.yaml'));
const trees = treeIds.map((name) => ({ id: name.replace(/\.yaml$/, ''), tree: read(`content/data/trees/${name}`) as Tree }));
const phases = read('content/data/response-phases.yaml') as Phase[];
const pageCommands = read('content/data/page-commands/troubleshooting.yaml') as { page: string; steps: Record<string, Step> };
const defectIds = new Set(
	readdirSync(join(ROOT, 'content/data/upstream-defects'))
		.filter((name) => name.endsWith('.yaml'))
		.map((name) => name.replace(/\.yaml$/, ''))
);

/** Every command of this area, with where it is and the object that holds its provenance. */
interface Command {
	where: string;
	command: string;
	holder: Provenanced;
	/** The guide's verbatim text (response-phases): may keep the guide's `<mode>` placeholder. */
	guide: boolean;
}
const treeCommands: Command[] = trees.flatMap(({ id, tree }) =>
	Object.entries(tree.nodes).flatMap(([nodeId, node]) => [
		...(node.check ? [{ where: `${id}#${nodeId} check`, command: node.check, holder: node, guide: false }] : []),
		...(node.outcome?.command
			? [{ where: `${id}#${nodeId} outcome`, command: node.outcome.command, holder: node.outcome, guide: false }]
			: []),
	])
);
const phaseSteps: { where: string; step: Step }[] = phases.flatMap((phase) => [
	...(phase.actions ?? []).map((step, index) => ({ where: `${phase.id} action ${index + 1}`, step })),
	...(phase.actionGroups ?? []).flatMap((group) =>
		(group.steps ?? []).map((step, index) => ({ where: `${phase.id} / ${group.title} ${index + 1}`, step }))
	),
	...(phase.commands ?? []).map((block) => ({ where: `${phase.id} / ${block.title}`, step: block })),
]);
const guideCommands: Command[] = phaseSteps
	.filter(({ step }) => step.code)
	.map(({ where, step }) => ({ where, command: step.code ?? '', holder: step, guide: true }));
const pageSteps: Command[] = Object.entries(pageCommands.steps)
	.filter(([, step]) => step.code)
	.map(([id, step]) => ({ where: `troubleshooting#${id}`, command: step.code ?? '', holder: step, guide: false }));
const ourCommands = [...treeCommands, ...pageSteps];
const allCommands = [...ourCommands, ...guideCommands];

/** Metric names /metrics/prometheus exports (engram-core/src/metrics/prometheus.rs at the pinned commit). */
const EXPORTED_METRICS = new Set(
	`engram_cluster_assignments_total engram_cluster_rebalance_plans_total engram_cluster_spaces_per_node
	engram_compaction_attempts_total engram_compaction_episodes_removed engram_compaction_rollback_total
	engram_compaction_storage_saved_bytes engram_compaction_success_total engram_consolidation_citation_churn
	engram_consolidation_citations_current engram_consolidation_failures_total engram_consolidation_freshness_seconds
	engram_consolidation_novelty_gauge engram_consolidation_novelty_variance engram_consolidation_runs_total
	engram_spreading_activations_total engram_spreading_breaker_state engram_spreading_breaker_transitions_total
	engram_spreading_failures_total engram_spreading_fallback_total engram_spreading_gpu_fallback_total
	engram_spreading_gpu_launch_total engram_spreading_latency_budget_violations_total
	engram_spreading_latency_cold_seconds engram_spreading_latency_hot_seconds engram_spreading_latency_warm_seconds
	engram_spreading_pool_hit_rate engram_spreading_pool_utilization engram_wal_compaction_bytes_reclaimed
	engram_wal_compaction_runs_total engram_wal_recovery_duration_seconds engram_wal_recovery_failures_total
	engram_wal_recovery_successes_total`.split(/\s+/)
);

describe('commands of the trees, the guide and the Troubleshooting page', () => {
	it('are all found (the area is not empty)', () => {
		expect(treeCommands.length).toBeGreaterThan(50);
		expect(guideCommands.length).toBe(5);
		expect(pageSteps.map((c) => c.where)).toEqual(['troubleshooting#collect', 'troubleshooting#support-bundle', 'troubleshooting#verify']);
	});

	it('each carry provenance (checked citations or an ours reason)', () => {
		const missing = allCommands.filter(({ holder }) => !(holder.checked?.length || holder.ours)).map((c) => c.where);
		expect(missing).toEqual([]);
	});

	it('never send SIGHUP (Engram has no handler: it terminates)', () => {
		const bad = allCommands.filter(({ command }) => /kill\s+-(HUP|1|s\s*HUP)\b|SIGHUP/.test(command)).map((c) => c.where);
		expect(bad).toEqual([]);
	});

	it('never pass --http-port (engram start takes --port)', () => {
		expect(allCommands.filter(({ command }) => command.includes('--http-port')).map((c) => c.where)).toEqual([]);
	});

	it('never use a spaces/ data folder or a WAL at the top of the data root', () => {
		const bad = allCommands
			.filter(({ command }) => /(?<!api\/v1\/)spaces\/|\/data\/wal\b|\$\{ENGRAM_DATA_DIR:-[^}]*\}\/wal\b/.test(command))
			.map((c) => c.where);
		expect(bad).toEqual([]);
	});

	it('never fall back to ./data for the data root (the unit uses /var/lib/engram)', () => {
		expect(ourCommands.filter(({ command }) => command.includes(':-./data')).map((c) => c.where)).toEqual([]);
	});

	it("never read the memory list as an array (it is {memories, count, …}) and jq checks fail loudly", () => {
		const bad = allCommands.filter(({ command }) => /jq\s+(-\w+\s+)*'\[?\.\[\]/.test(command)).map((c) => c.where);
		expect(bad).toEqual([]);
		const memoryReads = ourCommands.filter(({ command }) => /api\/v1\/memories\s*\|\s*jq/.test(command));
		for (const { where, command } of memoryReads) {
			expect(command, where).toMatch(/curl -sf/);
			expect(command, where).toMatch(/jq -e/);
			expect(command, where).toContain('.memories[]');
		}
	});

	it('write no fix into a config section Engram ignores', () => {
		const bad = ourCommands
			.filter(({ command }) => /\[(grpc|grpc\.tls|security\.tls|query|validation|consolidation|http|storage[.\w]*)\]/.test(command))
			.map((c) => c.where);
		expect(bad).toEqual([]);
	});

	it('query only metrics that /metrics/prometheus exports, and at that path', () => {
		for (const { where, command } of ourCommands) {
			const names = (command.match(/\bengram_[a-z_]+\b(?!::)/g) ?? []).filter((name) => !name.startsWith('engram_key'));
			for (const name of names) {
				const base = name.replace(/_(bucket|sum|count)$/, '').replace(/_$/, '');
				const known = EXPORTED_METRICS.has(base) || [...EXPORTED_METRICS].some((metric) => metric.startsWith(base));
				expect(known, `${where}: ${name}`).toBe(true);
			}
			expect(command, where).not.toMatch(/localhost:7432\/metrics(?!\/prometheus)/);
		}
	});

	it('raise no limit with a shell ulimit (it does not reach the service)', () => {
		expect(ourCommands.filter(({ command }) => /^\s*ulimit -n \d+/m.test(command)).map((c) => c.where)).toEqual([]);
	});

	it('do not rely on validate_config.sh, --backup-first, --rebuild-indices or the restore script', () => {
		const bad = ourCommands
			.filter(({ command }) => /validate_config\.sh|--backup-first|--rebuild-indices|restore\.sh|--restore-latest(?!.*--dry-run)/.test(command))
			.map((c) => c.where);
		expect(bad).toEqual([]);
	});

	it('hold no <placeholder> (the shell reads < as a redirection), except the guide\'s own <mode>', () => {
		const bad = ourCommands.filter(({ command }) => /<[a-z_-]+>/i.test(command)).map((c) => c.where);
		expect(bad).toEqual([]);
	});

	it('never put a dry run and the real run in one block', () => {
		const bad = ourCommands
			.filter(({ command }) => {
				const lines = command.split('\n');
				const dry = lines.filter((line) => line.includes('--dry-run') || /DRY_RUN=true/.test(line));
				return dry.length > 0 && lines.some((line) => /emergency_recovery\.sh|prune_backups\.sh/.test(line) && !dry.includes(line));
			})
			.map((c) => c.where);
		expect(bad).toEqual([]);
	});

	it('mark every restart, stop, delete or data-changing recovery as destructive', () => {
		const bad = ourCommands
			.filter(({ command }) =>
				/systemctl (restart|stop)|\brm -|\bmv |prune_backups\.sh|emergency_recovery\.sh(?![^\n]*--dry-run)/.test(command)
			)
			.filter(({ holder }) => !holder.destructive)
			.map((c) => c.where);
		expect(bad).toEqual([]);
	});

	it('name only defects that exist', () => {
		const holders = [...allCommands.map((c) => c.holder), ...phaseSteps.map((s) => s.step)];
		for (const { tree } of trees) for (const node of Object.values(tree.nodes)) holders.push(node, ...(node.outcome ? [node.outcome] : []));
		for (const holder of holders) for (const id of holder.defects ?? []) expect(defectIds, id).toContain(id);
	});
});

describe('the trees say what Engram really does', () => {
	const text = (tree: Tree) => JSON.stringify(tree);

	it('never tell the reader that Engram reloads certificates or has TLS settings to fix', () => {
		for (const { id, tree } of trees) {
			expect(text(tree), id).not.toMatch(/reloads? certificates on SIGHUP|reload with SIGHUP|Fix \[grpc\.tls\]|enable `\[grpc\.tls\]`/i);
		}
	});

	it('link the SIGHUP defect wherever a certificate is renewed', () => {
		for (const { id, tree } of trees) {
			for (const node of Object.values(tree.nodes)) {
				if (/renew the certificate/i.test(node.outcome?.action ?? '')) expect(node.outcome?.defects, id).toContain('sighup-terminates');
			}
		}
	});

	it('quote no log line the code does not write as if it were real', () => {
		for (const { id, tree } of trees) {
			expect(text(tree), id).not.toMatch(/Recovered 'space_name'|The real line reads `Query failed|the log line `Connection limit reached` confirms/);
		}
	});

	it('send the sanitize, WAL and index recoveries to their defect', () => {
		const nodes = trees.flatMap(({ tree }) => Object.entries(tree.nodes));
		const byId = new Map(nodes);
		expect(byId.get('bad-confidence')?.outcome?.defects).toEqual(expect.arrayContaining(['unknown-config-sections-ignored', 'memories-list-is-object']));
		expect(byId.get('one-file')?.outcome?.defects).toEqual(expect.arrayContaining(['emergency-recovery-modes-ineffective', 'backup-full-aborts']));
		expect(byId.get('index-corrupted')?.outcome?.defects).toContain('emergency-recovery-modes-ineffective');
		expect(byId.get('space-leak')?.defects).toContain('isolation-check-cannot-fail');
		expect(byId.get('space-leak')?.check).toMatch(/\\?"content\\?":/);
		expect(byId.get('space-leak')?.check).toContain('.memory_id');
	});

	it("each match a guide triage category by number", () => {
		const triage = phases.find((phase) => phase.id === 'triage');
		const items = (triage?.actions ?? []).flatMap((step) => step.items ?? []);
		for (const { id, tree } of trees) {
			expect(items.some((item) => item.startsWith(`Category ${tree.category.number}: `)), id).toBe(true);
		}
	});
});

describe("the guide's commands (verbatim) carry a caution where Engram's code disagrees", () => {
	const find = (pattern: RegExp) => {
		const found = guideCommands.find(({ command }) => pattern.test(command));
		if (!found) throw new Error(`no guide command matches ${pattern}`);
		return found.holder;
	};

	it('--backup-first: always aborts, with its defect and the modes named', () => {
		const block = find(/--backup-first/);
		expect(block.defects).toEqual(expect.arrayContaining(['backup-full-aborts', 'emergency-recovery-modes-ineffective', 'restore-wrong-folder']));
		expect(block.caution).toMatch(/always aborts/);
		for (const mode of ['--sanitize-nan', '--fix-wal-corruption', '--rebuild-indices', '--reset-space', '--restore-latest', '--readonly-mode']) {
			expect(block.caution).toContain(mode);
		}
		expect(block.caution).toContain('ENGRAM_DATA_DIR');
	});

	it('/metrics: says it is JSON and where the Prometheus text is', () => {
		const step = find(/localhost:7432\/metrics >/);
		expect(step.caution).toContain('/metrics/prometheus');
		expect(step.caution).toMatch(/JSON/);
	});

	it('diagnose_health.sh: names the data root and links its defect', () => {
		for (const holder of guideCommands.filter(({ command }) => command.includes('diagnose_health.sh')).map((c) => c.holder)) {
			expect(holder.defects).toContain('diagnose-health-wrong-data-folder');
			expect(holder.caution).toContain('ENGRAM_DATA_DIR=/var/lib/engram');
		}
	});

	it('benchmark_deployment.sh 60 10: explains its arguments and that it writes to the live server', () => {
		const block = find(/benchmark_deployment\.sh 60 10/);
		expect(block.caution).toMatch(/60 seconds at 10 concurrent clients/);
		expect(block.caution).toMatch(/writes test memories/);
	});

	it('read-only mode, restore and quarantine steps carry their defects', () => {
		const step = (text: RegExp) => phaseSteps.find(({ step: s }) => text.test(s.text))?.step;
		expect(step(/read-only mode/)?.defects).toContain('readonly-mode-not-read');
		expect(step(/Restore from backup if needed/)?.defects).toContain('restore-wrong-folder');
		expect(step(/restore from backup/)?.defects).toContain('restore-wrong-folder');
		expect(step(/Quarantine corrupted data/)?.defects).toContain('emergency-recovery-modes-ineffective');
		expect(step(/If restart fails/)?.defects).toContain('unit-http-port-flag');
	});

	it("keep the guide's command text unchanged", () => {
		const seed = readSeed();
		for (const { where, command } of guideCommands) {
			for (const line of command.split('\n').filter((l) => l.trim())) expect(seed, where).toContain(line);
		}
	});
});

const DIST = join(ROOT, 'dist');
const built = existsSync(join(DIST, 'on-call-card/index.html')) && existsSync(join(DIST, 'troubleshooting/index.html'));

describe.skipIf(!built)('the built pages (after npm run build)', () => {
	it('the on-call card says beside the --backup-first command that it aborts, linking the defect', () => {
		const html = parse(readFileSync(join(DIST, 'on-call-card/index.html'), 'utf8'));
		const card = html.querySelectorAll('.card-command').find((el) => el.text.includes('--backup-first'));
		// The card prints the defects' titles (the guide page keeps the full caution).
		expect(card?.text).toMatch(/--backup-first recovery aborts/);
		expect(card?.querySelector('a[href*="upstream-defects"]')).not.toBeNull();
		const metrics = html.querySelectorAll('.card-command').find((el) => el.text.includes('/metrics >'));
		expect(metrics?.text).toContain('/metrics/prometheus');
	});

	it('the troubleshooting categories name the guide category and the tree in each row', () => {
		const html = parse(readFileSync(join(DIST, 'troubleshooting/index.html'), 'utf8'));
		const rows = html.querySelectorAll('table.troubleshooting-categories tbody tr');
		expect(rows.length).toBe(5);
		const guide = rows.map((row) => row.querySelector('.troubleshooting-categories__guide')?.text.replace(/\s+/g, ' ').trim());
		expect(guide[0]).toContain('Category 1: Service Failure');
		expect(guide[0]).toContain('Tree: Service unavailability');
		expect(guide[4]).toContain('Category 5: Configuration/Deployment');
	});

	it('the troubleshooting page shows its commands with provenance', () => {
		const html = parse(readFileSync(join(DIST, 'troubleshooting/index.html'), 'utf8'));
		expect(html.querySelectorAll('.ref-provenance').length).toBeGreaterThanOrEqual(3);
		expect(html.text).toContain('ENGRAM_DATA_DIR=/var/lib/engram');
	});
});
