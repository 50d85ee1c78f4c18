/**
 * The one forgiving word matcher of the runbook's tools: the escalation lookup (matrix rows and
 * the pages it leads to when no row fits) and the severity classifier's symptom filter both use it.
 *
 * A query becomes terms (normal-form words, known multi-word phrases kept together, stop words
 * dropped). A term matches a field of an item as a whole word, the start of a word ("lat"), a
 * plural, one typo in longer words ("latancy", "latncy") or a word of its synonym group from
 * content/data/search-synonyms.yaml ("slow" → latency, "node" → process). CamelCase names count
 * as their parts too ("WALLagHigh" is also "wal lag high"). Framework-free and pure.
 */
import { isStopWord, normaliseText, splitWords, withinOneEdit, wordForms } from './search-words';

/** Only this much of a pasted query is searched; the rest is reported, never silently dropped. */
export const MAX_QUERY_CHARACTERS = 200;
/** Only this many words of a query are searched. */
export const MAX_QUERY_TERMS = 8;

/** How a query word matched: whole word, start of a word, a synonym, or with one typo. */
export type MatchKind = 'word' | 'prefix' | 'synonym' | 'typo';

/** Why an item matched one query word or phrase. */
export interface TermMatch<Field extends string = string> {
	/** The query word or phrase, in normal form. */
	term: string;
	kind: MatchKind;
	field: Field;
	/** The word or phrase of the item that it matched, in normal form. */
	matched: string;
}

/** An item that matched at least one term, with a score (higher is better). */
export interface ItemMatch<Item, Field extends string = string> {
	item: Item;
	/** Position of the item in the list given, for stable ties. */
	order: number;
	score: number;
	/** One match per query term it matched. */
	matches: TermMatch<Field>[];
}

/** One searchable text of an item. */
export interface FieldText<Field extends string = string> {
	field: Field;
	text: string;
	/** How much a match here counts (default 1). */
	weight?: number;
}

/** A query split into terms. */
export interface ParsedQuery {
	terms: string[];
	/** True when the query was cut to MAX_QUERY_CHARACTERS or MAX_QUERY_TERMS. */
	truncated: boolean;
}

/** A prepared matcher over a list of items; make once, query on every keystroke (it indexes on the first query). */
export interface WordMatcher<Item, Field extends string = string> {
	parse(query: string): ParsedQuery;
	/** Every item matching at least one term, best first (more terms, then score, then list order). */
	match(terms: readonly string[]): ItemMatch<Item, Field>[];
	/** The synonym groups in normal form (for callers that suggest words). */
	groups: readonly string[][];
}

interface IndexedField<Field extends string> {
	field: Field;
	/** Normal form of the whole field, for phrases. */
	text: string;
	words: string[];
	weight: number;
}

// A likely typo of a word in the item beats a synonym of it ("latancy" → "High latency" first).
const QUALITY: Record<MatchKind, number> = { word: 4, prefix: 3, typo: 2.5, synonym: 2 };

/** Prepares `items` for matching; `fieldsOf` names the texts of one item. */
export function createWordMatcher<Item, Field extends string = string>(
	items: readonly Item[],
	fieldsOf: (item: Item) => FieldText<Field>[],
	synonymGroups: readonly { words: readonly string[] }[]
): WordMatcher<Item, Field> {
	const groups = synonymGroups.map((group) => group.words.map(normaliseText).filter((word) => word !== ''));
	const phrases = [...new Set(groups.flat().filter((word) => word.includes(' ')))].sort(
		(a, b) => b.split(' ').length - a.split(' ').length
	);
	// Indexed on the first query, not when made: a tool shows its empty state (and hydrates) without it.
	let indexed: { item: Item; order: number; fields: IndexedField<Field>[] }[] | undefined;
	return {
		groups,
		parse: (query) => parseQuery(query, phrases),
		match(terms) {
			if (terms.length === 0) return [];
			indexed ??= items.map((item, order) => ({ item, order, fields: fieldsOf(item).map(indexField) }));
			return indexed
				.map(({ item, order, fields }) => scoreItem(item, order, fields, terms, groups))
				.filter((match) => match.matches.length > 0)
				.sort((a, b) => b.matches.length - a.matches.length || b.score - a.score || a.order - b.order);
		},
	};
}

/**
 * Splits a query into search terms: normal-form words, with known multi-word phrases
 * ("write ahead log", "wont start") kept together, stop words dropped (unless that leaves
 * nothing), repeats removed.
 */
export function parseQuery(query: string, phrases: readonly string[] = []): ParsedQuery {
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

/** "WALLagHigh" → "WAL Lag High", "MemoryPressureHigh" → "Memory Pressure High"; "NaN", "gRPC" stay. */
export function splitCamelCase(text: string): string {
	return text.replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2').replace(/([a-z0-9])([A-Z][a-z])/g, '$1 $2');
}

function indexField<Field extends string>({ field, text, weight = 1 }: FieldText<Field>): IndexedField<Field> {
	const parts = splitCamelCase(text);
	const words = [...new Set([...splitWords(text), ...splitWords(parts)])];
	return { field, text: normaliseText(parts), words, weight };
}

function scoreItem<Item, Field extends string>(
	item: Item,
	order: number,
	fields: IndexedField<Field>[],
	terms: readonly string[],
	groups: string[][]
): ItemMatch<Item, Field> {
	let score = 0;
	const matches: TermMatch<Field>[] = [];
	for (const term of terms) {
		let best: { match: TermMatch<Field>; points: number } | undefined;
		for (const field of fields) {
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
	return { item, order, score, matches };
}

/** The best way `term` matches one field, or undefined. */
function matchTerm(
	term: string,
	field: IndexedField<string>,
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
function matchDirect(term: string, field: IndexedField<string>): { kind: MatchKind; matched: string } | undefined {
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
function matchVariant(variant: string, field: IndexedField<string>): string | undefined {
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
