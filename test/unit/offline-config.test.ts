import { describe, expect, it } from 'vitest';
import { buildManifest, precacheOptions } from '~/lib/offline-config';

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
