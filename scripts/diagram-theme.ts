/**
 * The stylesheet `npm run diagrams` puts into each SVG in place of Mermaid's own. Colours are
 * Starlight's theme variables, so the inlined diagram follows the light and dark theme; the
 * fallbacks (Starlight's light values) keep a standalone SVG readable. Scoped to the SVG's id.
 *
 * Labels are measured with DejaVu Sans, a wide font, but shown in the page's font: almost every
 * system font is narrower, so the text always fits its box.
 */
export const MEASURE_FONT = "'DejaVu Sans', sans-serif";

export function diagramThemeCss(svgId: string): string {
	const s = `#${svgId}`;
	return [
		`${s}{--d-text:var(--sl-color-white,#17181c);--d-edge:var(--sl-color-gray-3,#545861);--d-node:var(--sl-color-gray-6,#eceef2);--d-stroke:var(--sl-color-gray-4,#888b96);--d-accent:var(--sl-color-accent,#3a5ccc);--d-accent-low:var(--sl-color-accent-low,#d5dcf7);--d-outcome:var(--sl-color-green-low,#d5f5c8);--d-outcome-stroke:var(--sl-color-green,#3bb012);font-family:var(--__sl-font,${MEASURE_FONT});font-size:14px;}`,
		`${s} text{fill:var(--d-text);text-anchor:middle;}`,
		`${s} .node rect{fill:var(--d-node);stroke:var(--d-stroke);stroke-width:1.5px;}`,
		`${s} .node.start rect{fill:var(--d-accent-low);stroke:var(--d-accent);stroke-width:2.5px;}`,
		`${s} .node.question rect{stroke:var(--d-accent);}`,
		`${s} .node.outcome rect{fill:var(--d-outcome);stroke:var(--d-outcome-stroke);}`,
		`${s} .node.flagged rect{stroke-dasharray:6 4;}`,
		`${s} .flowchart-link{fill:none;stroke:var(--d-edge);stroke-width:1.5px;}`,
		`${s} .marker,${s} .arrowMarkerPath{fill:var(--d-edge);stroke:var(--d-edge);}`,
	].join('');
}
