/** Tree validation on good and broken fixtures, and the walker's logic on the small fixture tree. */
import { describe, expect, it } from 'vitest';
import {
	back,
	choose,
	continueWalk,
	currentNode,
	currentNodeId,
	describePath,
	labelOf,
	listLeafPaths,
	MAX_PATH_LENGTH,
	parsePath,
	pathTo,
	questionOf,
	serialisePath,
	startWalk,
	validateTree,
	arrivalAnnouncement,
	flagLines,
	showsContext,
	walkFromSearch,
	walkSearch,
} from '~/lib/trees/tree';
import { loadTree } from '../../../scripts/trees';

const FIXTURES = new URL('../../fixtures/trees/', import.meta.url).pathname;
const fixture = (name: string) => loadTree(`${FIXTURES}${name}.yaml`);
const { tree: good } = fixture('good');

describe('validateTree', () => {
	it('accepts the good fixture', () => {
		const { tree, file } = fixture('good');
		expect(validateTree(tree, file)).toEqual([]);
	});

	it.each([
		['dangling', /node "root" has child "ghost", which does not exist \(dangling reference\)/],
		['unreachable', /node "island" is unreachable from the start node "root"/],
		['cycle', /node "b" is part of a cycle: b → c → b/],
		['leaf-without-outcome', /node "a" is a leaf without an "outcome"/],
		['both', /node "a" has both "children" and an "outcome"/],
		['bad-start', /"start" names node "begin", which does not exist/],
		['continue-up', /node "b" has "continueAt" "a", which leads back up its own branch/],
		['two-parents', /node "shared" has two parents \("a" and "b"\)/],
		['no-question', /node "a" has children but no question/],
	])('rejects %s, naming the file and the node', (name, message) => {
		const { tree, file } = fixture(name);
		const problems = validateTree(tree, file);
		expect(problems.join('\n')).toMatch(message);
		expect(problems.every((problem) => problem.startsWith(`test/fixtures/trees/${name}.yaml: `))).toBe(true);
	});

	it('reports a bad start without crashing on the rest', () => {
		const problems = validateTree({ start: 'x', nodes: {} }, 'empty.yaml');
		expect(problems).toEqual(['empty.yaml: "start" names node "x", which does not exist (nodes: none)']);
	});
});

describe('reading nodes', () => {
	it('asks the question, or the text when it is one', () => {
		expect(questionOf(good.nodes.root!)).toBe('What do you see?');
		expect(questionOf(good.nodes.port!)).toBe('Is the port open?');
		expect(questionOf(good.nodes['disk-full']!)).toBeUndefined();
	});

	it('labels answers with the label, or the text', () => {
		expect(labelOf(good.nodes.port!)).toBe('The port');
		expect(labelOf(good.nodes['disk-full']!)).toBe('The disk is full');
	});

	it('finds the path to any node', () => {
		expect(pathTo(good, 'root')).toEqual([]);
		expect(pathTo(good, 'port-open')).toEqual(['port', 'port-open']);
		expect(pathTo(good, 'nowhere')).toBeUndefined();
	});
});

describe('walking', () => {
	it('starts at the start node', () => {
		expect(startWalk()).toEqual([]);
		expect(currentNodeId(good, startWalk())).toBe('root');
	});

	it('chooses answers, goes back and starts over', () => {
		let path = choose(good, startWalk(), 'port');
		path = choose(good, path, 'port-closed');
		expect(path).toEqual(['port', 'port-closed']);
		expect(currentNode(good, path).outcome?.action).toBe('Open the port');
		expect(back(path)).toEqual(['port']);
		expect(back(back(back(path)))).toEqual([]);
		expect(startWalk()).toEqual([]);
	});

	it('ignores a choice that is no answer at the current node', () => {
		expect(choose(good, ['port'], 'disk-full')).toEqual(['port']);
		expect(choose(good, [], 'ghost')).toEqual([]);
	});

	it('follows a "continue at" jump to the next check', () => {
		expect(continueWalk(good, ['port', 'port-open'])).toEqual(['disk']);
		expect(continueWalk(good, ['port', 'port-closed'])).toEqual(['port', 'port-closed']);
	});

	it('lists every path to a leaf', () => {
		expect(listLeafPaths(good)).toEqual([
			['port', 'port-closed'],
			['port', 'port-open'],
			['disk', 'disk-full'],
			['disk', 'disk-fine'],
		]);
	});
});

