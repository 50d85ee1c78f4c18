/**
 * The severity classifier island: one Yes/No/Not sure question at a time (src/lib/severity/classify.ts),
 * or a symptom picked from the guide's examples, ending in a result card as soon as the level is
 * settled (the level's hint question is asked on the card, optional). The answers live in the URL
 * so a pasted link shows the same result; checklist ticks stay in this browser. Y and N answer
 * while the tool is on screen, never while typing in a field.
 */
// First: the server's text stays as it is when the island hydrates.
import '../shared/join-text-runs';
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
import { createSymptomFilter, listSymptoms } from '../../lib/severity/symptoms';
import { shortcutAnswer } from '../../lib/severity/shortcuts';
import { classifierSearch, restoreFromUrl, type AnswerPath } from '../../lib/severity/url';
import { QuestionStep } from './QuestionStep';
import { ResultCard, type Decision } from './ResultCard';
import { SymptomPicker } from './SymptomPicker';
import { classifierAnswers, useIncidentClassification } from './StartIncident';
import type { SeverityClassifierProps } from './types';
import './severity-classifier.css';
import { Notice } from '../shared/Notice';

export default function SeverityClassifier(props: SeverityClassifierProps) {
	const { classifier, levels, headingLevel, ownsUrl } = props;
	const symptoms = useMemo(() => listSymptoms(levels), [levels]);
	const filter = useMemo(() => createSymptomFilter(symptoms, props.synonyms), [symptoms, props.synonyms]);

	// The server renders the first question, so the page does not jump when the tool hydrates (on a
	// phone the whole decision table moved down a screen: Lighthouse counted a layout shift of 0.65).
	// Without JavaScript the wrapper's CSS hides it (`scripting: none`): the table stands alone,
	// never dead buttons. Once mounted, the state comes from this browser's URL and storage.
	const [mounted, setMounted] = useState(false);
	const [answers, setAnswers] = useState<AnswerPath>([]);
	const [symptomKey, setSymptomKey] = useState<string | undefined>();
	const [notices, setNotices] = useState<string[]>([]);
	const [ticks, setTicks] = useState<ChecklistTicks>({});
	const [storageNotice, setStorageNotice] = useState<string | undefined>();
	const [announcement, setAnnouncement] = useState('');
	const heading = useRef<HTMLHeadingElement>(null);
	const root = useRef<HTMLElement>(null);
	const moveFocus = useRef(false);
	// True while any part of the tool is on screen: Y and N then answer without focus inside it.
	const onScreen = useRef(false);
	const answerRef = useRef<(value: Answer) => void>(() => {});

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

	useEffect(() => {
		const element = root.current;
		if (!mounted || !element) return;
		const observer =
			typeof IntersectionObserver === 'function'
				? new IntersectionObserver((entries) => {
						for (const entry of entries) onScreen.current = entry.isIntersecting;
					})
				: undefined;
		if (observer) observer.observe(element);
		else onScreen.current = true;
		const onKey = (event: KeyboardEvent) => {
			const target = event.target instanceof Element ? event.target : null;
			const value = shortcutAnswer(
				{
					key: event.key,
					modifier: event.altKey || event.ctrlKey || event.metaKey,
					composing: event.isComposing,
					defaultPrevented: event.defaultPrevented,
					inField: target?.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') != null,
					inTool: target !== null && element.contains(target),
					onScreen: onScreen.current,
				}
			);
			if (value === undefined) return;
			event.preventDefault();
			answerRef.current(value);
		};
		document.addEventListener('keydown', onKey);
		return () => {
			document.removeEventListener('keydown', onKey);
			observer?.disconnect();
		};
	}, [mounted]);

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
							decidedByUnsure: result.decidedByUnsure,
							reasons: result.reasons,
							hints: result.hints,
							pendingHints: result.pendingHints,
						} satisfies Decision,
					}
				: undefined;
	const shownLevel = shown && levels.find((l) => l.id === shown.levelId);
	// With an open incident: a changed result is logged in it, and so are the checklist ticks.
	const linked = useIncidentClassification(mounted && shown ? classifierAnswers(shown.levelId, shown.decision) : undefined, levels);

	const step = (nextAnswers: AnswerPath, nextSymptom?: string, focusHeading = true) => {
		moveFocus.current = focusHeading;
		setAnswers(nextAnswers);
		setSymptomKey(nextSymptom);
		setNotices([]);
		const level = nextSymptom
			? levels.find((l) => l.id === symptoms.find((s) => s.key === nextSymptom)?.levelId)
			: (() => {
					const next = walk(classifier, new Map(nextAnswers));
					return next.status === 'settled' ? levels.find((l) => l.id === next.level) : undefined;
				})();
		if (level && focusHeading) {
			const text = `Result: ${level.label} — ${level.name}.`;
			// A live region does not repeat identical text; vary it so a repeated result is announced too.
			setAnnouncement((previous) => (previous === text ? `${text}\u00a0` : text));
		}
	};
	const answer = (value: Answer) => {
		if (result.status === 'asking' && symptom === undefined) step([...answers, [result.question.id, value]]);
	};
	answerRef.current = answer;
	const back = () => (symptom !== undefined ? step(answers) : step(answers.slice(0, -1)));
	const startOver = () => step([]);
	const updateTicks = (next: ChecklistTicks) => {
		setTicks(next);
		if (!saveState(browserStore(), CHECKLIST_STORAGE_KEY, CHECKLIST_VERSION, next)) {
			setStorageNotice('This browser does not keep the ticks (storage is off or full): they last until you leave the page.');
		}
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
		<section class="tool sc" data-pagefind-ignore aria-label="Severity classifier" ref={root}>
			{!shown && (
				<p class="sc-intro">
					Answer one question at a time, most severe level first, or pick a symptom below. Your answers stay in this
					page’s address, so you can share the link.
				</p>
			)}
			{notices.length > 0 && (
				<Notice as="div" tone="warning" role="status">
					{notices.map((notice) => (
						<p key={notice}>{notice}</p>
					))}
				</Notice>
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
						unsure={classifier.unsure}
						otherContacts={props.otherContacts}
						runbookOwner={props.runbookOwner}
						onHintAnswer={(id, value) => step([...answers, [id, value]], undefined, false)}
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
						<div class="sc-wizard">
							<QuestionStep
								question={result.question}
								unsure={classifier.unsure}
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
							filter={filter}
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
