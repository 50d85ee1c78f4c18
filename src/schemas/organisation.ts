import { z } from 'astro/zod';

/** An optional URL: empty means "not configured"; anything else must be http(s). */
const optionalUrl = z.union([z.literal(''), z.url({ protocol: /^https?$/ })]);
const optionalEmail = z.union([z.literal(''), z.email()]);

/** What differs per organisation. Empty strings mean "not configured yet". */
export const OrganisationSchema = z.strictObject({
	name: z.string().min(1),
	/**
	 * Scheme and host that serve this runbook ("https://runbook.example.internal/"): the generated
	 * Prometheus rules file (/prometheus/engram-alerts.rules.yml) points every rule's
	 * annotations.runbook_url at <runbookUrl><base path>alerts/<alert>/. The path comes from the
	 * build's base path (BASE_PATH), so give the origin only.
	 */
	runbookUrl: z
		.url({ protocol: /^https?$/ })
		.refine((url) => new URL(url).pathname === '/', 'give the origin only, e.g. https://runbook.example.internal/ (BASE_PATH adds the path)')
		.default('https://runbook.example.internal/'),
	supportEmail: optionalEmail,
	securityEmail: optionalEmail,
	statusPageUrl: optionalUrl,
	/** Where published post-incident reports live (the resolution notice links it). */
	incidentReportsUrl: optionalUrl,
	/** Standing war-room link (Zoom or Slack huddle). */
	warRoomUrl: optionalUrl,
	/** On-call rotation / pager. */
	pagerUrl: optionalUrl,
	/** Engineering escalation channel, e.g. "#engram-escalations". */
	engineeringSlackChannel: z.string(),
	/** Senior engineer on-call: a phone number, handle or link. */
	seniorEngineerContact: z.string(),
	/** Core team lead or CTO: a name, handle or link. */
	coreTeamContact: z.string(),
	/**
	 * Who keeps this runbook (a team, a person, a channel), in words for a reader: tools name it
	 * where a contact is not set up. Empty: "the <name> on-call team".
	 */
	runbookOwner: z.string().default(''),
	/** Default incident commander name, if your team has a standing one. */
	incidentCommander: z.string(),
	dashboards: z.strictObject({
		engramHealth: optionalUrl,
		performanceMetrics: optionalUrl,
		alertStatus: optionalUrl,
	}),
	/** Dashboard of active incidents. */
	incidentTrackingUrl: optionalUrl,
	/** Archive of past incident reports (internal). */
	incidentArchiveUrl: optionalUrl,
	/** Show the shipped example reports (`example: true`) in the archive and the metrics; false in a real deployment. */
	exampleIncidentReports: z.boolean().default(true),
});

export type Organisation = z.output<typeof OrganisationSchema>;
