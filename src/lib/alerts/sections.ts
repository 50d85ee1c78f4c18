/** The sections of an alert page, shared by the page body and the table of contents it passes to Starlight. */
export const ALERT_SECTIONS = {
	next: { id: 'what-to-do', text: 'What to do' },
	rule: { id: 'rule', text: 'Where the rule lives' },
	annotation: { id: 'runbook-url', text: 'runbook_url annotation' },
} as const;
