import { describe, expect, it } from 'vitest';
import { MissingLinkError, renderInlineMarkdown } from '~/lib/shared/inline-markdown';

describe('renderInlineMarkdown', () => {
	it('renders code, bold and links', () => {
		expect(renderInlineMarkdown('Run `a <b>` **now** via [the guide](x#y)', (t) => ({ href: `/${t}` }))).toBe(
			'Run <code>a &lt;b&gt;</code> <strong>now</strong> via <a href="/x#y">the guide</a>'
		);
	});

	it('escapes markup in plain text', () => {
		expect(renderInlineMarkdown('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
	});

	it('keeps link syntax inside code literal', () => {
		expect(renderInlineMarkdown('`[a](b)`')).toBe('<code>[a](b)</code>');
	});

	it('throws on a link to a missing page instead of publishing it', () => {
		expect(() => renderInlineMarkdown('See [Trees](troubleshooting).', (t) => ({ missing: t }))).toThrow(
			new MissingLinkError('troubleshooting', 'See [Trees](troubleshooting).')
		);
		expect(() => renderInlineMarkdown('See [Trees](troubleshooting).', (t) => ({ missing: t }))).toThrow(
			'links to "troubleshooting", which is no page: "See [Trees](troubleshooting)."'
		);
	});
});
