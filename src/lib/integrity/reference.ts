/**
 * Cross-file checks of the troubleshooting reference data (common issues, error families, alerts,
 * tools), the part a schema cannot see: references between files, the numbering of issues and categories, and
 * the safety order of recovery commands. Runs in `test/content` and in the build.
 */
import type { Alert } from '../../schemas/alert';
import type { CommandStep } from '../../schemas/command-step';
import type { CommonIssue } from '../../schemas/common-issue';
import type { DrScenario } from '../../schemas/backup';
import type { ErrorFamily } from '../../schemas/error-pattern';
import type { Tool } from '../../schemas/tool';
import { alertSlug } from '../alerts/slug';
import { findRepeats } from './content';
import { findLinkTargets } from '../shared/inline-markdown';
import { checkRecoveryOrder, findScriptCalls, flagsOf } from './script-commands';

/** A troubleshooting category, as its decision tree (content/data/trees/<treeId>.yaml) defines it. */
export interface CategoryRef {
	treeId: string;
	number: number;
}

/** Everything the reference checks look at; entries carry their collection id. */
export interface ReferenceData {
	severityIds: string[];
	categories: CategoryRef[];
	issues: (CommonIssue & { slug: string })[];
	errorFamilies: ErrorFamily[];
	strategies: string[];
	alerts: (Alert & { name: string })[];
	tools: (Tool & { script: string })[];
	drScenarios: (DrScenario & { id: string })[];
	/** Slugs of the published pages (docs and generated); link targets must be one of these. */
	pageSlugs: string[];
}

const ISSUES = 'content/data/common-issues';
const TREES = 'content/data/trees';
const FAMILIES = 'content/data/error-patterns.yaml';
const ALERTS = 'content/data/alerts.yaml';
const TOOLS = 'content/data/tools.yaml';

/** Returns one readable problem per line, naming the file, the entry and the field. */
export function checkReferenceIntegrity(data: ReferenceData): string[] {
	const problems: string[] = [];
	const severities = new Set(data.severityIds);
	const issueSlugs = new Set(data.issues.map((issue) => issue.slug));
	const treeIds = new Set(data.categories.map((category) => category.treeId));
	const categoryNumbers = new Set(data.categories.map((category) => category.number));

	// Issues: numbered 1, 2, 3… in their files, each number once.
	for (const issue of data.issues) {
		const where = `${ISSUES}/${issue.slug}.yaml`;
		if (!categoryNumbers.has(issue.category)) {
			problems.push(`${where}: "category" ${issue.category} has no decision tree in content/data/trees/`);
		}
		for (const { severity } of issue.severity.guidance) {
			if (!severities.has(severity)) problems.push(`${where}: severity guidance names unknown severity "${severity}"`);
		}
		for (const id of findRepeats(issue.causes.map((cause) => cause.id))) {
			problems.push(`${where}: cause id "${id}" is used twice`);
		}
	}
	problems.push(
		...checkNumbering(
			data.issues.map((issue) => ({ file: `${ISSUES}/${issue.slug}.yaml`, number: issue.number })),
			'"number"'
		)
	);

	// Categories: one tree each, numbered 1, 2, 3… (its issues are the issue files that name its number).
	problems.push(
		...checkNumbering(
			data.categories.map((category) => ({ file: `${TREES}/${category.treeId}.yaml`, number: category.number })),
			'"category.number"'
		)
	);

	// Error families.
	for (const id of findRepeats(data.errorFamilies.map((family) => String(family.number)))) {
		problems.push(`${FAMILIES}: two families have "number" ${id}`);
	}
	for (const family of data.errorFamilies) {
		for (const slug of family.resolvedBy) {
			if (!issueSlugs.has(slug)) problems.push(`${FAMILIES} (${family.id}): "resolvedBy" names unknown issue "${slug}"`);
		}
		for (const { strategy } of family.strategies) {
			if (!data.strategies.includes(strategy)) {
				problems.push(`${FAMILIES} (${family.id}): strategy "${strategy}" is not in recovery-strategies.yaml`);
			}
		}
	}

	// Alerts.
	for (const slug of findRepeats(data.alerts.map((alert) => alertSlug(alert.name)))) {
		problems.push(`${ALERTS}: two alerts share the page slug "${slug}"`);
	}
	const alertNames = new Set(data.alerts.map((alert) => alert.name));
	for (const alert of data.alerts) {
		const where = `${ALERTS} (${alert.name})`;
		if (!severities.has(alert.severity)) problems.push(`${where}: "severity" names unknown severity "${alert.severity}"`);
		for (const slug of alert.issues) {
			if (!issueSlugs.has(slug)) problems.push(`${where}: "issues" names unknown issue "${slug}"`);
		}
		for (const tree of alert.trees) {
			if (!treeIds.has(tree)) problems.push(`${where}: "trees" names unknown tree "${tree}"`);
		}
		for (const name of alert.seeAlso) {
			if (!alertNames.has(name)) problems.push(`${where}: "seeAlso" names unknown alert "${name}"`);
		}
		if (alert.status === 'not-defined' && alert.definitions.length > 0) {
			problems.push(`${where}: status "not-defined" but "definitions" is not empty`);
		}
		if (alert.status !== 'not-defined' && alert.definitions.length === 0) {
			problems.push(`${where}: status "${alert.status}" needs at least one definition`);
		}
		if (alert.issues.length + alert.trees.length + alert.actions.length === 0) {
			problems.push(`${where}: names no issue, tree or action to follow`);
		}
	}

	// Commands: scripts and flags exist; recovery runs are safe; page links resolve.
	const tools = new Map(data.tools.map((tool) => [tool.script, tool]));
	const recovery = tools.get('emergency_recovery.sh');
	const modes = recovery?.modes.map((mode) => mode.flag) ?? [];
	const recoveryFlags = new Set([...modes, ...(recovery?.options ?? []).flatMap((o) => o.flag.split(/,\s*/))]);
	const pages = new Set(data.pageSlugs);
	for (const [where, steps, texts] of procedures(data)) {
		const calls = steps.flatMap((step) => (step.code && step.lang === 'bash' ? findScriptCalls(step.code) : []));
		for (const call of calls) {
			if (!tools.has(call.script)) problems.push(`${where}: calls ${call.script}, which ${TOOLS} does not document`);
			if (call.script === 'emergency_recovery.sh') {
				for (const flag of flagsOf(call)) {
					if (!recoveryFlags.has(flag)) problems.push(`${where}: emergency_recovery.sh has no flag "${flag}"`);
				}
			}
		}
		problems.push(...checkRecoveryOrder(calls, modes).map((problem) => `${where}: ${problem}`));
		const lines = [...texts, ...steps.flatMap((step) => [step.text, step.expect ?? '', step.caveat ?? ''])];
		for (const target of lines.flatMap(findLinkTargets)) {
			const slug = target.split('#')[0] ?? '';
			if (!target.startsWith('#') && !/^https?:/.test(target) && !pages.has(slug)) {
				problems.push(`${where}: links to "${target}", which is no page`);
			}
		}
	}
	return problems;
}

