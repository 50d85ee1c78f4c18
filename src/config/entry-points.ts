/**
 * The home page's three entry points for someone just paged. Each opens a tool page; if that page
 * is not published (a trimmed-down build), the matching guide section is opened instead.
 */
export interface PageTarget {
	slug: string;
	/** Query string for the page's tool state, e.g. "?template=sev1-notification". */
	search?: string;
	hash?: string;
}

export interface EntryPoint {
	title: string;
	description: string;
	/** Short action label on the card. */
	action: string;
	target: PageTarget;
	fallback: PageTarget;
}

export const entryPoints: EntryPoint[] = [
	{
		title: 'Classify the severity',
		description: 'A few yes/no questions from the guide: SEV1 to SEV4, response time, RTO and who to page.',
		action: 'Classify now',
		target: { slug: 'tools/severity' },
		fallback: { slug: 'incident-response', hash: 'severity-levels' },
	},
	{
		title: 'Find what to do',
		description: 'Pick the symptom and walk the decision tree to the fix, with the commands to run.',
		action: 'Start troubleshooting',
		target: { slug: 'troubleshooting', hash: 'decision-trees' },
		fallback: { slug: 'incident-response', hash: 'incident-response-flow' },
	},
	{
		title: 'Send the first update',
		description: 'The SEV1 incident notification, filled in and ready to copy into Slack or email.',
		action: 'Write the notification',
		target: { slug: 'tools/templates', search: '?template=sev1-notification' },
		fallback: { slug: 'incident-response', hash: 'sev1-incident-notification-internal' },
	},
];
