/**
 * The explicit sidebar. Starlight's autogenerate only reads src/content/docs, and our pages live in
 * the top-level content/docs, so every page is listed here by slug. A test checks that no page is
 * missing from this list.
 */
import { commonIssueSlugs } from './common-issues.ts';

export const sidebar = [
	{ label: 'Start here', slug: '' },
	{
		label: 'Incident response',
		items: [
			{ label: 'Incident Response Guide', slug: 'incident-response' },
			{ label: 'On-call card (print)', slug: 'on-call-card' },
			{ label: 'Incident reports archive', slug: 'incident-reports' },
			{ label: 'Incident metrics and reviews', slug: 'incident-metrics' },
		],
	},
	{
		label: 'Tools',
		items: [
			{ label: 'Incident console', slug: 'incident' },
			{ label: 'Severity classifier', slug: 'tools/severity' },
			{ label: 'Escalation lookup', slug: 'tools/escalation' },
			{ label: 'Communication templates', slug: 'tools/templates' },
		],
	},
	{
		label: 'Troubleshooting',
		items: [
			{ label: 'Diagnosis and decision trees', slug: 'troubleshooting' },
			{ label: 'Service unavailability', slug: 'troubleshooting/service-unavailability' },
			{ label: 'Resource exhaustion', slug: 'troubleshooting/resource-exhaustion' },
			{ label: 'Performance degradation', slug: 'troubleshooting/performance-degradation' },
			{ label: 'Data integrity', slug: 'troubleshooting/data-integrity' },
			{ label: 'Configuration and deployment', slug: 'troubleshooting/configuration-deployment' },
			{ label: 'Error patterns', slug: 'troubleshooting/error-patterns' },
		],
	},
	{
		label: 'Common issues',
		// Labels come from each page's title.
		items: [
			{ label: 'All ten, by category', slug: 'common-issues' },
			...commonIssueSlugs.map((slug) => ({ slug: `common-issues/${slug}` })),
		],
	},
	{
		label: 'Reference',
		items: [
			{ label: 'Alerts', slug: 'alerts' },
			{ label: 'Tools reference', slug: 'reference/tools' },
			{ label: 'Monitoring', slug: 'monitoring' },
			{ label: 'Backup and restore', slug: 'backup-restore' },
			{ label: 'Known upstream defects', slug: 'reference/upstream-defects' },
		],
	},
];