/** Every procedure (an ordered list of steps) with where it lives and its other inline texts. */
function procedures(data: ReferenceData): [string, CommandStep[], string[]][] {
	const list: [string, CommandStep[], string[]][] = [];
	for (const issue of data.issues) {
		const where = `${ISSUES}/${issue.slug}.yaml`;
		const texts = [
			issue.summary,
			...issue.symptoms,
			...issue.escalate,
			...(issue.notes ?? []),
			...issue.verify.success,
			...issue.severity.guidance.map((g) => g.when),
			issue.severity.caveat ?? '',
		];
		list.push([`${where} "diagnose"`, issue.diagnose, texts]);
		list.push([`${where} "verify"`, issue.verify.steps, []]);
		for (const cause of issue.causes) {
			list.push([
				`${where} cause "${cause.id}"`,
				[...cause.actions, ...(cause.verify ?? [])],
				[cause.context, cause.escalate ?? ''],
			]);
		}
	}
	for (const family of data.errorFamilies) {
		list.push([`${FAMILIES} (${family.id})`, family.diagnostics, [family.meaning ?? '', family.caveat ?? '']]);
	}
	for (const alert of data.alerts) {
		list.push([`${ALERTS} (${alert.name})`, alert.actions, [alert.meaning, alert.severityNote ?? '', ...alert.caveats]]);
	}
	for (const tool of data.tools) {
		const cells = tool.tables.flatMap((table) => table.rows.flat());
		list.push([`${TOOLS} (${tool.script})`, tool.examples, [...tool.notes, ...tool.caveats, ...cells]]);
	}
	for (const scenario of data.drScenarios) {
		list.push([`content/data/dr-scenarios.yaml (${scenario.id})`, scenario.steps, scenario.caveats]);
	}
	return list;
}

/**
 * The numbers of a folder's files (issues, tree categories) must run 1, 2, 3… without a gap or a
 * repeat: pages list them in that order and name them by number ("Common issue 3").
 */
export function checkNumbering(entries: { file: string; number: number }[], field: string): string[] {
	const problems: string[] = [];
	const sorted = [...entries].sort((a, b) => a.number - b.number);
	sorted.forEach((entry, index) => {
		const previous = sorted[index - 1];
		if (previous && previous.number === entry.number) {
			problems.push(`${entry.file}: ${field} ${entry.number} is also the number of ${previous.file}`);
		} else if (entry.number !== (previous ? previous.number + 1 : 1)) {
			problems.push(`${entry.file}: ${field} is ${entry.number}, but the numbers must run 1, 2, 3… without a gap (expected ${previous ? previous.number + 1 : 1})`);
		}
	});
	return problems;
}
