/** The symptom shortcut: the guide's examples of every level, filtered by what the user types. */
import { useId, useRef, useState } from 'preact/hooks';
import { filterSymptoms, type Symptom } from '../../lib/severity/symptoms';
import type { LevelView } from './types';
import { Heading } from '../shared/Heading';
import { Notice } from '../shared/Notice';

interface Props {
	symptoms: Symptom[];
	levels: LevelView[];
	headingLevel: number;
	/** Folded into a disclosure (inside the guide, where the examples are listed under each level anyway). */
	folded: boolean;
	onPick: (key: string) => void;
}

export function SymptomPicker({ symptoms, levels, headingLevel, folded, onPick }: Props) {
	const id = useId();
	const [query, setQuery] = useState('');
	const input = useRef<HTMLInputElement>(null);
	const shown = filterSymptoms(symptoms, query);
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
					For example “WAL”, “latency” or “single user”.
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
