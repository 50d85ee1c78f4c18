import { describe, expect, it } from 'vitest';
import { splitCodeSpans } from '~/lib/shared/code-spans';

describe('splitCodeSpans', () => {
	it.each([
		['plain text', [{ text: 'plain text', code: false }]],
		['Run `ls -la` now', [{ text: 'Run ', code: false }, { text: 'ls -la', code: true }, { text: ' now', code: false }]],
		['`a` and `b`', [{ text: 'a', code: true }, { text: ' and ', code: false }, { text: 'b', code: true }]],
		['an unpaired ` stays', [{ text: 'an unpaired ` stays', code: false }]],
		['<img src=x onerror=alert(1)> `<b>`', [{ text: '<img src=x onerror=alert(1)> ', code: false }, { text: '<b>', code: true }]],
		['', []],
	])('%s', (source, parts) => {
		expect(splitCodeSpans(source)).toEqual(parts);
	});
});
