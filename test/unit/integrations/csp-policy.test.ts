import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildPolicy, hashSource, inlineSources, policyForPage, withPolicy } from '~/integrations/csp-policy';

const page = (head: string, body = '') => `<!DOCTYPE html><html><head><meta charset="utf-8"/>${head}</head><body>${body}</body></html>`;

describe('inlineSources', () => {
	it('finds inline scripts and styles, not external, JSON or empty ones', () => {
		const html = page(
			'<script type="module">a()</script><script src="/x.js"></script><script type="application/ld+json">{}</script><style>p{}</style>',
			'<script>\n\tb();\n</script><script aria-hidden="true"> c() </script><script></script>'
		);
		expect(inlineSources(html)).toEqual({ scripts: ['a()', '\n\tb();\n', ' c() '], styles: ['p{}'] });
	});
});

describe('hashSource', () => {
	it('is the base64 SHA-256 of the exact text, as browsers compute it', () => {
		const text = '\n\tStarlightThemeProvider.updatePickers();\n';
		expect(hashSource(text)).toBe(`'sha256-${createHash('sha256').update(text).digest('base64')}'`);
	});
});

describe('buildPolicy', () => {
	const policy = buildPolicy({ scriptHashes: ["'sha256-b'", "'sha256-a'", "'sha256-a'"], styleHashes: ["'sha256-s'"] });
	const directive = (name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));

	it('allows scripts from the site, by hash and WebAssembly only: no unsafe-inline, no eval', () => {
		expect(directive('script-src')).toBe("script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b'");
		expect(directive('style-src')).toBe("style-src 'self' 'sha256-s'");
		expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
	});

	it('names every directive the runbook relies on, and no other origin', () => {
		expect(directive('object-src')).toBe("object-src 'none'");
		expect(directive('base-uri')).toBe("base-uri 'self'");
		expect(directive('default-src')).toBe("default-src 'self'");
		expect(directive('img-src')).toBe("img-src 'self' data:");
		for (const name of ['connect-src', 'worker-src', 'manifest-src', 'font-src', 'form-action']) {
			expect(directive(name)).toBe(`${name} 'self'`);
		}
		expect(policy).not.toMatch(/https?:|\*|frame-ancestors/);
	});

	it('adds directives a header can carry, such as frame-ancestors', () => {
		expect(buildPolicy({ scriptHashes: [], styleHashes: [] }, [['frame-ancestors', "'none'"]])).toMatch(/; frame-ancestors 'none'$/);
	});
});

describe('withPolicy', () => {
	it('puts the policy right after the charset, before any script or style', () => {
		const html = page('<title>t</title><script>x()</script>');
		const out = withPolicy(html, policyForPage(html));
		expect(out).toMatch(/<head><meta charset="utf-8"\/><meta http-equiv="Content-Security-Policy" content="script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+'; /);
	});

	it('replaces an existing policy instead of adding a second one', () => {
		const once = withPolicy(page(''), 'a');
		const twice = withPolicy(once, 'b');
		expect(twice.match(/content-security-policy/gi)).toHaveLength(1);
		expect(twice).toContain('content="b"');
	});

	it('fails loudly on a page without <head>', () => {
		expect(() => withPolicy('<p>no head</p>', 'a')).toThrow(/no <head>/);
	});
});
