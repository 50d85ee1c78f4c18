import { describe, expect, it } from 'vitest';
import { filterSymptoms, listSymptoms, searchWords } from '~/lib/severity/symptoms';
import { loadSeverityData } from '../../helpers/severity-classifier-data';
import { loadSearchSynonyms } from '../../helpers/search-synonyms';

const { levels } = loadSeverityData();
const symptoms = listSymptoms(levels);
const synonyms = loadSearchSynonyms();
const texts = (query: string) => filterSymptoms(symptoms, query, synonyms).map((s) => s.text);

describe('listSymptoms', () => {
	it('lists every example of every level with a stable key', () => {
		expect(symptoms).toHaveLength(levels.flatMap((l) => l.examples).length);
		expect(symptoms[0]).toEqual({ key: 'sev1:0', levelId: 'sev1', text: 'Engram process down and cannot restart' });
		expect(new Set(symptoms.map((s) => s.key)).size).toBe(symptoms.length);
	});
});

describe('filterSymptoms', () => {
	it.each([
		['WAL corruption', ['Data loss occurring (WAL corruption, filesystem failure)']],
		['wal lag', ['Critical alerts firing (WALLagCritical, MemoryPressureHigh)', 'Warning alerts firing (WALLagWarning, DiskUsageHigh)']],
		['  single USER  ', ['Single user experiencing errors (others working)']],
		['p99', ['Severe performance degradation (P99 >500ms)']],
	])('finds %j, best first', (query, expected) => expect(texts(query).slice(0, expected.length)).toEqual(expected));

	it.each([
		['node down', 'Engram process down and cannot restart'],
		['slow', 'Severe performance degradation (P99 >500ms)'],
		['latncy', 'Severe performance degradation (P99 >500ms)'],
		['corupted', 'Silent data corruption propagating (NaN values spreading)'],
		['memory pressure', 'Critical alerts firing (WALLagCritical, MemoryPressureHigh)'],
	])('tolerates typos and synonyms with the lookup’s matcher: %j finds %j', (query, expected) => {
		expect(texts(query)).toContain(expected);
	});

	it('puts the best match first and keeps only symptoms matching every word', () => {
		expect(texts('node down')).toEqual(['Engram process down and cannot restart']);
		expect(texts('slow')).toEqual(['Severe performance degradation (P99 >500ms)', 'Performance degradation only under high load', 'Minor performance tuning requests']);
	});

	it('keeps everything for an empty or punctuation-only query', () => {
		expect(texts('')).toHaveLength(symptoms.length);
		expect(texts(' ?! ')).toHaveLength(symptoms.length);
	});

	it('finds nothing, without failing, for markup or a huge paste', () => {
		expect(texts('<img src=x onerror=alert(1)>')).toEqual([]);
		expect(texts('x'.repeat(100_000))).toEqual([]);
	});

	it('splits words on punctuation and drops accents', () => {
		expect(searchWords('Índex-corruption (P99 >500ms)')).toEqual(['index', 'corruption', 'p99', '500ms']);
	});
});
