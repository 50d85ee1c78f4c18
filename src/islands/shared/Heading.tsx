/** A heading whose level the wrapper chooses (h2 on the tool page, h3 inside the guide). */
import type { ComponentChildren, Ref } from 'preact';

interface Props {
	level: number;
	id?: string;
	class?: string;
	/** Makes the heading a focus target (tabindex=-1) for moving focus after an action. */
	focusTarget?: boolean;
	/** A ref to the heading; it makes the heading a focus target too. */
	innerRef?: Ref<HTMLHeadingElement>;
	children: ComponentChildren;
}

export function Heading({ level, id, class: className, focusTarget = false, innerRef, children }: Props) {
	const Tag = `h${Math.min(Math.max(level, 2), 6)}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
	const focusable = innerRef ? { ref: innerRef, tabIndex: -1 } : focusTarget ? { tabIndex: -1 } : {};
	return (
		<Tag {...(id === undefined ? {} : { id })} {...(className === undefined ? {} : { class: className })} {...focusable}>
			{children}
		</Tag>
	);
}
