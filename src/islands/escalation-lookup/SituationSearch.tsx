import { useMemo, useRef } from 'preact/hooks';
import {
	MAX_QUERY_CHARACTERS,
	MAX_QUERY_TERMS,
	createEscalationSearch,
	type EscalationLookupResult,
} from '~/lib/escalation/lookup';
import type { SearchSynonymGroup } from '~/schemas/search-synonyms';
import { createRelatedSearch, unpackRelatedPages } from '~/lib/escalation/related';
import { Heading } from '../shared/Heading';
import { SituationCard } from './SituationCard';
import type { EscalationLookupProps, LevelView, RowView, SeverityOption } from './types';
import { Notice } from '../shared/Notice';

interface SituationSearchProps {
	query: string;
	onQuery: (query: string) => void;
	rows: RowView[];
	levels: LevelView[];
	synonyms: SearchSynonymGroup[];
	/** The packed related pages (packRelatedPages). */
	related: string;
	severity?: SeverityOption | undefined;
	links: EscalationLookupProps['links'];
	embedded: boolean;
	headingLevel: number;
}

/** The search box and its results: the whole matrix when empty, matches as you type, help when nothing matches. */
export function SituationSearch(props: SituationSearchProps) {
	const { query, onQuery, rows, levels, synonyms, related, severity, links, embedded, headingLevel } = props;
	const search = useMemo(() => createEscalationSearch(rows, synonyms), [rows, synonyms]);
	const relatedSearch = useMemo(() => createRelatedSearch(unpackRelatedPages(related), synonyms), [related, synonyms]);
	const result = search.lookup(query);
	const pages = result.kind === 'all' ? [] : relatedSearch.find(query);
	const input = useRef<HTMLInputElement>(null);

	/** Sets the query from a button and keeps focus in the search box (the button itself goes away). */
	const searchFor = (text: string) => {
		onQuery(text);
		input.current?.focus();
	};

	return (
		<section class="escalation-search" aria-labelledby="escalation-search-heading" data-pagefind-ignore>
			<Heading level={headingLevel} id="escalation-search-heading">
				Find the situation
			</Heading>
			<div class="tool-field">
				<label for="escalation-query">What is happening?</label>
				<input
					ref={input}
					id="escalation-query"
					type="search"
					value={query}
					onInput={(event) => onQuery(event.currentTarget.value)}
					autocomplete="off"
					spellcheck={false}
					aria-describedby="escalation-query-hint"
				/>
				<p class="tool-hint" id="escalation-query-hint">
					A word or two is enough, e.g. WAL, NaN, slow, gRPC, breach. Similar words count too.
				</p>
			</div>
			<p class="escalation-search__status" role="status">
				{statusText(result, query, rows.length, embedded)}
				{pages.length > 0 && ` ${pages.length === 1 ? '1 page' : `${pages.length} pages`} of the runbook ${pages.length === 1 ? 'matches' : 'match'} too.`}
			</p>
			{pages.length > 0 && (
				<div class="tool-card escalation-related">
					<p class="escalation-related__title">
						{result.kind === 'none'
							? `No situation in the matrix fits, but these pages do:`
							: `Pages about “${shorten(query)}”:`}
					</p>
					<ul class="escalation-related__list">
						{pages.map((page) => (
							<li key={page.href}>
								<a href={page.href}>{page.title}</a> <span class="escalation-related__where">({page.where})</span>
							</li>
						))}
					</ul>
				</div>
			)}
			{'truncated' in result && result.truncated && (
				<Notice tone="warning">
					Only the first {MAX_QUERY_CHARACTERS} characters and {MAX_QUERY_TERMS} words are searched. Your text stays in
					the box.
				</Notice>
			)}
			{result.kind === 'matches' && !result.complete && (
				<Notice>
					No situation matches every word, so these match some of them.
					{result.unmatchedTerms.length > 0 && <> Nothing matches {quoteList(result.unmatchedTerms)}.</>}
				</Notice>
			)}
			{result.kind === 'none' && (
				<Notice as="div" class="escalation-search__empty">
					<p>Try a word the matrix uses:</p>
					<ul class="escalation-search__suggestions">
						{result.suggestions.map((word) => (
							<li key={word}>
								<button type="button" class="tool-button" onClick={() => searchFor(word)}>
									{word}
								</button>
							</li>
						))}
					</ul>
					<p>
						{embedded ? (
							<>The matrix above lists every situation.</>
						) : (
							<>
								<button type="button" class="tool-button" onClick={() => searchFor('')}>
									Show all {rows.length} situations
								</button>{' '}
								or read <a href={links.guideMatrix}>the escalation matrix in the guide</a>.
							</>
						)}{' '}
						Not in the matrix at all? Use “Who do I need now?” above: the guide’s escalation triggers decide, see{' '}
						<a href={links.guideLevels}>Escalation Paths</a>.
					</p>
				</Notice>
			)}
			<ResultList
				result={result}
				embedded={embedded}
				levels={levels}
				severity={severity}
				headingLevel={headingLevel + 1}
			/>
		</section>
	);
}

function ResultList({
	result,
	embedded,
	levels,
	severity,
	headingLevel,
}: {
	result: EscalationLookupResult<RowView>;
	embedded: boolean;
	levels: LevelView[];
	severity?: SeverityOption | undefined;
	headingLevel: number;
}) {
	const items =
		result.kind === 'all'
			? embedded
				? []
				: result.rows.map((row) => ({ row, matches: undefined }))
			: result.kind === 'matches'
				? result.results.map(({ row, matches }) => ({ row, matches }))
				: [];
	if (items.length === 0) return null;
	return (
		<ol class="escalation-results" aria-label="Situations found">
			{items.map(({ row, matches }) => (
				<li key={row.id}>
					<SituationCard row={row} levels={levels} matches={matches} severity={severity} headingLevel={headingLevel} />
				</li>
			))}
		</ol>
	);
}

function statusText(result: EscalationLookupResult<RowView>, query: string, total: number, embedded: boolean): string {
	switch (result.kind) {
		case 'all':
			return embedded
				? `Type a word to find a situation among the ${total} in the matrix above.`
				: `All ${total} situations of the escalation matrix, in the guide’s order.`;
		case 'none':
			return `No situation matches “${shorten(query)}”.`;
		case 'matches': {
			const count = result.results.length;
			const noun = count === 1 ? 'situation matches' : 'situations match';
			return result.complete
				? `${count} ${noun} “${shorten(query)}”, best first.`
				: `${count} ${noun} part of “${shorten(query)}”.`;
		}
	}
}

function quoteList(terms: string[]): string {
	return terms.map((term) => `“${term}”`).join(', ');
}

function shorten(text: string, max = 60): string {
	const trimmed = text.trim();
	return trimmed.length > max ? `${trimmed.slice(0, max)}…` : trimmed;
}
