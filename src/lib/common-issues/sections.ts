/**
 * The sections of a common-issue page, in page order, below the summary: heading text and anchor
 * (the same ids the MDX pages had: /common-issues/wal-lag/#fix-by-cause), and the part of the data
 * each one shows. The page (src/components/reference/CommonIssuePage.astro) renders them and the
 * route (src/pages/common-issues/[slug].astro) gives them to Starlight's table of contents.
 */
export type CommonIssuePart = 'symptoms' | 'diagnose' | 'causes' | 'verify' | 'escalate' | 'related';

export interface CommonIssueSection {
	part: CommonIssuePart;
	id: string;
	text: string;
}

export const COMMON_ISSUE_SECTIONS: readonly CommonIssueSection[] = [
	{ part: 'symptoms', id: 'symptoms', text: 'Symptoms' },
	{ part: 'diagnose', id: 'diagnose', text: 'Diagnose' },
	{ part: 'causes', id: 'fix-by-cause', text: 'Fix by cause' },
	{ part: 'verify', id: 'verify', text: 'Verify' },
	{ part: 'escalate', id: 'when-to-escalate', text: 'When to escalate' },
	{ part: 'related', id: 'related', text: 'Related' },
];

/** The headings as Starlight's `<StarlightPage headings>` takes them (its table of contents). */
export function commonIssueHeadings(sections: readonly CommonIssueSection[] = COMMON_ISSUE_SECTIONS) {
	return sections.map((section) => ({ depth: 2, slug: section.id, text: section.text }));
}

/** A common-issue page's meta description. */
export function commonIssueDescription(number: number, countWord: string): string {
	return `Issue ${number} of the ${countWord} common issues: symptoms, diagnosis, fixes cause by cause, and how to verify.`;
}
