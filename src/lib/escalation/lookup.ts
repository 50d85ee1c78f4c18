/**
 * Finds situations in the escalation decision matrix from a few typed words, forgivingly:
 * any case, partial words ("lat"), plurals, one typo in longer words ("latancy"), several words
 * (every word should match somewhere in the row) and the synonym groups of
 * content/data/search-synonyms.yaml ("slow" finds "High latency"). Rows matching more words,
 * and matching them better, come first; ties keep the guide's order.
 */
import type { EscalationMatrixRow } from '../../schemas/escalation';
import type { SearchSynonymGroup } from '../../schemas/search-synonyms';
import { commonPrefixLength, isStopWord, normaliseText, splitWords, withinOneEdit, wordForms } from '../shared/search-words';

/** Only this much of a pasted query is searched; the rest is reported, never silently dropped. */
export const MAX_QUERY_CHARACTERS = 200;
/** Only this many words of a query are searched. */
export const MAX_QUERY_TERMS = 8;

/** The part of a row a word matched in. */
export type MatchField = 'situation' | 'level1' | 'level2' | 'level3';
/** How a query word matched: whole word, start of a word, a synonym, or with one typo. */
export type MatchKind = 'word' | 'prefix' | 'synonym' | 'typo';

/** Why a row matched one query word or phrase. */
export interface TermMatch {
	/** The query word or phrase, in normal form. */
	term: string;
	kind: MatchKind;
	field: MatchField;
	/** The word or phrase of the row that it matched, in normal form. */
	matched: string;
}

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

interface IndexedField {
	field: MatchField;
	/** Normal form of the whole field, for phrases. */
	text: string;
	words: string[];
	weight: number;
}

interface IndexedRow<Row> {
	row: Row;
	order: number;
	fields: IndexedField[];
}

// A likely typo of a word in the row beats a synonym of it ("latancy" → "High latency" first).
const QUALITY: Record<MatchKind, number> = { word: 4, prefix: 3, typo: 2.5, synonym: 2 };
const FIELD_WEIGHT: Record<MatchField, number> = { situation: 2, level1: 1, level2: 1, level3: 1 };
const LEVEL_FIELDS = ['level1', 'level2', 'level3'] as const;

/** Prepares `rows` (in the guide's order) and the synonym groups for searching. */
export function createEscalationSearch<Row extends EscalationMatrixRow>(
	rows: readonly Row[],
	synonymGroups: readonly SearchSynonymGroup[]
): EscalationSearch<Row> {
	const groups = synonymGroups.map((group) => group.words.map(normaliseText).filter((word) => word !== ''));
	const phrases = [...new Set(groups.flat().filter((word) => word.includes(' ')))].sort(
		(a, b) => b.split(' ').length - a.split(' ').length
	);
	const indexed: IndexedRow<Row>[] = rows.map((row, order) => ({
		row,
		order,
		fields: [
			indexField('situation', row.situation),
			...LEVEL_FIELDS.filter((field) => row[field] !== '-').map((field) => indexField(field, row[field])),
		],
	}));
	const vocabulary = buildVocabulary(rows, groups);

	return {
		lookup(query) {
			const { terms, truncated } = parseQuery(query, phrases);
			if (terms.length === 0) return { kind: 'all', rows: [...rows] };

			const scored = indexed.map((entry) => scoreRow(entry, terms, groups)).filter((match) => match.matches.length > 0);
			if (scored.length === 0) {
				return { kind: 'none', terms, suggestions: suggestWords(terms, vocabulary), truncated };
			}
			const full = scored.filter((match) => match.matches.length === terms.length);
			const shown = full.length > 0 ? full : scored;
			shown.sort((a, b) => b.matches.length - a.matches.length || b.score - a.score || a.order - b.order);
			const matchedTerms = new Set(scored.flatMap((match) => match.matches.map((m) => m.term)));
			return {
				kind: 'matches',
				terms,
				complete: full.length > 0,
				results: shown.map(({ row, score, matches }) => ({ row, score, matches })),
				unmatchedTerms: terms.filter((term) => !matchedTerms.has(term)),
				truncated,
			};
		},
	};
}

/**
 * Splits a query into search terms: normal-form words, with known multi-word phrases
 * ("write ahead log", "wont start") kept together, stop words dropped (unless that leaves
 * nothing), repeats removed.
 */
