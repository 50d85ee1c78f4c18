import { describe, expect, it } from 'vitest';
import { commonPrefixLength, normaliseText, splitWords, withinOneEdit, wordForms } from '~/lib/shared/search-words';

describe('normaliseText', () => {
	it.each([
		["Service won't start (unknown)", 'service wont start unknown'],
		['Write-Ahead Log', 'write ahead log'],
		['gRPC :50051', 'grpc 50051'],
		['Escalate →', 'escalate'],
		['Crème brûlée', 'creme brulee'],
		['  ', ''],
	])('%j → %j', (text, normal) => expect(normaliseText(text)).toBe(normal));

	it('splits into words', () => {
		expect(splitWords('NaN values, reappearing!')).toEqual(['nan', 'values', 'reappearing']);
		expect(splitWords('')).toEqual([]);
	});
});

describe('wordForms', () => {
	it.each([
		['latencies', ['latencies', 'latency', 'latenci', 'latencie']],
		['breaches', ['breaches', 'breach', 'breache']],
		['values', ['values', 'valu', 'value']],
		['wal', ['wal']],
		['process', ['process']],
	])('%s', (word, forms) => expect(wordForms(word).sort()).toEqual([...forms].sort()));
});

describe('withinOneEdit', () => {
	it.each([
		['latency', 'latency', true],
		['latancy', 'latency', true],
		['latncy', 'latency', true],
		['latenccy', 'latency', true],
		['lateyncy', 'latency', true],
		['latnecyy', 'latency', false],
		['latnecy', 'latency', true],
		['ltaency', 'latency', true],
		['lat', 'latency', false],
		['wal', 'nan', false],
	])('%s ~ %s: %s', (a, b, expected) => {
		expect(withinOneEdit(a, b)).toBe(expected);
		expect(withinOneEdit(b, a)).toBe(expected);
	});

	it('counts shared first letters', () => expect(commonPrefixLength('wall', 'wal')).toBe(3));
});
