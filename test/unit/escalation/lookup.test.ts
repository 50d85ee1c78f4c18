import { describe, expect, it } from 'vitest';
import {
	MAX_QUERY_CHARACTERS,
	MAX_QUERY_TERMS,
	createEscalationSearch,
	describePath,
	parseQuery,
	type EscalationLookupResult,
} from '~/lib/escalation/lookup';
import { splitWords, isStopWord } from '~/lib/shared/search-words';
import type { EscalationMatrixRow } from '~/schemas/escalation';
import { loadRunbookData } from '../../helpers/data';
import { loadSearchSynonyms } from '../../helpers/search-synonyms';

const { escalationMatrix: rows, escalationLevels: levels } = loadRunbookData();
const synonyms = loadSearchSynonyms();
const search = createEscalationSearch(rows, synonyms);

/** Row ids in result order; [] when nothing matched. */
function ids(result: EscalationLookupResult<EscalationMatrixRow>): string[] {
	if (result.kind === 'all') return result.rows.map((row) => row.id);
	if (result.kind === 'none') return [];
	return result.results.map((match) => match.row.id);
}
const find = (query: string) => ids(search.lookup(query));

describe('an empty query', () => {
	it.each(['', '   ', '\t\n'])('%j shows the whole matrix in the guide order', (query) => {
		const result = search.lookup(query);
		expect(result.kind).toBe('all');
		expect(ids(result)).toEqual(rows.map((row) => row.id));
	});
});

describe('every matrix row is found by each word of its situation', () => {
	for (const row of rows) {
		const words = splitWords(row.situation).filter((word) => word.length >= 3 && !isStopWord(word));
		it.each(words)(`${row.id} by "%s"`, (word) => {
			expect(find(word)).toContain(row.id);
		});
		it(`${row.id} by its whole situation, first`, () => {
			expect(find(row.situation)[0]).toBe(row.id);
		});
	}
});

describe('forgiving matching', () => {
	it.each([
		['any case', 'wAl', ['wal-corruption-single', 'wal-corruption-widespread']],
		['partial words', 'lat', ['high-latency-config', 'high-latency-code']],
		['plurals', 'latencies', ['high-latency-config', 'high-latency-code']],
		['apostrophes', 'wont start', ['service-wont-start-known', 'service-wont-start-unknown']],
		['curly apostrophes', 'won’t start', ['service-wont-start-known', 'service-wont-start-unknown']],
		['hyphens', 'multi space', ['isolation-broken']],
		['one typo', 'corurption', ['wal-corruption-single', 'wal-corruption-widespread', 'index-corruption']],
		['stop words', 'the WAL is corrupt', ['wal-corruption-single', 'wal-corruption-widespread']],
		['level cells', 'quarantine', ['wal-corruption-single']],
		[
			'a cell word shared by rows',
			'fix',
			['service-wont-start-known', 'high-latency-code', 'nan-reappearing', 'grpc-not-working'],
		],
		['markup as plain text', '<img src=x onerror=alert(1)> wal', []],
	])('%s: "%s"', (_name, query, expected) => {
		const found = find(query);
		if (expected.length === 0) expect(search.lookup(query).kind).not.toBe('all');
		else expect(found.slice(0, expected.length).sort()).toEqual([...expected].sort());
	});

	it('keeps known phrases together ("write ahead log" is one term)', () => {
		const phrases = ['write ahead log', 'wont start'];
		expect(parseQuery('Write-ahead log corrupt', phrases).terms).toEqual(['write ahead log', 'corrupt']);
		expect(parseQuery("won't start", phrases).terms).toEqual(['wont start']);
	});

	it('keeps stop words when the query has nothing else', () => {
		expect(parseQuery('the').terms).toEqual(['the']);
		expect(parseQuery('is it the wal').terms).toEqual(['wal']);
	});
});

describe('each synonym group', () => {
	for (const group of synonyms) {
		const reference = find(group.words[0]!).sort();
		it(`${group.id}: every word finds something, and the same rows as "${group.words[0]}"`, () => {
			expect(reference.length).toBeGreaterThan(0);
			for (const word of group.words) expect({ word, rows: find(word).sort() }).toEqual({ word, rows: reference });
		});
	}

	it.each([
		['latency', 'slow', 'high-latency-config'],
		['NaN', 'numerical', 'nan-appearing'],
		['gRPC', 'grpc', 'grpc-not-working'],
		['corruption', 'corrupt', 'index-corruption'],
		['breach', 'security', 'security-breach'],
		['breach', 'unauthorized', 'security-breach'],
		['WAL', 'write-ahead log', 'wal-corruption-widespread'],
		['index', 'query', 'index-corruption'],
		['start', 'boot', 'service-wont-start-unknown'],
		['isolation', 'tenant', 'isolation-broken'],
	])('"%s" ~ "%s" (finds %s)', (word, synonym, rowId) => {
		expect(find(word)).toContain(rowId);
		expect(find(synonym)).toContain(rowId);
	});

	it('says when a row matched through a synonym', () => {
		const result = search.lookup('slow');
		if (result.kind !== 'matches') throw new Error('expected matches');
		expect(result.results[0]!.matches).toEqual([
			{ term: 'slow', kind: 'synonym', field: 'situation', matched: 'latency' },
		]);
	});
});

