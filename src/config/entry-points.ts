/**
 * The home page's three entry points for someone just paged. Each names the page (slug) and
 * section it opens; when a tool page exists it replaces the guide section here, in one place.
 */
export interface EntryPoint {
	title: string;
	description: string;
	slug: string;
	hash?: string;
	/** Short action label on the card's button. */
	action: string;
}

export const entryPoints: EntryPoint[] = [
	{
		title: 'Classify the severity',
		description: 'SEV1 to SEV4 from the decision criteria: response time, RTO and who to page.',
		slug: 'incident-response',
		hash: 'severity-levels',
		action: 'Decide the severity',
	},
	{
		title: 'Find what to do',
		description: 'The five response phases: triage commands, mitigation steps and escalation.',
		slug: 'incident-response',
		hash: 'incident-response-flow',
		action: 'Open the response flow',
	},
	{
		title: 'Send the first update',
		description: 'The SEV1 incident notification, ready to copy into Slack or email.',
		slug: 'incident-response',
		hash: 'sev1-incident-notification-internal',
		action: 'Open the notification template',
	},
];
