import { describe, expect, it } from 'vitest';
import { findLinkTargets } from '~/lib/shared/inline-markdown';

describe('findLinkTargets', () => {
	it.each([
		['no links here', []],
		['See [Issue 9](common-issues/index-corruption).', ['common-issues/index-corruption']],
		['[a](x) and [b](y#z)', ['x', 'y#z']],
		['`[not](a-link)` but [this](one)', ['one']],
	])('finds the targets in %j', (text, expected) => {
		expect(findLinkTargets(text)).toEqual(expected);
	});
});
