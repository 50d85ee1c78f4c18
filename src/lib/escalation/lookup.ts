/**
 * Finds situations in the escalation decision matrix from a few typed words, forgivingly:
 * any case, partial words ("lat"), plurals, one typo in longer words ("latancy"), several words
 * (every word should match somewhere in the row) and the synonym groups of
 * content/data/search-synonyms.yaml ("slow" finds "High latency"). Rows matching more words,
 * and matching them better, come first; ties keep the guide's order.
 */
import type { EscalationMatrixRow } from '../../schemas/escalation';
import type { SearchSynonymGroup } from '../../schemas/search-synonyms';
import { commonPrefixLength, isStopWord, normaliseText, withinOneEdit } from '../shared/search-words';
import {
	createWordMatcher,
	MAX_QUERY_CHARACTERS,
	MAX_QUERY_TERMS,
	parseQuery,
	type MatchKind,
	type TermMatch as WordTermMatch,
} from '../shared/word-match';

export { MAX_QUERY_CHARACTERS, MAX_QUERY_TERMS, parseQuery, type MatchKind };

/** The part of a row a word matched in. */
export type MatchField = 'situation' | 'level1' | 'level2' | 'level3';

/** Why a row matched one query word or phrase. */
export type TermMatch = WordTermMatch<MatchField>;

/** A row that matched, with a score (higher is better) and one match per query term it matched. */
export interface RowMatch<Row> {
	row: Row;
	score: number;
	matches: TermMatch[];
}

/** What a query found. */
export type EscalationLookupResult<Row> =
	/** Empty query: every row, in the guide's order. */
	| { kind: 'all'; rows: Row[] }
	| {
			kind: 'matches';
			terms: string[];
			/** False when no row matches every term and rows matching some of them are shown instead. */
			complete: boolean;
			results: RowMatch<Row>[];
			/** Terms that matched no row at all. */
			unmatchedTerms: string[];
			/** True when the query was cut to MAX_QUERY_CHARACTERS or MAX_QUERY_TERMS. */
			truncated: boolean;
	  }
	/** Nothing matched: words that do exist in the matrix, closest to what was typed first. */
	| { kind: 'none'; terms: string[]; suggestions: string[]; truncated: boolean };

/** A prepared search over one matrix; build once, query on every keystroke. */
export interface EscalationSearch<Row> {
	lookup(query: string): EscalationLookupResult<Row>;
}

const FIELD_WEIGHT: Record<MatchField, number> = { situation: 2, level1: 1, level2: 1, level3: 1 };
const LEVEL_FIELDS = ['level1', 'level2', 'level3'] as const;

/** Prepares `rows` (in the guide's order) and the synonym groups for searching. */
export function createEscalationSearch<Row extends EscalationMatrixRow>(
	rows: readonly Row[],
	synonymGroups: readonly SearchSynonymGroup[]
): EscalationSearch<Row> {
	const matcher = createWordMatcher<Row, MatchField>(
		rows,
		(row) => [
			{ field: 'situation', text: row.situation, weight: FIELD_WEIGHT.situation },
			...LEVEL_FIELDS.filter((field) => row[field] !== '-').map((field) => ({
				field,
				text: row[field],
				weight: FIELD_WEIGHT[field],
			})),
		],
		synonymGroups
	);
	// Only a query that matches nothing needs the vocabulary (for "did you mean"): built then, once.
	let vocabulary: VocabularyWord[] | undefined;

	return {
		lookup(query) {
			const { terms, truncated } = matcher.parse(query);
			if (terms.length === 0) return { kind: 'all', rows: [...rows] };

			const scored = matcher.match(terms);
			if (scored.length === 0) {
				return { kind: 'none', terms, suggestions: suggestWords(terms, (vocabulary ??= buildVocabulary(rows, matcher.groups))), truncated };
			}
			const full = scored.filter((match) => match.matches.length === terms.length);
			const shown = full.length > 0 ? full : scored;
			const matchedTerms = new Set(scored.flatMap((match) => match.matches.map((m) => m.term)));
			return {
				kind: 'matches',
				terms,
				complete: full.length > 0,
				results: shown.map(({ item, score, matches }) => ({ row: item, score, matches })),
				unmatchedTerms: terms.filter((term) => !matchedTerms.has(term)),
				truncated,
			};
		},
	};
}

interface VocabularyWord {
	/** As shown: "WAL", "NaN", "gRPC", "latency". */
	display: string;
	normal: string;
	/** Position of its synonym group, so the default suggestions cover different topics. */
	rank: number;
}

/** Words of the situations that are worth suggesting: those that belong to a synonym group. */
function buildVocabulary(rows: readonly EscalationMatrixRow[], groups: readonly string[][]): VocabularyWord[] {
	const seen = new Map<string, VocabularyWord>();
	for (const row of rows) {
		for (const raw of row.situation.split(/[^\p{L}\p{N}'’-]+/u)) {
			for (const part of raw.split('-')) {
				const normal = normaliseText(part);
				if (normal.length < 3 || isStopWord(normal) || seen.has(normal)) continue;
				const rank = groups.findIndex((group) => group.includes(normal));
				if (rank === -1) continue;
				seen.set(normal, { display: displayForm(part), normal, rank });
			}
		}
	}
	return [...seen.values()].sort((a, b) => a.rank - b.rank);
}

/** "Service" → "service" (sentence case is not part of the word), "WAL", "NaN", "gRPC" stay. */
function displayForm(word: string): string {
	const rest = word.slice(1);
	return rest === rest.toLowerCase() ? word.toLowerCase() : word;
}

/** Up to six words that exist in the matrix: the ones closest to the typed terms first. */
function suggestWords(terms: string[], vocabulary: VocabularyWord[]): string[] {
	const closeness = (word: VocabularyWord) =>
		Math.max(
			...terms.map((term) => {
				if (withinOneEdit(term, word.normal)) return 10;
				const shared = commonPrefixLength(term, word.normal);
				return shared >= 2 ? shared : 0;
			})
		);
	return vocabulary
		.map((word, index) => ({ word, index, close: closeness(word) }))
		.sort((a, b) => b.close - a.close || a.index - b.index)
		.slice(0, 6)
		.map(({ word }) => word.display);
}

/** One level's part in a situation. */
export interface PathStep<Level> {
	level: Level;
	/** The guide's word for what this level does: "Fix", "Escalate →". */
	action: string;
	/** True when this level hands the situation on to the next ("Escalate →"). */
	handsOn: boolean;
}

/** The path of a situation across the levels, in order, and the levels it does not involve. */
export function describePath<Level extends { number: number }>(
	row: EscalationMatrixRow,
	levels: readonly Level[]
): { steps: PathStep<Level>[]; notInvolved: Level[] } {
	const steps: PathStep<Level>[] = [];
	const notInvolved: Level[] = [];
	for (const level of [...levels].sort((a, b) => a.number - b.number)) {
		const field = LEVEL_FIELDS[level.number - 1];
		const action = field ? row[field] : '-';
		if (action === '-') notInvolved.push(level);
		else steps.push({ level, action, handsOn: action.trim().endsWith('→') });
	}
	return { steps, notInvolved };
}