export function parseQuery(query: string, phrases: readonly string[] = []): { terms: string[]; truncated: boolean } {
	const cut = query.length > MAX_QUERY_CHARACTERS;
	const words = splitWords(cut ? query.slice(0, MAX_QUERY_CHARACTERS) : query);
	const terms: string[] = [];
	for (let i = 0; i < words.length;) {
		const phrase = phrases.find((candidate) => {
			const parts = candidate.split(' ');
			return parts.every((part, offset) => words[i + offset] === part);
		});
		const length = phrase ? phrase.split(' ').length : 1;
		terms.push(phrase ?? words[i]!);
		i += length;
	}
	const meaningful = terms.filter((term) => !isStopWord(term));
	const unique = [...new Set(meaningful.length > 0 ? meaningful : terms)];
	return { terms: unique.slice(0, MAX_QUERY_TERMS), truncated: cut || unique.length > MAX_QUERY_TERMS };
}

function indexField(field: MatchField, text: string): IndexedField {
	return { field, text: normaliseText(text), words: splitWords(text), weight: FIELD_WEIGHT[field] };
}

function scoreRow<Row>(entry: IndexedRow<Row>, terms: string[], groups: string[][]): RowMatch<Row> & { order: number } {
	let score = 0;
	const matches: TermMatch[] = [];
	for (const term of terms) {
		let best: { match: TermMatch; points: number } | undefined;
		for (const field of entry.fields) {
			const found = matchTerm(term, field, groups);
			if (!found) continue;
			const points = QUALITY[found.kind] * field.weight;
			if (!best || points > best.points) best = { match: { term, field: field.field, ...found }, points };
		}
		if (best) {
			matches.push(best.match);
			score += best.points;
		}
	}
	return { row: entry.row, order: entry.order, score, matches };
}

/** The best way `term` matches one field, or undefined. */
function matchTerm(
	term: string,
	field: IndexedField,
	groups: string[][]
): { kind: MatchKind; matched: string } | undefined {
	const direct = matchDirect(term, field);
	if (direct) return direct;
	if (term.length >= 5 && !term.includes(' ')) {
		const near = field.words.find((word) => word.length >= 4 && withinOneEdit(term, word));
		if (near) return { kind: 'typo', matched: near };
	}
	for (const variant of synonymsOf(term, groups)) {
		const found = matchVariant(variant, field);
		if (found) return { kind: 'synonym', matched: found };
	}
	return undefined;
}

/** The term itself: a whole word or phrase, the start of one, or a plural of one. */
function matchDirect(term: string, field: IndexedField): { kind: MatchKind; matched: string } | undefined {
	if (term.includes(' ')) {
		if (` ${field.text} `.includes(` ${term} `)) return { kind: 'word', matched: term };
		if (` ${field.text}`.includes(` ${term}`)) return { kind: 'prefix', matched: term };
		return undefined;
	}
	const exact = field.words.find((word) => word === term);
	if (exact) return { kind: 'word', matched: exact };
	const prefix = field.words.find((word) => word.startsWith(term));
	if (prefix) return { kind: 'prefix', matched: prefix };
	for (const form of wordForms(term).slice(1)) {
		const singular = field.words.find((word) => word === form || word.startsWith(form));
		if (singular) return { kind: 'prefix', matched: singular };
	}
	return undefined;
}

/** A synonym matches a whole word or phrase, or the start of a word when it is 4+ letters long. */
function matchVariant(variant: string, field: IndexedField): string | undefined {
	if (variant.includes(' ')) return ` ${field.text} `.includes(` ${variant} `) ? variant : undefined;
	return field.words.find((word) => word === variant || (variant.length >= 4 && word.startsWith(variant)));
}

/**
 * Every word of each group the term belongs to: as a whole word, a plural, the start of a group
 * word (3+ letters typed, so results follow typing) or with one typo (5+ letters).
 */
function synonymsOf(term: string, groups: string[][]): string[] {
	const forms = wordForms(term);
	const related = new Set<string>();
	for (const group of groups) {
		const belongs = group.some(
			(word) =>
				forms.includes(word) ||
				(term.length >= 3 && word.startsWith(term)) ||
				(term.length >= 5 && !term.includes(' ') && withinOneEdit(term, word))
		);
		if (belongs) for (const word of group) if (word !== term) related.add(word);
	}
	return [...related];
}

interface VocabularyWord {
	/** As shown: "WAL", "NaN", "gRPC", "latency". */
	display: string;
	normal: string;
	/** Position of its synonym group, so the default suggestions cover different topics. */
	rank: number;
}

/** Words of the situations that are worth suggesting: those that belong to a synonym group. */
function buildVocabulary(rows: readonly EscalationMatrixRow[], groups: string[][]): VocabularyWord[] {
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
