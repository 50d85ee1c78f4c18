import { describe, expect, it } from 'vitest';
import { SearchSynonymGroupSchema } from '~/schemas/search-synonyms';
import { loadSearchSynonyms } from '../helpers/search-synonyms';

describe('SearchSynonymGroupSchema', () => {
	it('accepts the real groups, each id once', () => {
		const groups = loadSearchSynonyms();
		expect(groups.length).toBeGreaterThanOrEqual(9);
		expect(new Set(groups.map((g) => g.id)).size).toBe(groups.length);
	});

	it('reads an unquoted number (a port) as a word', () => {
		expect(SearchSynonymGroupSchema.parse({ id: 'grpc', words: ['grpc', 50051] }).words).toEqual(['grpc', '50051']);
	});

	it.each([
		['one word', { id: 'x', words: ['alone'] }],
		['an empty word', { id: 'x', words: ['a', '  '] }],
		['a bad id', { id: 'Not OK', words: ['a', 'b'] }],
	])('rejects %s', (_name, group) => {
		expect(SearchSynonymGroupSchema.safeParse(group).success).toBe(false);
	});
});
