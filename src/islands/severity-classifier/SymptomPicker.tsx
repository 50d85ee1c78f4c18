/** The symptom shortcut: the guide's examples of every level, filtered by what the user types. */
import { useId, useRef, useState } from 'preact/hooks';
import type { Symptom, SymptomFilter } from '../../lib/severity/symptoms';
import type { LevelView } from './types';
import { Heading } from '../shared/Heading';
import { Notice } from '../shared/Notice';

interface Props {
	symptoms: Symptom[];
	/** The filter (the escalation lookup's word matching, with the search synonyms). */
	filter: SymptomFilter;
	levels: LevelView[];
	headingLevel: number;
	/** Folded into a disclosure (inside the guide, where the examples are listed under each level anyway). */
	folded: boolean;
	onPick: (key: string) => void;
}

export function SymptomPicker({ symptoms, filter, levels, headingLevel, folded, onPick }: Props) {
	const id = useId();
	const [query, setQuery] = useState('');
	const input = useRef<HTMLInputElement>(null);
	const shown = filter(query);
	const labelOf = (levelId: string) => levels.find((l) => l.id === levelId)?.label ?? levelId;
	const intro = 'The guide’s examples for each level. Pick the one that matches to get its level straight away.';
	const body = (
		<>
			<div class="tool-field">
				<label for={`${id}-filter`}>Filter the symptoms</label>
				<input
					id={`${id}-filter`}
					ref={input}
					type="search"
					autocomplete="off"
					spellcheck={false}
					value={query}
					aria-describedby={`${id}-hint`}
					onInput={(event) => setQuery(event.currentTarget.value)}
				/>
				<span class="tool-hint" id={`${id}-hint`}>
					For example “WAL”, “slow”, “node down” or “single user”. Similar words and small typos count too.
				</span>
			</div>
			<p class="sc-symptoms__count" aria-live="polite">
				{shown.length === symptoms.length
					? `All ${symptoms.length} symptoms.`
					: `${shown.length} of ${symptoms.length} symptoms match.`}
			</p>
			{shown.length === 0 ? (
				<Notice as="div">
					<p>
						No symptom matches “{query.length > 60 ? `${query.slice(0, 60)}…` : query}”. Try fewer words, or answer
						the questions above.
					</p>
					<button type="button" class="tool-button" onClick={() => {
							setQuery('');
							input.current?.focus();
						}}
					>
						Clear the filter
					</button>
				</Notice>
			) : (
				<ul class="sc-symptom-list" role="list">
					{shown.map((symptom) => (
						<li key={symptom.key}>
							<button type="button" class="sc-symptom" onClick={() => onPick(symptom.key)}>
								<span class={`severity-badge severity-badge--${symptom.levelId}`}>{labelOf(symptom.levelId)}</span>
								<span>{symptom.text}</span>
							</button>
						</li>
					))}
				</ul>
			)}
		</>
	);
	return folded ? (
		<details class="sc-symptoms sc-symptoms--folded">
			<summary>Or pick a symptom ({symptoms.length} examples from the guide)</summary>
			<div class="sc-symptoms__body">
				<p>{intro}</p>
				{body}
			</div>
		</details>
	) : (
		<section class="sc-symptoms" aria-labelledby={`${id}-title`}>
			<Heading level={headingLevel} id={`${id}-title`}>
				Or pick a symptom
			</Heading>
			<p>{intro}</p>
			{body}
		</section>
	);
}
