/**
 * How an organisation contact setting (pager URL, phone, handle, email) is shown: a link for
 * http(s) URLs and email addresses, plain text for anything else (never a javascript: link),
 * and "not configured" when empty. The one rule: every page, component and island uses it.
 */
export type ContactDisplay =
	{ kind: 'not-configured' } | { kind: 'link'; href: string; text: string } | { kind: 'text'; text: string };

/** Decides how to show a setting's value. */
export function describeContact(value: string): ContactDisplay {
	const text = value.trim();
	if (text === '') return { kind: 'not-configured' };
	if (/^https?:\/\/\S+$/i.test(text)) return { kind: 'link', href: text, text };
	if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(text)) return { kind: 'link', href: `mailto:${text}`, text };
	return { kind: 'text', text };
}

/** A contact that is set up, for the "other contacts" list. */
export interface ConfiguredContact {
	/** Who it reaches, for a reader: "Customer support". */
	label: string;
	/** The setting it comes from (for the build's list of unset settings, never shown to a reader). */
	setting: string;
	text: string;
	href?: string;
}

/**
 * The contacts a reader can always fall back on, in the guide's order ("Contact Information",
 * war room first): those not set up are left out, so the list only ever holds a real way to reach
 * a person. `read` returns a setting's value by dotted path.
 */
export const FALLBACK_CONTACTS = [
	{ setting: 'warRoomUrl', label: 'War room' },
	{ setting: 'engineeringSlackChannel', label: 'Engineering escalation channel' },
	{ setting: 'supportEmail', label: 'Customer support' },
	{ setting: 'securityEmail', label: 'Security incidents' },
] as const;

export function configuredContacts(
	read: (setting: string) => string,
	wanted: readonly { setting: string; label: string }[] = FALLBACK_CONTACTS
): ConfiguredContact[] {
	return wanted.flatMap(({ setting, label }) => {
		const display = describeContact(read(setting));
		if (display.kind === 'not-configured') return [];
		return [{ label, setting, text: display.text, ...(display.kind === 'link' ? { href: display.href } : {}) }];
	});
}

/** Who keeps the runbook, in words: the `runbookOwner` setting, else "the <organisation> on-call team". */
export function runbookOwnerText(owner: string, organisationName: string): string {
	const text = owner.trim();
	return text === '' ? `the ${organisationName} on-call team` : text;
}
