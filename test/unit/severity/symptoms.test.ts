import { describe, expect, it } from 'vitest';
import { filterSymptoms, listSymptoms, searchWords } from '~/lib/severity/symptoms';
import { loadSeverityData } from '../../helpers/severity-classifier-data';

const { levels } = loadSeverityData();
const symptoms = listSymptoms(levels);
const texts = (query: string) => filterSymptoms(symptoms, query).map((s) => s.text);

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
	])('finds %j', (query, expected) => expect(texts(query)).toEqual(expected));

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
