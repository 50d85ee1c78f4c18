/**
 * The runbook's Content-Security-Policy, kept apart from the build hook so it is unit tested.
 *
 * Every page carries its own policy in a <meta http-equiv="Content-Security-Policy">, so it holds
 * on any static host, even one that sets no headers. Scripts run only from the site itself or when
 * their exact text is listed by hash: Starlight's and Astro's inline scripts (theme, sidebar,
 * island loader) are hashed per page at build time; nothing inline that the build did not write
 * can run. Pagefind's search compiles WebAssembly, hence 'wasm-unsafe-eval' (which allows
 * WebAssembly only, not eval()).
 */
import { createHash } from 'node:crypto';

export type Hash = `'sha256-${string}'`;

/** The CSP source for a script's or style's exact text, as the browser hashes it. */
export function hashSource(text: string): Hash {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The directives every page shares; script-src and style-src get the page's hashes added. */
export const FIXED_DIRECTIVES: readonly [string, string][] = [
	// Anything not named below: only the site itself.
	['default-src', "'self'"],
	// No plugins, and no <base> that would send relative URLs elsewhere.
	['object-src', "'none'"],
	['base-uri', "'self'"],
	['form-action', "'self'"],
	// Icons, diagrams (SVG files) and the data: SVGs the stylesheets inline (copy button, markers).
	['img-src', "'self' data:"],
	['font-src', "'self'"],
	// Pagefind fetches its index and WebAssembly from the site; nothing is ever sent elsewhere.
	['connect-src', "'self'"],
	['worker-src', "'self'"],
	['manifest-src', "'self'"],
	// Expressive Code colours every token with a style="--0:#…" attribute and Starlight sets icon
	// sizes the same way (133 distinct values across the site). A style attribute cannot run
	// script or load anything (img-src and font-src still apply), so attributes alone are allowed
	// inline; <style> elements stay limited to hashes below.
	['style-src-attr', "'unsafe-inline'"],
];

/** Inline <script> and <style> texts of one HTML document (external and data scripts skipped). */
export function inlineSources(html: string): { scripts: string[]; styles: string[] } {
	const scripts: string[] = [];
	const styles: string[] = [];
	for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
		const attributes = match[1] ?? '';
		const text = match[2] ?? '';
		if (/\ssrc\s*=/i.test(attributes)) continue;
		const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
		// JSON and other data blocks are never executed, so CSP does not apply to them.
		if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
		if (text.length > 0) scripts.push(text);
	}
	for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) {
		if ((match[1] ?? '').length > 0) styles.push(match[1]!);
	}
	return { scripts, styles };
}

export interface PolicyInput {
	scriptHashes: Iterable<Hash>;
	styleHashes: Iterable<Hash>;
}

/** The policy text for one page (or, given every page's hashes, for the whole site). */
export function buildPolicy({ scriptHashes, styleHashes }: PolicyInput, extra: [string, string][] = []): string {
	const sorted = (hashes: Iterable<Hash>) => [...new Set(hashes)].sort();
	const directives: [string, string][] = [
		['script-src', ["'self'", "'wasm-unsafe-eval'", ...sorted(scriptHashes)].join(' ')],
		['style-src', ["'self'", ...sorted(styleHashes)].join(' ')],
		...FIXED_DIRECTIVES,
		...extra,
	];
	return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** The policy for one built page, from its own inline scripts and styles. */
export function policyForPage(html: string): string {
	const { scripts, styles } = inlineSources(html);
	return buildPolicy({ scriptHashes: scripts.map(hashSource), styleHashes: styles.map(hashSource) });
}

const META_PATTERN = /<meta http-equiv="Content-Security-Policy"[^>]*>/i;

/**
 * The page with its policy as the first element of <head> after the charset: a meta policy only
 * governs what comes after it, so it must precede every script and style.
 */
export function withPolicy(html: string, policy: string): string {
	const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
	if (META_PATTERN.test(html)) return html.replace(META_PATTERN, () => meta);
	const charset = /<head\b[^>]*>\s*<meta charset="[^"]*"\s*\/?>/i.exec(html);
	if (charset) return html.replace(charset[0], () => `${charset[0]}${meta}`);
	const head = /<head\b[^>]*>/i.exec(html);
	if (!head) throw new Error('page has no <head>: cannot add its Content-Security-Policy');
	return html.replace(head[0], () => `${head[0]}${meta}`);
}
