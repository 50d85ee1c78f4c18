import { describe, expect, it } from 'vitest';
import { buildManifest, precacheOptions } from '~/lib/offline/config';

const app = { name: 'Engram on-call runbook', shortName: 'Engram runbook', description: 'd' };

describe('buildManifest', () => {
	it('keeps start URL, scope and icons under the base path', () => {
		const manifest = buildManifest({ ...app, base: '/runbook/' });
		expect(manifest.start_url).toBe('/runbook/');
		expect(manifest.scope).toBe('/runbook/');
		expect(manifest.icons.every((icon) => icon.src.startsWith('/runbook/'))).toBe(true);
		expect(manifest.icons.some((icon) => icon.sizes === '512x512')).toBe(true);
	});
});

describe('precacheOptions', () => {
	it('gives each base path its own cache id, so sites on one host never share caches', () => {
		expect(precacheOptions('/').cacheId).toBe('engram-runbook');
		expect(precacheOptions('/runbook/').cacheId).toBe('engram-runbook-runbook');
		expect(precacheOptions('/a/b/').cacheId).not.toBe(precacheOptions('/a-b/x/').cacheId);
	});

	it('bundles the Workbox runtime (no CDN) and lets the reader choose when to update', () => {
		const options = precacheOptions('/');
		expect(options.inlineWorkboxRuntime).toBe(true);
		expect(options.skipWaiting).toBe(false);
		expect(options.ignoreURLParametersMatching?.[0]?.test('answers')).toBe(true);
	});
});

describe('navigations the precache does not hold', () => {
	const request = (mode: string) => ({ mode }) as Request;
	it('handles page navigations, never downloads such as the zip', async () => {
		const { isPageNavigation } = await import('~/lib/offline/config');
		const at = (path: string, mode = 'navigate') => isPageNavigation({ request: request(mode), url: new URL(path, 'http://h/') });
		expect(at('/no-such-page/')).toBe(true);
		expect(at('/incident-response')).toBe(true);
		expect(at('/old.html')).toBe(true);
		expect(at('/runbook-0.1.0.zip')).toBe(false);
		expect(at('/sw.js')).toBe(false);
		expect(at('/incident-response/', 'cors')).toBe(false);
	});

	it('is one route in the service worker, after the precache', () => {
		const [route, ...others] = precacheOptions('/').runtimeCaching ?? [];
		expect(others).toEqual([]);
		expect(typeof route?.handler).toBe('function');
		// Written into sw.js as source: it must not refer to anything outside itself.
		expect(String(route?.handler)).not.toMatch(/\bimport\b|require\(/);
	});

	it('leaves the header policy file out of the offline copy', () => {
		expect(precacheOptions('/').globIgnores).toContain('content-security-policy.txt');
	});
});