describe('ranking', () => {
	it('puts rows matching every word first, and only those when there are any', () => {
		expect(find('nan again')).toEqual(['nan-reappearing']);
		expect(find('wal widespread')).toEqual(['wal-corruption-widespread']);
		expect(find('corruption index')).toEqual(['index-corruption']);
	});

	it('prefers a word in the situation to the same word in a level cell', () => {
		expect(find('fix config')[0]).toBe('grpc-not-working');
		expect(find('config')[0]).toBe('high-latency-config');
	});

	it('prefers the word itself to a synonym, and a typo of it to a synonym', () => {
		expect(find('performance')[0]).toBe('performance-tuning');
		expect(find('latency')).toEqual(['high-latency-config', 'high-latency-code', 'performance-tuning']);
		expect(find('latancy').slice(0, 2)).toEqual(['high-latency-config', 'high-latency-code']);
	});

	it('keeps the guide order between equal matches', () => {
		expect(find('nan')).toEqual(['nan-appearing', 'nan-reappearing']);
	});

	it('shows rows matching some words, and names the words nothing matched, when no row matches all', () => {
		const result = search.lookup('wal lag');
		expect(result).toMatchObject({ kind: 'matches', complete: false, unmatchedTerms: ['lag'] });
		expect(ids(result)).toEqual(['wal-corruption-single', 'wal-corruption-widespread']);
		const mixed = search.lookup('index wal');
		expect(mixed).toMatchObject({ kind: 'matches', complete: false, unmatchedTerms: [] });
		expect(ids(mixed)).toEqual(['wal-corruption-single', 'wal-corruption-widespread', 'index-corruption']);
	});
});

describe('no match', () => {
	it('suggests words that exist, the closest first', () => {
		const result = search.lookup('wall');
		expect(result).toMatchObject({ kind: 'none', terms: ['wall'] });
		if (result.kind !== 'none') return;
		expect(result.suggestions[0]).toBe('WAL');
		expect(result.suggestions.length).toBeGreaterThanOrEqual(3);
	});

	it('suggests only words that find a row, in their display case', () => {
		const result = search.lookup('xyzzy qqq');
		if (result.kind !== 'none') throw new Error('expected no match');
		expect(result.suggestions.length).toBe(6);
		for (const word of result.suggestions) expect(find(word).length).toBeGreaterThan(0);
		expect(result.suggestions).toContain('NaN');
	});

	it('survives huge and odd input, and says when it searched only part of it', () => {
		const huge = 'zzz '.repeat(5_000);
		const result = search.lookup(huge);
		expect(result).toMatchObject({ kind: 'none', truncated: true });
		expect(parseQuery('x'.repeat(MAX_QUERY_CHARACTERS + 1)).truncated).toBe(true);
		expect(parseQuery('a1 b2 c3 d4 e5 f6 g7 h8 i9 j10').terms).toHaveLength(MAX_QUERY_TERMS);
		expect(search.lookup('%%% ((( ---').kind).toBe('all');
		expect(search.lookup('🔥 wal').kind).toBe('matches');
	});
});

describe('describePath', () => {
	const byId = (id: string) => rows.find((row) => row.id === id)!;

	it('lists the involved levels in order, with who hands on', () => {
		const { steps, notInvolved } = describePath(byId('high-latency-code'), levels);
		expect(steps.map((s) => [s.level.number, s.action, s.handsOn])).toEqual([
			[1, 'Escalate →', true],
			[2, 'Profile', false],
			[3, 'Fix', false],
		]);
		expect(notInvolved).toEqual([]);
	});

	it('names the levels a situation does not involve', () => {
		const { steps, notInvolved } = describePath(byId('feature-not-as-designed'), [...levels].reverse());
		expect(steps.map((s) => [s.level.number, s.action])).toEqual([[3, 'Triage']]);
		expect(notInvolved.map((l) => l.number)).toEqual([1, 2]);
	});

	it('reads the security breach row as escalate, escalate, all-hands', () => {
		expect(describePath(byId('security-breach'), levels).steps.map((s) => s.action)).toEqual([
			'Escalate →',
			'Escalate →',
			'All-hands',
		]);
	});
});
