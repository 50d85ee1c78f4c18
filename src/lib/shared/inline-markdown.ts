import { splitCodeSpans } from './code-spans';
import { escapeHtml } from './escape-html';

/** What a link in runbook data points at, once resolved against the site's pages. */
export type ResolvedLink = { href: string } | { missing: string };

/** A link in runbook data whose target is no page: the build stops rather than publish a dead link. */
export class MissingLinkError extends Error {
	constructor(
		readonly target: string,
		readonly source: string,
	) {
		super(`links to "${target}", which is no page: "${source}"`);
		this.name = 'MissingLinkError';
	}
}

/**
 * Renders the small inline Markdown subset that runbook data uses (`code`, **bold**,
 * [text](target)) to HTML. Everything else is escaped, so data can never inject markup.
 * `resolve` turns a link target into an href, or reports it missing: a missing target throws a
 * MissingLinkError. (The build checks every link in content/data first and names the file,
 * src/data/pages.ts; this is the backstop for text from anywhere else.)
 */
export function renderInlineMarkdown(
	source: string,
	resolve: (target: string) => ResolvedLink = (target) => ({ href: target })
): string {
	// Code spans first: their content is literal, so split on backticks before anything else.
	return splitCodeSpans(source)
		.map((part) => (part.code ? `<code>${escapeHtml(part.text)}</code>` : renderText(part.text, resolve, source)))
		.join('');
}

const LINK = /\[([^\]]+)\]\(([^)\s]+)\)/;

/** The link targets of a line of inline Markdown (outside code spans), for integrity checks. */
export function findLinkTargets(source: string): string[] {
	return splitCodeSpans(source)
		.filter((part) => !part.code)
		.flatMap((part) => [...part.text.matchAll(new RegExp(LINK, 'g'))].map((match) => match[2] ?? ''));
}

function renderText(text: string, resolve: (target: string) => ResolvedLink, source: string): string {
	let html = '';
	let rest = text;
	for (let match = LINK.exec(rest); match; match = LINK.exec(rest)) {
		html += renderBold(rest.slice(0, match.index));
		const [whole, label = '', target = ''] = match;
		const resolved = resolve(target);
		if (!('href' in resolved)) throw new MissingLinkError(target, source);
		html += `<a href="${escapeHtml(resolved.href)}">${renderBold(label)}</a>`;
		rest = rest.slice(match.index + whole.length);
	}
	return html + renderBold(rest);
}

function renderBold(text: string): string {
	return escapeHtml(text).replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
}
