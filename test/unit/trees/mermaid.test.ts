/** Tree → Mermaid source (deterministic, escaped) and the diagram freshness check. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { diagramSource, escapeLabel, treeToMermaid } from '~/lib/trees/mermaid';
import {
	REDRAW_HINT,
	diagramState,
	hashMermaidSource,
	readDiagramStamp,
	stampDiagram,
	stripDiagramStamp,
} from '~/lib/trees/diagram-freshness';
import { loadTree } from '../../../scripts/trees';

const fixtures = new URL('../../fixtures/', import.meta.url).pathname;
const { tree: good } = loadTree(`${fixtures}trees/good.yaml`);

describe('treeToMermaid', () => {
	it('draws the fixture tree', () => {
		expect(diagramSource(good)).toMatchInlineSnapshot(`
			"flowchart LR
			  accTitle: Decision tree: Fixture tree
			  accDescr: Flowchart of the fixture tree tree, from the first question on the left to the outcomes on the right. The same tree is listed as text on this page.
			  n_root["Something is wrong"]
			  n_port["Is the port open?"]
			  n_port_closed["No: the port is closed"]
			  o_port_closed("Open the port<br/>Common issue 10")
			  n_port_open["Yes: continue with the disk"]
			  o_port_open("Check the disk next")
			  n_disk["Is the disk full?"]
			  n_disk_full["The disk is full"]
			  o_disk_full("Prune old “backups”")
			  n_disk_fine["The disk has room"]
			  o_disk_fine("Escalate ‹with› the ＃1; output<br/>Common issue 1")
			  n_root --> n_port
			  n_port --> n_port_closed
			  n_port_closed --> o_port_closed
			  n_port --> n_port_open
			  n_port_open --> o_port_open
			  n_root --> n_disk
			  n_disk --> n_disk_full
			  n_disk_full --> o_disk_full
			  n_disk --> n_disk_fine
			  n_disk_fine --> o_disk_fine
			  class n_root start
			  class n_port,n_disk question
			  class n_port_closed,n_port_open,n_disk_full,n_disk_fine condition
			  class o_port_closed,o_port_open,o_disk_full,o_disk_fine outcome
			  class n_disk,o_disk_full flagged
			"
		`);
	});

	it('is deterministic', () => {
		expect(diagramSource(structuredClone(good))).toBe(diagramSource(good));
	});

	it('names issues with the given labeller', () => {
		expect(treeToMermaid(good, (slug) => `see ${slug}`)).toContain('Open the port<br/>see grpc-connection-failures');
	});
});

describe('escapeLabel', () => {
	it.each([
		['Log shows "Failed to bind"', 'Log shows “Failed to bind”'],
		['hot <= warm', 'hot ‹= warm'],
		['<img src=x onerror=alert(1)>', '‹img src=x onerror=alert(1)›'],
		['`code`', "'code'"],
		['#quot; and #35;', '＃quot; and ＃35;'],
		['issue #1 stays', 'issue #1 stays'],
		['two\nlines', 'two<br/>lines'],
		['tab\there', 'tab here'],
	])('%s', (input, output) => {
		expect(escapeLabel(input)).toBe(output);
	});

	it('never leaves a straight double quote, which would end the label', () => {
		expect(escapeLabel('"a" "b" "')).not.toContain('"');
	});
});

describe('diagram freshness', () => {
	const storedSvg = readFileSync(`${fixtures}diagrams/good.svg`, 'utf8');
	const { tree: changed } = loadTree(`${fixtures}diagrams/good-changed.yaml`);

	it('stamps, reads and strips the source hash', () => {
		const svg = stampDiagram('<svg/>', 'flowchart LR');
		expect(readDiagramStamp(svg)).toBe(hashMermaidSource('flowchart LR'));
		expect(stripDiagramStamp(svg)).toBe('<svg/>');
		expect(readDiagramStamp(stampDiagram(svg, 'other'))).toBe(hashMermaidSource('other'));
		expect(readDiagramStamp('<svg/>')).toBeUndefined();
	});

	it('finds the stored fixture SVG current for the tree it was drawn from', () => {
		// If treeToMermaid's output changes on purpose, restamp test/fixtures/diagrams/good.svg too.
		expect(diagramState(diagramSource(good), storedSvg)).toBe('fresh');
	});

	it('finds the SVG stale when the tree changed but its SVG did not, and missing without a file', () => {
		expect(diagramState(diagramSource(changed), storedSvg)).toBe('stale');
		expect(diagramState('x', undefined)).toBe('missing');
		expect(REDRAW_HINT).toBe('run npm run diagrams');
	});
});
