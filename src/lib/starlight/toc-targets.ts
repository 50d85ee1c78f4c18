/**
 * The elements Starlight's table of contents watches to highlight the section being read, found
 * without the selector Starlight uses for them. Starlight asks for
 *
 *   main :where(H)
 *   main :where(H, .sl-heading-wrapper) ~ *:not(:has(H))
 *   main .sl-markdown-content > *:not(:has(H))
 *   main > *:not(:has(H))
 *
 * (H: the headings the contents list). The second line makes the browser test every later
 * sibling of every heading against `:has()`: on the guide (3,000 elements, two contents lists,
 * the desktop one and the phone one) that was a 120 ms task at a phone's speed, at every page
 * load. This finds the same elements in one pass per parent: a heading's later siblings include
 * every later heading's, so a walk stops where an earlier one went.
 *
 * Runs in the browser (src/integrations/fast-toc.ts puts it into Starlight's script); it must
 * stay self-contained (no imports, no outer names) because the browser test that proves it
 * equal to Starlight's selector passes it to the page as source.
 */
export function tocTargets(headingSelector: string, root: ParentNode = document): Element[] {
	const picked = new Set<Element>();
	const holdsHeading = (element: Element) => element.querySelector(headingSelector) !== null;
	for (const main of root.querySelectorAll('main')) {
		for (const heading of main.querySelectorAll(`:where(${headingSelector})`)) picked.add(heading);
		const walked = new Set<Element>();
		for (const start of main.querySelectorAll(`:where(${headingSelector}, .sl-heading-wrapper)`)) {
			for (let next = start.nextElementSibling; next && !walked.has(next); next = next.nextElementSibling) {
				walked.add(next);
				if (!holdsHeading(next)) picked.add(next);
			}
		}
		for (const content of main.querySelectorAll('.sl-markdown-content')) {
			for (const child of content.children) if (!holdsHeading(child)) picked.add(child);
		}
		for (const child of main.children) if (!holdsHeading(child)) picked.add(child);
	}
	// In document order, as querySelectorAll gives them: the observer reports in the order observed.
	return [...picked].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}
