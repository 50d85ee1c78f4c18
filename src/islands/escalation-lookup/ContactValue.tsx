import { describeContact } from '~/lib/shared/contact';
import { NOT_SET_UP } from '../shared/OtherContacts';
import type { LevelView } from './types';

/** A level's contact in the guide's words, then the organisation's real value, or a visible "not set up" note. */
export function ContactValue({ level }: { level: LevelView; compact?: boolean }) {
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
				<span class="not-configured" data-setting={level.contactSetting}>
					{' '}
					({NOT_SET_UP})
				</span>
			)}
		</>
	);
}

/** True when the level names a contact setting that has no value. */
export function contactMissing(level: LevelView): boolean {
	return level.contactSetting !== undefined && describeContact(level.contactValue).kind === 'not-configured';
}

/** The same as plain text, for copied summaries. */
export function contactText(level: LevelView, others: { label: string; text: string }[] = []): string {
	const display = describeContact(level.contactValue);
	if (display.kind === 'not-configured') {
		if (!level.contactSetting) return level.contact;
		const fallback = others.length > 0 ? `; meanwhile ${others.map((o) => `${o.label}: ${o.text}`).join(', ')}` : '';
		return `${level.contact} (${NOT_SET_UP}${fallback})`;
	}
	return `${level.contact}: ${display.text}`;
}
