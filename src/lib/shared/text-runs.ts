/**
 * Joins runs of adjacent text children into one, as the server's HTML already has them.
 *
 * `<p>{label} · {name}</p>` is three text children, but the server writes them as one text node
 * ("SEV1 · Critical"). Hydrating, Preact then rewrites that node to "SEV1" and inserts the other
 * two: hundreds of DOM writes per tool, each forcing the page to be laid out again, on the
 * phone's slowest moment. With the run joined, hydration finds the text as it is and writes
 * nothing. Children that render nothing (null, undefined, true, false) inside a run are joined
 * over, as the server skips them too; empty text becomes null, as the server writes no node for it.
 *
 * Every position stays: the joined text takes the run's first place and the others become null,
 * so siblings after it keep their index and Preact never mistakes one element for another when a
 * condition later turns on. A nested list of texts only counts as text (it renders as text).
 * Pure and framework-free; src/islands/shared/join-text-runs.ts applies it to every element.
 */

type Text = string | number;

const isText = (child: unknown): child is Text => typeof child === 'string' || typeof child === 'number';
const rendersNothing = (child: unknown) => child === null || child === undefined || typeof child === 'boolean';
const textOf = (child: unknown): string | undefined => {
	if (isText(child)) return String(child);
	if (Array.isArray(child) && child.length > 0 && child.some(isText) && child.every((c) => isText(c) || rendersNothing(c))) {
		return child.filter(isText).join('');
	}
	return undefined;
};

/** The children with each run of two or more texts joined; the same array when nothing joins. */
export function joinTextRuns<Child>(children: readonly Child[]): (Child | string | null)[] {
	let out: (Child | string | null)[] | undefined;
	for (let start = 0; start < children.length; start++) {
		const first = textOf(children[start]);
		if (first === undefined) continue;
		// The run: texts, and children that render nothing, up to the next element.
		let end = start + 1;
		let joined = first;
		let texts = 1;
		while (end < children.length) {
			const next = children[end];
			const text = textOf(next);
			if (text !== undefined) {
				joined += text;
				texts++;
			} else if (!rendersNothing(next)) break;
			end++;
		}
		if (texts > 1 || Array.isArray(children[start]) || joined === '') {
			out ??= [...children];
			// The server writes no node for empty text; Preact would add an empty one.
			out[start] = joined === '' ? null : joined;
			for (let i = start + 1; i < end; i++) out[i] = null;
		}
		start = end - 1;
	}
	return out ?? (children as (Child | string | null)[]);
}
