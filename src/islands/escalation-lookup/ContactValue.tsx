import { describeContact } from '~/lib/shared/contact';
import type { LevelView } from './types';

/** A level's contact in the guide's words, then the organisation's real value, or a visible "not configured" note. */
export function ContactValue({ level, compact = false }: { level: LevelView; compact?: boolean }) {
	const display = describeContact(level.contactValue);
	return (
		<>
			{level.contact}
			{display.kind === 'link' && (
				<>
					{': '}
					<a href={display.href}>{display.text}</a>
				</>
			)}
			{display.kind === 'text' && <>: {display.text}</>}
			{display.kind === 'not-configured' && level.contactSetting && (
				<span class="not-configured">
					{' '}
					(not configured: set <code>{level.contactSetting}</code>
					{compact ? (
						''
					) : (
						<>
							{' '}
							in <code>content/data/organisation.yaml</code>
						</>
					)}
					)
				</span>
			)}
		</>
	);
}

/** The same as plain text, for copied summaries. */
export function contactText(level: LevelView): string {
	const display = describeContact(level.contactValue);
	if (display.kind === 'not-configured') {
		return level.contactSetting
			? `${level.contact} (${level.contactSetting} not configured in this runbook)`
			: level.contact;
	}
	return `${level.contact}: ${display.text}`;
}
