/**
 * The severity classifier island: one Yes/No question at a time (src/lib/severity/classify.ts), or
 * a symptom picked from the guide's examples, ending in a result card. The answers live in the URL
 * so a pasted link shows the same result; checklist ticks stay in this browser.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { walk, type Answer } from '../../lib/severity/classify';
import { browserStore, loadSaved, saveState } from '../../lib/shared/saved-state';
import {
	CHECKLIST_STORAGE_KEY,
	CHECKLIST_VERSION,
	clearTicks,
	setTick,
	validateTicks,
	type ChecklistTicks,
} from '../../lib/severity/checklist';
import { listSymptoms } from '../../lib/severity/symptoms';
import { classifierSearch, restoreFromUrl, type AnswerPath } from '../../lib/severity/url';
import { QuestionStep } from './QuestionStep';
import { ResultCard, type Decision } from './ResultCard';
import { SymptomPicker } from './SymptomPicker';
import { classifierAnswers, useIncidentClassification } from './StartIncident';
import type { SeverityClassifierProps } from './types';
import './severity-classifier.css';

export default function SeverityClassifier(props: SeverityClassifierProps) {
	const { classifier, levels, headingLevel, ownsUrl } = props;
	const symptoms = useMemo(() => listSymptoms(levels), [levels]);

	// Rendered only after hydration: without JavaScript the wrapper's table stands alone, never dead buttons.
	const [mounted, setMounted] = useState(false);
	const [answers, setAnswers] = useState<AnswerPath>([]);
	const [symptomKey, setSymptomKey] = useState<string | undefined>();
	const [notices, setNotices] = useState<string[]>([]);
	const [ticks, setTicks] = useState<ChecklistTicks>({});
	const [storageNotice, setStorageNotice] = useState<string | undefined>();
	const [announcement, setAnnouncement] = useState('');
	const heading = useRef<HTMLHeadingElement>(null);
	const moveFocus = useRef(false);

	useEffect(() => {
		const restored = restoreFromUrl(
			window.location.search,
			classifier,
			symptoms.map((s) => s.key),
			ownsUrl
		);
		setAnswers(restored.answers);
		setSymptomKey(restored.symptom);
		setNotices(restored.notices);
		const saved = loadSaved(browserStore(), CHECKLIST_STORAGE_KEY, CHECKLIST_VERSION, validateTicks);
		if (saved.status === 'loaded') setTicks(saved.value);
		if (saved.status === 'reset') setStorageNotice(saved.notice);
		setMounted(true);
	}, []);

	// The URL follows the state, without adding history entries (Back stays the browser's own).
	useEffect(() => {
		if (!mounted) return;
		const { pathname, search, hash } = window.location;
		const next = classifierSearch(search, { answers, symptom: symptomKey }, ownsUrl);
		if (next !== search) window.history.replaceState(window.history.state, '', `${pathname}${next}${hash}`);
	}, [mounted, answers, symptomKey]);

	// After a step the new question or result heading takes focus, never on page load.
	useEffect(() => {
		if (moveFocus.current) {
			moveFocus.current = false;
			heading.current?.focus();
		}
	});

	const result = walk(classifier, new Map(answers));
	const symptom = symptoms.find((s) => s.key === symptomKey);
	const shown =
		symptom !== undefined
			? { levelId: symptom.levelId, decision: { kind: 'symptom', symptom: symptom.text } satisfies Decision }
			: result.status === 'settled'
				? {
						levelId: result.level,
						decision: {
							kind: 'answers',
							decidedBy: result.decidedBy,
							decidingId: result.decidingId,
							reasons: result.reasons,
							hints: result.hints,
						} satisfies Decision,
					}
				: undefined;
	const shownLevel = shown && levels.find((l) => l.id === shown.levelId);
	// With an open incident: a changed result is logged in it, and so are the checklist ticks.
	const linked = useIncidentClassification(mounted && shown ? classifierAnswers(shown.levelId, shown.decision) : undefined, levels);

	if (!mounted) return null;

	const step = (nextAnswers: AnswerPath, nextSymptom?: string) => {
		moveFocus.current = true;
		setAnswers(nextAnswers);
		setSymptomKey(nextSymptom);
		setNotices([]);
		const level = nextSymptom
			? levels.find((l) => l.id === symptoms.find((s) => s.key === nextSymptom)?.levelId)
			: (() => {
					const next = walk(classifier, new Map(nextAnswers));
					return next.status === 'settled' ? levels.find((l) => l.id === next.level) : undefined;
				})();
		if (level) {
			const text = `Result: ${level.label} — ${level.name}.`;
			// A live region does not repeat identical text; vary it so a repeated result is announced too.
			setAnnouncement((previous) => (previous === text ? `${text}\u00a0` : text));
		}
	};
	const answer = (value: Answer) => {
		if (result.status === 'asking' && symptom === undefined) step([...answers, [result.question.id, value]]);
	};
	const back = () => (symptom !== undefined ? step(answers) : step(answers.slice(0, -1)));
	const startOver = () => step([]);
	const updateTicks = (next: ChecklistTicks) => {
		setTicks(next);
		if (!saveState(browserStore(), CHECKLIST_STORAGE_KEY, CHECKLIST_VERSION, next)) {
			setStorageNotice('This browser does not keep the ticks (storage is off or full): they last until you leave the page.');
		}
	};

	/** Y and N answer while focus is in the question block, but never while typing in a field. */
	const onKeyDown = (event: KeyboardEvent) => {
		if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
		const target = event.target as HTMLElement | null;
		if (target?.closest('input, textarea, select, [contenteditable]')) return;
		const key = event.key.toLowerCase();
		if (key !== 'y' && key !== 'n') return;
		event.preventDefault();
		answer(key === 'y' ? 'yes' : 'no');
	};

	const canGoBack = symptom !== undefined || answers.length > 0;
	const controls = (
		<div class="tool-actions sc-controls">
			<button type="button" class="tool-button" disabled={!canGoBack} onClick={back}>
				Back
			</button>
			<button type="button" class="tool-button" disabled={!canGoBack} onClick={startOver}>
				Start over
			</button>
		</div>
	);

	return (
		<section class="tool sc" data-pagefind-ignore aria-label="Severity classifier">
			{!shown && (
				<p class="sc-intro">
					Answer one question at a time, most severe level first, or pick a symptom below. Your answers stay in this
					page’s address, so you can share the link.
				</p>
			)}
			{notices.length > 0 && (
				<div class="tool-notice tool-notice--warning" role="status">
					{notices.map((notice) => (
						<p key={notice}>{notice}</p>
					))}
				</div>
			)}
			<p class="sr-only" aria-live="polite">
				{announcement}
			</p>
			{linked.said && (
				<p class="tool-notice" role="status">
					{linked.said}
				</p>
			)}
			{shown && shownLevel ? (
				<>
					<ResultCard
						key={`${shown.levelId}-${symptomKey ?? ''}`}
						level={shownLevel}
						decision={shown.decision}
						hintQuestions={classifier.hints[shownLevel.id] ?? []}
						unsettledReason={classifier.unsettled.reason}
						impactExplanation={props.impactExplanation}
						headingLevel={headingLevel}
						headingRef={heading}
						ticked={ticks[shownLevel.id] ?? []}
						onTick={(action, done) => {
							updateTicks(setTick(ticks, shownLevel.id, action, done));
							linked.logTick(shownLevel.id, action, done);
						}}
						onClearTicks={() => updateTicks(clearTicks(ticks, shownLevel.id))}
						storageNotice={storageNotice}
					/>
					{controls}
				</>
			) : (
				result.status === 'asking' && (
					<>
						<div class="sc-wizard" onKeyDown={onKeyDown}>
							<QuestionStep
								question={result.question}
								settledBy={result.settled?.decidedBy}
								reasons={result.reasons}
								levels={levels}
								headingLevel={headingLevel}
								headingRef={heading}
								onAnswer={answer}
								onChange={(index) => step(answers.slice(0, index))}
							/>
							{controls}
						</div>
						<SymptomPicker
							symptoms={symptoms}
							levels={levels}
							headingLevel={headingLevel}
							folded={!ownsUrl}
							onPick={(key) => step(answers, key)}
						/>
					</>
				)
			)}
		</section>
	);
}
