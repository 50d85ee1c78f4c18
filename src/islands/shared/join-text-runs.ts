/**
 * Imported first by every island: makes the elements' children match the server's HTML, so
 * hydration attaches to the page instead of rewriting its text (see src/lib/shared/text-runs.ts).
 * One Preact hook for all islands; it chains to any hook installed before it.
 */
import { Fragment, options } from 'preact';
import { joinTextRuns } from '~/lib/shared/text-runs';

const previous = options.vnode;
options.vnode = (vnode) => {
	// Elements and fragments only: a component may read its children as it was given them.
	const props = vnode.props as { children?: unknown };
	if (typeof vnode.type === 'string' || vnode.type === Fragment) {
		if (Array.isArray(props.children)) props.children = joinTextRuns(props.children);
		else if (props.children === '') props.children = null;
	}
	previous?.(vnode);
};
