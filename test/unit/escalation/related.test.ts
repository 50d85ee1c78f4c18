/**
 * Where the escalation lookup leads besides the matrix, on the real data: "disk full", "oom" and
 * "WAL lag" each lead to a relevant page (issue 14), with the matrix search's word matching.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	buildRelatedPages,
	createRelatedSearch,
	packRelatedPages,
	searchableText,
	unpackRelatedPages,
} from '~/lib/escalation/related';
import { createEscalationSearch } from '~/lib/escalation/lookup';
import { DATA_DIR, loadRunbookData, readYaml } from '../../helpers/data';
import { loadSearchSynonyms } from '../../helpers/search-synonyms';

type Yaml = Record<string, unknown>;
const issues = readdirSync(`${DATA_DIR}common-issues`).map((file) => {
	const data = readYaml(`${DATA_DIR}common-issues/${file}`) as Yaml;
	return { slug: file.replace(/\.yaml$/, ''), title: String(data.title), number: Number(data.number), symptoms: data.symptoms as string[] };
});
const trees = readdirSync(`${DATA_DIR}trees`).map((file) => {
	const data = readYaml(`${DATA_DIR}trees/${file}`) as Yaml;
	return {
		id: file.replace(/\.yaml$/, ''),
		title: String(data.title),
		nodes: data.nodes as Record<string, { text: string; label?: string; outcome?: { action: string } }>,
	};
});
const alerts = Object.entries(readYaml(`${DATA_DIR}alerts.yaml`) as Record<string, { meaning: string }>).map(([name, alert]) => ({
	name,
	meaning: alert.meaning,
}));
const pages = buildRelatedPages({
	issues,
	issueLink: (slug) => {
		const issue = issues.find((i) => i.slug === slug)!;
		return { name: `Common issue ${issue.number}: ${issue.title}`, href: `/common-issues/${slug}/` };
	},
	trees,
	treeNodeUrl: (tree, node) => `/troubleshooting/${tree}/#${tree}--${node}`,
	alerts,
	alertUrl: (name) => `/alerts/${name}/`,
});
const synonyms = loadSearchSynonyms();
const related = createRelatedSearch(pages, synonyms);
const hrefs = (query: string) => related.find(query).map((page) => page.href);

describe('buildRelatedPages', () => {
	it('lists every common issue, every tree node and every alert, each with a link', () => {
		const count = issues.length + trees.reduce((n, tree) => n + Object.keys(tree.nodes).length, 0) + alerts.length;
		expect(pages).toHaveLength(count);
		expect(pages.every((page) => page.href.startsWith('/') && page.title !== '')).toBe(true);
	});
});

describe('the three queries of issue 14', () => {
	const matrix = createEscalationSearch(loadRunbookData().escalationMatrix, synonyms);

	it('"disk full" matches no matrix row but leads to the disk step of the resource tree', () => {
		expect(matrix.lookup('disk full').kind).toBe('none');
		expect(hrefs('disk full')).toContain('/troubleshooting/resource-exhaustion/#resource-exhaustion--disk-full');
	});

	it('"oom" matches no matrix row but leads to the memory step of the resource tree', () => {
		expect(matrix.lookup('oom').kind).toBe('none');
		expect(hrefs('oom')).toContain('/troubleshooting/resource-exhaustion/#resource-exhaustion--oom');
	});

	it('"WAL lag" links the WAL lag issue first, and its alert, though the matrix has only WAL corruption rows', () => {
		const rows = matrix.lookup('WAL lag');
		expect(rows.kind === 'matches' && rows.complete).toBe(false);
		expect(hrefs('WAL lag')[0]).toBe('/common-issues/wal-lag/');
		expect(hrefs('WAL lag')).toContain('/alerts/WALLagHigh/');
	});

	it('tolerates typos and synonyms as the matrix search does', () => {
		expect(hrefs('latncy')).toContain('/common-issues/high-latency/');
		expect(hrefs('slow')).toContain('/common-issues/high-latency/');
	});

	it('mixes the kinds, best of each first, so an issue, a tree step and an alert all show', () => {
		expect(related.find('WAL lag').map((page) => page.kind).slice(0, 3)).toEqual(['issue', 'tree', 'alert']);
	});

	it('shows at most five pages and nothing for an empty query or markup', () => {
		expect(related.find('wal').length).toBeLessThanOrEqual(5);
		expect(related.find('   ')).toEqual([]);
		expect(related.find('<img src=x onerror=alert(1)>')).toEqual([]);
	});
});

describe('packRelatedPages', () => {
	it('round-trips the pages and drops malformed rows', () => {
		expect(unpackRelatedPages(packRelatedPages(pages))).toEqual(pages);
		expect(unpackRelatedPages('[["issue","a","b","/c/","d"],["nope","a","b","c","d"],[1,2]]')).toHaveLength(1);
		expect(unpackRelatedPages('not json')).toEqual([]);
	});
});

describe('searchableText', () => {
	it('drops code marks and link syntax', () => {
		expect(searchableText('The `WALLagHigh` alert, see [the page](wal-lag#x)')).toBe('The  WALLagHigh  alert, see the page');
	});
});
