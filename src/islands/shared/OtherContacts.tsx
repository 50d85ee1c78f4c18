/**
 * "Always a person": where a contact is not set up in this runbook, the contacts that are (war room,
 * the engineering channel, support, security) and who keeps the runbook, in words for a reader.
 * Used by the severity classifier and the escalation lookup.
 */

export interface OtherContact {
	/** "Customer support". */
	label: string;
	text: string;
	href?: string;
}

/** The reader's words for a contact this runbook has no value for (never a file path). */
export const NOT_SET_UP = 'not set up in this runbook yet';

export function OtherContacts({ contacts, owner }: { contacts: OtherContact[]; owner: string }) {
	return (
		<div class="other-contacts">
			<p>
				{contacts.length > 0
					? 'Until it is, reach a person through one of these:'
					: 'No other contact is set up in this runbook yet either.'}
			</p>
			{contacts.length > 0 && (
				<ul>
					{contacts.map((contact) => (
						<li key={contact.label}>
							{contact.label}: {contact.href ? <a href={contact.href}>{contact.text}</a> : contact.text}
						</li>
					))}
				</ul>
			)}
			<p>This runbook is kept by {owner}: ask them to add the missing contact.</p>
		</div>
	);
}
