/**
 * The explicit sidebar. Starlight's autogenerate only reads src/content/docs, and our pages live in
 * the top-level content/docs, so every page is listed here by slug. A test checks that no page is
 * missing from this list. The trees and common issues are read from their data folders
 * (src/config/trees.ts, src/config/common-issues.ts): a new data file is a new entry. The
 * common-issue pages are generated (src/pages/common-issues/[slug].astro), so they are `link`
 * items, labelled with the issue's title; Starlight adds the base path to them.
 */
import { commonIssues } from './common-issues.ts';
import { trees } from './trees.ts';
import { numberWord } from '../lib/shared/number-words.ts';

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
			...trees.map((tree) => ({ label: tree.title, slug: `troubleshooting/${tree.id}` })),
			{ label: 'Error patterns', slug: 'troubleshooting/error-patterns' },
		],
	},
	{
		label: 'Common issues',
		items: [
			{ label: `All ${numberWord(commonIssues.length)}, by category`, slug: 'common-issues' },
			...commonIssues.map((issue) => ({ label: issue.title, link: `/common-issues/${issue.slug}/` })),
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
