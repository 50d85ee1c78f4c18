/**
 * The tools' notice box (styles: .tool-notice in src/styles/tools.css): info (neutral), success or
 * warning. Its text always says what happened; the colour only helps. A live region (role
 * "status"/"alert") that must exist before its first message is rendered with `visible={false}`:
 * it stays in the page, visually hidden, until there is something to say.
 */
import type { ComponentChildren } from 'preact';

export type NoticeTone = 'info' | 'success' | 'warning';

interface Props {
	tone?: NoticeTone;
	/** A paragraph by default; a div when the notice holds paragraphs or lists. */
	as?: 'p' | 'div';
	role?: 'status' | 'alert';
	/** Extra classes for the island's own layout. */
	class?: string;
	/** False: only the (visually hidden) live region, no box. */
	visible?: boolean;
	children?: ComponentChildren;
}

/** The class list of a notice: "tool-notice tool-notice--warning extra". */
export function noticeClass(tone: NoticeTone = 'info', extra?: string): string {
	return ['tool-notice', tone === 'info' ? '' : `tool-notice--${tone}`, extra ?? ''].filter(Boolean).join(' ');
}

export function Notice({ tone = 'info', as: Tag = 'p', role, class: extra, visible = true, children }: Props) {
	return (
		<Tag class={visible ? noticeClass(tone, extra) : 'sr-only'} {...(role === undefined ? {} : { role })}>
			{children}
		</Tag>
	);
}
