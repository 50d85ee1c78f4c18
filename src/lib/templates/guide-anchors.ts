/**
 * Where the guide shows each template: the anchor of the heading right above its
 * `<TemplateBlock id="…" />` in content/docs/incident-response.mdx. Derived, never typed again:
 * a template added to the guide gets its link; one not in the guide has none.
 */

/** The anchor Starlight gives a heading (github-slugger's rule for ASCII headings). */
export function headingAnchor(heading: string): string {
	return heading
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s_-]/gu, '')
		.replace(/\s/g, '-');
}

/** Template id → anchor of the guide heading above its block. */
export function templateGuideAnchors(guideSource: string): Record<string, string> {
	const anchors: Record<string, string> = {};
	let heading: string | undefined;
	for (const line of guideSource.split('\n')) {
		const title = /^#{2,6}\s+(.+?)\s*$/.exec(line);
		if (title) heading = title[1];
		const block = /<TemplateBlock\s+id="([^"]+)"/.exec(line);
		if (block && heading !== undefined) anchors[block[1]!] = headingAnchor(heading);
	}
	return anchors;
}
