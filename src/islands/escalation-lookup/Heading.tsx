import type { ComponentChildren } from 'preact';

interface HeadingProps {
	level: number;
	id?: string;
	/** Makes the heading a focus target (tabindex=-1) for moving focus after an action. */
	focusTarget?: boolean;
	class?: string;
	children: ComponentChildren;
}

/** A heading whose level follows where the tool sits (h2 on its page, h3 inside the guide). */
export function Heading({ level, id, focusTarget = false, class: className, children }: HeadingProps) {
	const Tag = `h${Math.min(Math.max(level, 2), 6)}` as 'h2';
	return (
		<Tag id={id} class={className} tabIndex={focusTarget ? -1 : undefined}>
			{children}
		</Tag>
	);
}
