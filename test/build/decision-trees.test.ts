/**
 * The built troubleshooting pages: the index links every tree under "Decision trees", each tree
 * page carries its diagram inline and the whole tree as a list (readable without JavaScript), and
 * no file of the site ships Mermaid code.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { DIST, assertBuilt, readMain, squash } from '../helpers/dist';
import { loadTrees } from '../../scripts/trees';

const trees = loadTrees()
	.map(({ tree }) => tree)
	.sort((a, b) => a.category.number - b.category.number);

/** A page's <main> with nothing removed (readMain drops screen-reader-only text and "not configured" notes). */
const readWholeMain = (file: string) => parse(readFileSync(join(DIST, file), 'utf8')).querySelector('main')!;

function listFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)]
	);
}

describe('troubleshooting pages in dist/', () => {
	beforeAll(() => assertBuilt());

	it('the index has a "Decision trees" section linking all five trees', () => {
		const main = readMain('troubleshooting/index.html');
		expect(main.querySelector('h2#decision-trees')?.text).toBe('Decision trees');
		const hrefs = main.querySelectorAll('.tree-list a').map((a) => a.getAttribute('href'));
		expect(hrefs).toEqual(trees.map((tree) => `/troubleshooting/${tree.id}/`));
	});

	it('the index shows the diagnosis commands in code blocks', () => {
		const code = squash(readMain('troubleshooting/index.html').querySelectorAll('pre').map((pre) => pre.text).join('\n'));
		for (const command of [
			'./scripts/diagnose_health.sh > /tmp/health_$(date +%s).txt',
			'./scripts/analyze_logs.sh "30 minutes ago" > /tmp/logs_$(date +%s).txt',
			'./scripts/collect_debug_info.sh',
			'./scripts/analyze_logs.sh "5 minutes ago"',
		]) {
			expect(code).toContain(squash(command));
		}
	});

	for (const tree of trees) {
		describe(tree.id, () => {
			const file = `troubleshooting/${tree.id}/index.html`;

			it('inlines its diagram as a named image', () => {
				const svg = readMain(file).querySelector(`figure.tree-diagram svg#tree-diagram-${tree.id}`);
				expect(svg?.getAttribute('role')).toBe('img');
				expect(svg?.querySelector('title')?.text).toBe(`Decision tree: ${tree.title}`);
			});

			it('lists every node and outcome as text, outside the diagram and the walker', () => {
				const list = readMain(file).querySelector('ul.tree-outline');
				expect(list).not.toBeNull();
				const text = squash(list!.text);
				for (const [id, node] of Object.entries(tree.nodes)) {
					expect(list!.querySelector(`li#${tree.id}--${id}`), id).not.toBeNull();
					expect(text).toContain(squash(node.text.replace(/`/g, '')));
					if (node.outcome) expect(text).toContain(squash(node.outcome.action));
				}
			});

			it('links each common issue, or names it with a note until its page exists', () => {
				const list = readWholeMain(file).querySelector('ul.tree-outline')!;
				const outcomes = list.querySelectorAll('.tree-outline__outcome');
				const withIssue = Object.values(tree.nodes).filter((node) => node.outcome?.issue).length;
				const resolved = outcomes.filter((outcome) => /Resolve it with/.test(outcome.text));
				expect(resolved).toHaveLength(withIssue);
				for (const outcome of resolved) {
					const line = outcome.querySelectorAll('p').find((p) => p.text.startsWith('Resolve it with'))!;
					const link = line.querySelector('a');
					expect(link?.getAttribute('href')).toMatch(/^\/common-issues\/[a-z0-9-]+\/$/);
				}
			});
		});
	}

	it('no file of the site ships Mermaid code', () => {
		const offenders = listFiles(DIST)
			.filter((path) => /\.(m?js|html)$/.test(path))
			.filter((path) => {
				const content = readFileSync(path, 'utf8');
				// HTML may name Mermaid in prose; code would show up inside a script.
				const code = path.endsWith('.html')
					? [...content.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]).join('\n')
					: content;
				return /mermaid/i.test(code);
			})
			.map((path) => relative(DIST, path));
		expect(offenders).toEqual([]);
	});
});
