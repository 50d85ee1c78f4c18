import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headingAnchor, templateGuideAnchors } from '~/lib/templates/guide-anchors';

const GUIDE = readFileSync(new URL('../../../content/docs/incident-response.mdx', import.meta.url), 'utf8');

describe('templateGuideAnchors', () => {
	it('finds the guide heading of every template block (the links the generator had typed in)', () =>
		expect(templateGuideAnchors(GUIDE)).toEqual({
			'sev1-notification': 'sev1-incident-notification-internal',
			'sev1-progress-update': 'sev1-progress-update-internal',
			'sev1-customer-communication': 'sev1-customer-communication-external',
			'sev1-resolution-notification': 'sev1-resolution-notification-external',
			'post-incident-report': 'post-incident-report-template',
		}));
	it('takes the nearest heading above each block', () =>
		expect(templateGuideAnchors('## A\n\n### New One (Internal)\n\n<TemplateBlock id="new" />\n')).toEqual({
			new: 'new-one-internal',
		}));
	it.each([
		['SEV1 - Critical', 'sev1---critical'],
		['Post-Incident Report Template', 'post-incident-report-template'],
	])('slugs %j like Starlight', (heading, anchor) => expect(headingAnchor(heading)).toBe(anchor));
});