describe('path ↔ URL', () => {
	it('round-trips every path', () => {
		for (const path of [[], ...listLeafPaths(good)]) {
			expect(parsePath(good, serialisePath(path))).toEqual({ path });
		}
	});

	it.each([
		['an unknown first step', 'ghost', [], /starts with “ghost”, which is no answer to the first question/],
		['a step that skips a level', 'port-closed', [], /starts with “port-closed”/],
		['a wrong later step', 'port,disk-full', ['port'], /goes on with “disk-full”, which is no answer after “The port”/],
		['steps past a leaf', 'port,port-closed,more', ['port', 'port-closed'], /goes on with “more”/],
		['an empty step', 'port,,port-closed', ['port'], /goes on with “”/],
		['markup', '<img src=x onerror=alert(1)>', [], /starts with “<img src=x onerror=alert\(1\)>”/],
	])('keeps the valid prefix of %s and says why', (_label, raw, path, message) => {
		const parsed = parsePath(good, raw);
		expect(parsed.path).toEqual(path);
		expect(parsed.problem).toMatch(message);
	});

	it('refuses absurdly long paths', () => {
		const parsed = parsePath(good, Array(MAX_PATH_LENGTH + 1).fill('port').join(','));
		expect(parsed).toEqual({ path: [], problem: expect.stringContaining('starts from the beginning') });
	});

	it('shortens a huge unknown id in the message', () => {
		expect(parsePath(good, 'x'.repeat(500)).problem!.length).toBeLessThan(200);
	});
});

describe('describePath', () => {
	const name = (slug: string) => `Issue «${slug}»`;
	it('gives the walked path, the outcome and its issue on one line', () => {
		expect(describePath(good, ['port', 'port-closed'], name, 'http://x/t/?path=port,port-closed')).toBe(
			'Fixture tree: The port → No ⇒ Open the port (Issue «grpc-connection-failures») http://x/t/?path=port,port-closed'
		);
	});

	it('describes the start and a walk in progress', () => {
		expect(describePath(good, [], name)).toBe('Fixture tree: start');
		expect(describePath(good, ['disk'], name)).toBe('Fixture tree: The disk');
	});

	it('never contains a line break', () => {
		const tree = { ...good, title: 'Multi\nline' };
		expect(describePath(tree, ['disk', 'disk-fine'], name)).not.toMatch(/\n/);
	});
});

describe('the walk in the page address', () => {
	it('reads a valid path, and keeps the valid part of a broken one with a notice', () => {
		expect(walkFromSearch(good, '?path=port,port-closed')).toEqual({ path: ['port', 'port-closed'], notices: [] });
		expect(walkFromSearch(good, '')).toEqual({ path: [], notices: [] });
		const broken = walkFromSearch(good, '?path=port,nope');
		expect(broken.path).toEqual(['port']);
		expect(broken.notices).toHaveLength(1);
	});

	it('writes the path with literal commas', () => {
		expect(walkSearch(['port', 'port-closed'])).toBe('?path=port,port-closed');
		expect(walkFromSearch(good, walkSearch(['disk', 'disk-full'])).path).toEqual(['disk', 'disk-full']);
	});
});

describe('what the walker says', () => {
	it('announces an outcome on arrival, nothing at a question', () => {
		expect(arrivalAnnouncement(good, ['port', 'port-closed'])).toBe('Outcome: Open the port.');
		expect(arrivalAnnouncement(good, ['port'])).toBe('');
	});

	it('words the source flags', () => {
		expect(flagLines({}, false)).toEqual([]);
		expect(flagLines({ added: true, inferred: true }, true)).toEqual([
			'This branch is not in the source’s diagram; it comes from the issue pages.',
			'This branch is our own inference, not the source’s.',
			'Linking this outcome to its fix is our inference, not the source’s.',
		]);
	});

	it('shows the node’s own text above its question at the start and where the question differs', () => {
		expect(showsContext(good, [])).toBe(true);
		expect(showsContext(good, ['port'])).toBe(false);
	});
});
