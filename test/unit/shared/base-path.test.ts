import { describe, expect, it } from 'vitest';
import { normaliseBasePath } from '~/lib/shared/base-path';

describe('normaliseBasePath', () => {
	it.each([
		[undefined, '/'],
		['', '/'],
		['/', '/'],
		['runbook', '/runbook/'],
		['/runbook', '/runbook/'],
		['/ops/runbook/', '/ops/runbook/'],
	])('%s → %s', (raw, base) => {
		expect(normaliseBasePath(raw)).toBe(base);
	});

	it.each(['/a b/', '/../etc/', 'https://x.example/'])('rejects %s with a clear message', (raw) => {
		expect(() => normaliseBasePath(raw)).toThrow(/BASE_PATH/);
	});
});
