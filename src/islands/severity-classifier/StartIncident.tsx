/**
 * The classifier and the incident console: "Start an incident at SEVn" on the result card (a link
 * to the console's declare form with the severity and the answers, /incident/?declare=…), and,
 * while an incident is open, its classification kept in the record with a log entry whenever it
 * changes ("Severity classified SEV2 → SEV1"), and the required-action ticks logged.
 */
import { useEffect, useState } from 'preact/hooks';
import { browserStorage } from '~/lib/incident/storage';
import { incidentName, recordClassification } from '~/lib/incident/tool-link';
import { declareSearch, type ClassifierAnswers } from '~/lib/incident/record';
import { useOpenIncident } from '../shared/useOpenIncident';
import type { Decision } from './ResultCard';
import type { LevelView } from './types';

/** The classifier's answers as the incident keeps them (question id → yes/no). */
export function classifierAnswers(levelId: string, decision: Decision): ClassifierAnswers {
	return {
		level: levelId,
		answers: decision.kind === 'answers' ? Object.fromEntries(decision.reasons.map((r) => [r.criterionId, r.answer])) : {},
	};
}

/** The button on the result card. */
export function StartIncident({ level, decision }: { level: LevelView; decision: Decision }) {
	const href = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}incident/${declareSearch(classifierAnswers(level.id, decision))}`;
	return (
		<p class="sc-start-incident">
			<a class="tool-button tool-button--primary" href={href}>
				Start an incident at {level.label}
			</a>{' '}
			<span class="tool-hint">Opens the incident console with {level.label} and these answers filled in.</span>
		</p>
	);
}

/**
 * With an open incident: a result that differs from what the incident knows is stored and logged
 * (once per change); `logTick` logs a required action ticked or unticked.
 */
export function useIncidentClassification(shown: ClassifierAnswers | undefined, levels: readonly Pick<LevelView, 'id' | 'label'>[]) {
	const { incident, setIncident, log } = useOpenIncident();
	const [said, setSaid] = useState('');
	const key = shown ? JSON.stringify(shown) : '';
	useEffect(() => {
		if (!incident || !shown) return;
		const written = recordClassification(browserStorage(), incident.uid, shown, levels);
		if (written.incident) setIncident(written.incident);
		if (written.text) setSaid(written.ok ? `Logged in ${incidentName(incident)}: ${written.text}.` : `Could not log the classification in ${incidentName(incident)}.`);
	}, [incident?.uid, key]);
	const logTick = (levelId: string, action: string, done: boolean) =>
		log({ source: 'severity-classifier', kind: `tick:${levelId}`, text: `${done ? 'Done' : 'Not done after all'}: ${action.replace(/`/g, '')}` });
	return { incident, said, logTick };
}
