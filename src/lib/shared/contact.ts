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
