import { describe, expect, it } from 'vitest';
import { copyText } from '~/lib/shared/clipboard';

describe('copyText', () => {
	it('uses the Clipboard API in a secure context', async () => {
		let copied = '';
		const result = await copyText('hi', {
			isSecureContext: true,
			writeText: async (text) => {
				copied = text;
			},
			legacyCopy: () => false,
		});
		expect(result).toEqual({ ok: true, method: 'clipboard-api' });
		expect(copied).toBe('hi');
	});

	it('falls back to the legacy copy on plain http', async () => {
		const result = await copyText('hi', { isSecureContext: false, legacyCopy: () => true });
		expect(result).toEqual({ ok: true, method: 'exec-command' });
	});

	it('falls back when the Clipboard API is refused', async () => {
		const result = await copyText('hi', {
			isSecureContext: true,
			writeText: () => Promise.reject(new Error('NotAllowedError')),
			legacyCopy: () => true,
		});
		expect(result.ok && result.method).toBe('exec-command');
	});

	it('reports failure with a manual-copy hint when both fail', async () => {
		const result = await copyText('hi', {
			isSecureContext: false,
			legacyCopy: () => {
				throw new Error('nope');
			},
		});
		expect(result.ok).toBe(false);
		expect(!result.ok && result.error).toContain('Ctrl+C');
	});
});
