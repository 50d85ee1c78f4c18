import { describe, expect, it } from 'vitest';
import { COMMON_ISSUE_SECTIONS, commonIssueDescription, commonIssueHeadings } from '~/lib/common-issues/sections';

describe('the common-issue page sections', () => {
	it('keep the anchors the pages have always had, each once', () => {
		expect(COMMON_ISSUE_SECTIONS.map((section) => section.id)).toEqual([
			'symptoms', 'diagnose', 'fix-by-cause', 'verify', 'when-to-escalate', 'related',
		]);
		expect(commonIssueHeadings()).toContainEqual({ depth: 2, slug: 'fix-by-cause', text: 'Fix by cause' });
	});

	it('describe a page with its number and the count', () => {
		expect(commonIssueDescription(3, 'ten')).toBe(
			'Issue 3 of the ten common issues: symptoms, diagnosis, fixes cause by cause, and how to verify.'
		);
	});
});
