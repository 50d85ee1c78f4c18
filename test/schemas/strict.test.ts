/**
 * Every schema is strict: an unknown key anywhere in any data file (a typo such as `hnit:` for
 * `hint:`) fails, and the error names the entry and the key. Proven on the real data: each object
 * of each entry in turn gets one unknown key, and the parse must fail at exactly that place.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { AlertSchema } from '~/schemas/alert';
import { DrScenarioSchema, VerificationLevelSchema } from '~/schemas/backup';
import { CommonIssueSchema } from '~/schemas/common-issue';
import { DecisionTreeSchema } from '~/schemas/decision-tree';
import { ErrorFamilySchema, RecoveryStrategySchema } from '~/schemas/error-pattern';
import { EscalationLevelSchema, EscalationMatrixRowSchema } from '~/schemas/escalation';
import { MetricGroupSchema } from '~/schemas/metric';
import { OrganisationSchema } from '~/schemas/organisation';
import { ResponsePhaseSchema } from '~/schemas/response-phase';
import { SearchSynonymGroupSchema } from '~/schemas/search-synonyms';
import { SeverityLevelSchema } from '~/schemas/severity';
import { SeverityClassifierRulesSchema } from '~/schemas/severity-classifier';
import { CommunicationTemplateSchema } from '~/schemas/template';
import { ToolSchema } from '~/schemas/tool';
import { PageCommandsSchema } from '~/schemas/page-commands';
import { UpstreamDefectSchema, UpstreamPinSchema } from '~/schemas/upstream';
import { DATA_DIR, readYaml } from '../helpers/data';

/** Each data file (or folder) with the schema its collection uses, as in src/content.config.ts. */
const FILES: [string, z.ZodType][] = [
	['severity-levels.yaml', SeverityLevelSchema],
	['response-phases.yaml', ResponsePhaseSchema],
	['escalation-levels.yaml', EscalationLevelSchema],
	['escalation-matrix.yaml', EscalationMatrixRowSchema],
	['templates/', CommunicationTemplateSchema],
	['organisation.yaml', OrganisationSchema],
	['search-synonyms.yaml', SearchSynonymGroupSchema],
	['trees/', DecisionTreeSchema],
	['severity-classifier.yaml', SeverityClassifierRulesSchema],
	['common-issues/', CommonIssueSchema],
	['error-patterns.yaml', ErrorFamilySchema],
	['recovery-strategies.yaml', RecoveryStrategySchema],
	['alerts.yaml', AlertSchema],
	['tools.yaml', ToolSchema],
	['metrics.yaml', MetricGroupSchema],
	['dr-scenarios.yaml', DrScenarioSchema],
	['backup-verification-levels.yaml', VerificationLevelSchema],
	['upstream.yaml', UpstreamPinSchema],
	['upstream-defects/', UpstreamDefectSchema],
	['page-commands/', PageCommandsSchema],
];

/** The entries of a file as Astro's loaders make them: list items, map values, or one per file. */
function entries(file: string): [string, unknown][] {
	if (file.endsWith('/')) {
		return readdirSync(DATA_DIR + file)
			.filter((name) => name.endsWith('.yaml'))
			.map((name) => [file + name, readYaml(DATA_DIR + file + name)]);
	}
	const data = readYaml(DATA_DIR + file);
	return Array.isArray(data)
		? data.map((entry, index) => [`${file} #${index + 1}`, entry])
		: Object.entries(data as Record<string, unknown>).map(([id, entry]) => [`${file} ${id}`, entry]);
}

type Path = (string | number)[];
const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** Paths of every plain object inside a value (the value itself first). */
function objectPaths(value: unknown, path: Path = []): Path[] {
	if (Array.isArray(value)) return value.flatMap((item, index) => objectPaths(item, [...path, index]));
	if (!isObject(value)) return [];
	return [path, ...Object.entries(value).flatMap(([key, item]) => objectPaths(item, [...path, key]))];
}

/** A deep copy of value with one extra key in the object at path. */
function withKeyAt(value: unknown, path: Path, key: string): unknown {
	const copy = structuredClone(value);
	let target = copy as Record<string | number, unknown>;
	for (const step of path) target = target[step] as Record<string | number, unknown>;
	target[key] = 'typo';
	return copy;
}

/**
 * Objects whose keys are data, not field names: a tree's node map, a page's steps by id, and an
 * alert rule's Prometheus labels (any label name is valid there).
 */
const KEYED_BY_ID = (path: Path) =>
	(path.length === 1 && (path[0] === 'nodes' || path[0] === 'steps')) ||
	(path.length === 3 && path[0] === 'definitions' && path[2] === 'labels');

describe.each(FILES)('%s', (file, schema) => {
	const all = entries(file);
	it('has entries and they parse', () => {
		expect(all.length).toBeGreaterThan(0);
		for (const [name, entry] of all) expect(schema.safeParse(entry).error?.issues, name).toBeUndefined();
	});
	it('rejects an unknown key in every object of every entry, naming the key where it is', () => {
		const accepted: string[] = [];
		for (const [name, entry] of all) {
			for (const path of objectPaths(entry).filter((path) => !KEYED_BY_ID(path))) {
				const result = schema.safeParse(withKeyAt(entry, path, 'zzTypo'));
				const named = result.error?.issues.some(
					(issue) => issue.code === 'unrecognized_keys' && issue.keys.includes('zzTypo') && issue.path.join('.') === path.join('.')
				);
				if (!named) accepted.push(`${name} at ${path.join('.') || '(top level)'}`);
			}
		}
		expect(accepted).toEqual([]);
	});
});
