/**
 * The explicit sidebar. Starlight's autogenerate only reads src/content/docs, and our pages live in
 * the top-level content/docs, so every page is listed here by slug. A test checks that no page is
 * missing from this list.
 */
export const sidebar = [
	{ label: 'Start here', slug: '' },
	{
		label: 'Incident response',
		items: [
			{ label: 'Incident Response Guide', slug: 'incident-response' },
			{ label: 'On-call card (print)', slug: 'on-call-card' },
		],
	},
	{
		label: 'Tools',
		items: [
			{ label: 'Severity classifier', slug: 'tools/severity' },
			{ label: 'Communication templates', slug: 'tools/templates' },
		],
	},
];
