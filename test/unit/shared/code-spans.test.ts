import { describe, expect, it } from 'vitest';
import { codeSpansToText, splitCodeSpans } from '~/lib/shared/code-spans';

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

describe('codeSpansToText', () => {
	it('drops the backticks of code spans and keeps unpaired ones', () => {
		expect(codeSpansToText('Run `ls -la` now')).toBe('Run ls -la now');
		expect(codeSpansToText('`a` and `b`')).toBe('a and b');
		expect(codeSpansToText('an unpaired ` stays')).toBe('an unpaired ` stays');
		expect(codeSpansToText('')).toBe('');
	});
});
