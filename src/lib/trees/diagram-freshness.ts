/**
 * Pre-rendered diagrams carry the SHA-256 of the Mermaid source they were drawn from, in a comment
 * on their first line. Comparing it with the hash of the source the current data gives tells
 * whether a stored SVG is current, without a browser. Server and script use only (node:crypto).
 */
import { createHash } from 'node:crypto';

const STAMP = /^<!-- mermaid-source-sha256: ([0-9a-f]{64}) -->\n?/;

/** What to do when a diagram is stale or missing. */
export const REDRAW_HINT = 'run npm run diagrams';

/** The SHA-256 (hex) of a diagram's Mermaid source. */
export function hashMermaidSource(source: string): string {
	return createHash('sha256').update(source, 'utf8').digest('hex');
}

/** The SVG with its source hash stamped on the first line (any older stamp replaced). */
export function stampDiagram(svg: string, source: string): string {
	return `<!-- mermaid-source-sha256: ${hashMermaidSource(source)} -->\n${svg.replace(STAMP, '')}`;
}

/** The source hash an SVG records, or undefined when it has none. */
export function readDiagramStamp(svg: string): string | undefined {
	return STAMP.exec(svg)?.[1];
}

/** The SVG markup without its stamp, for inlining into a page. */
export function stripDiagramStamp(svg: string): string {
	return svg.replace(STAMP, '');
}

export type DiagramState = 'fresh' | 'stale' | 'missing';

/** Whether `svg` (undefined when there is no file) was drawn from `source`. */
export function diagramState(source: string, svg: string | undefined): DiagramState {
	if (svg === undefined) return 'missing';
	return readDiagramStamp(svg) === hashMermaidSource(source) ? 'fresh' : 'stale';
}
