/** The classifier's result: the level, what decided it, what it requires, and where to go next. */
import type { Ref } from 'preact';
import { useId } from 'preact/hooks';
import type { ClassifierQuestion, Hint, Reason } from '../../lib/severity/classify';
import { useCopy } from '../shared/useCopy';
import { buildSeveritySummary } from '../../lib/severity/summary';
import type { LevelView } from './types';
import { Heading } from '../shared/Heading';
import { StartIncident } from './StartIncident';

/** How the level was reached. */
export type Decision =
	| { kind: 'symptom'; symptom: string }
	| {
			kind: 'answers';
			decidedBy: 'criterion' | 'impact' | 'unsettled';
			decidingId?: string | undefined;
			reasons: Reason[];
			hints: Hint[];
	  };

interface Props {
	level: LevelView;
	decision: Decision;
	/** The level's hint questions ("Can we restore within 2 hours?"). */
	hintQuestions: ClassifierQuestion[];
	unsettledReason: string;
	impactExplanation: string;
	headingLevel: number;
	headingRef: Ref<HTMLHeadingElement>;
	ticked: string[];
	onTick: (action: string, done: boolean) => void;
	onClearTicks: () => void;
	/** Why ticks may not be kept (storage off, saved data reset), if so. */
	storageNotice?: string | undefined;
}

const yesNo = (answer: string) => (answer === 'yes' ? 'Yes' : 'No');
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export function ResultCard(props: Props) {
	const { level, decision, headingLevel, headingRef, ticked } = props;
	const id = useId();
	const copy = useSummaryCopy();
	const sub = headingLevel + 1;
	const title = `${level.label} — ${level.name}`;
	const done = level.actions.filter((action) => ticked.includes(action.text)).length;
	const hintTrigger = (criterionId: string) =>
		yesNo(props.hintQuestions.find((q) => q.id === criterionId)?.trigger ?? 'no');

	const decidedLines =
		decision.kind === 'symptom'
			? [`Symptom: ${decision.symptom}`]
			: [
					...decision.reasons.map((r) => `${r.question} ${yesNo(r.answer)}`),
					...(decision.decidedBy === 'unsettled' ? [props.unsettledReason] : []),
				];
	const hintLines =
		decision.kind === 'answers'
			? decision.hints.map((h) => `${h.text} (answered ${hintTrigger(h.criterionId)} to “${h.question}”)`)
			: [];
	const summary = () =>
		buildSeveritySummary({
			title,
			decidedBy: decidedLines,
			hints: hintLines,
			facts: [
				{ label: 'Response time', value: level.responseTime },
				{ label: 'RTO', value: level.rto },
				{ label: 'Updates', value: level.updates },
				{ label: 'Escalation', value: level.escalation },
			],
			actions: level.actions.map((action) => ({ text: action.text, done: ticked.includes(action.text) })),
			link: window.location.href,
		});

	return (
		<article class={`tool-card sc-result sc-result--${level.id}`} aria-labelledby={`${id}-title`}>
			<Heading level={headingLevel} id={`${id}-title`} class="sc-result__title" innerRef={headingRef}>
				<span class={`severity-badge severity-badge--${level.id}`}>{level.label}</span> — {level.name}
			</Heading>
			<p class="sc-result__definition">{level.definition}</p>

			<Heading level={sub}>What decided it</Heading>
			{decision.kind === 'symptom' ? (
				<p>
					Decided by symptom: “{decision.symptom}”, one of the guide’s examples for {level.label}.
				</p>
			) : (
				<>
					<ol class="sc-reasons">
						{decision.reasons.map((reason) => (
							<li key={reason.criterionId}>
								{reason.question} <strong>{yesNo(reason.answer)}</strong>
								{reason.criterionId === decision.decidingId && <span class="sc-reasons__decider"> (this decided it)</span>}
							</li>
						))}
					</ol>
					{decision.decidedBy === 'unsettled' && <p>{props.unsettledReason}</p>}
					{decision.decidedBy === 'impact' && <p>{props.impactExplanation}</p>}
				</>
			)}
			{decision.kind === 'answers' &&
				decision.hints.map((hint) => (
					<p key={hint.criterionId} class="tool-notice tool-notice--warning">
						<strong>{hint.text}</strong>: you answered {hintTrigger(hint.criterionId)} to “{hint.question}”
					</p>
				))}
			{decision.kind === 'symptom' &&
				props.hintQuestions.map((question) => (
					<p key={question.id} class="tool-notice">
						Keep in mind: if the answer to “{question.question}” is {yesNo(question.trigger)}, then{' '}
						<strong>{lowerFirst(question.outcome)}</strong>.
					</p>
				))}

			<Heading level={sub}>Response</Heading>
			<dl class="sc-facts">
				<div>
					<dt>Response time</dt>
					<dd>{level.responseTime}</dd>
				</div>
				<div>
					<dt>RTO</dt>
					<dd>{level.rto}</dd>
				</div>
				<div>
					<dt>Updates</dt>
					<dd>{level.updates}</dd>
				</div>
				<div>
					<dt>Escalation</dt>
					<dd>{level.escalation}</dd>
				</div>
			</dl>
			{level.escalationContacts.length > 0 && (
				<>
					<Heading level={sub}>Who to escalate to</Heading>
					<ul class="sc-contacts">
						{level.escalationContacts.map((contact) => (
							<li key={contact.name}>
								<strong>{contact.name}</strong>. Response time for {level.label}: {contact.respondWithin}. Contact:{' '}
								{contact.contact}
								{contact.configured &&
									(contact.configured.href ? (
										<>
											{' '}
											(<a href={contact.configured.href}>{contact.configured.text}</a>)
										</>
									) : (
										<> ({contact.configured.text})</>
									))}
							</li>
						))}
					</ul>
				</>
			)}

			<Heading level={sub} id={`${id}-actions`}>
				Required actions
			</Heading>
			<p class="tool-hint sc-checklist__status">
				{done} of {level.actions.length} done. Ticks stay in this browser only.
			</p>
			{props.storageNotice && <p class="tool-notice tool-notice--warning">{props.storageNotice}</p>}
			<ul class="sc-checklist" aria-labelledby={`${id}-actions`}>
				{level.actions.map((action) => (
					<li key={action.text}>
						<label>
							<input
								type="checkbox"
								checked={ticked.includes(action.text)}
								onChange={(event) => props.onTick(action.text, event.currentTarget.checked)}
							/>
							{/* Build-time HTML from runbook data (escaped by renderInlineMarkdown), never user text. */}
							<span dangerouslySetInnerHTML={{ __html: action.html }} />
						</label>
					</li>
				))}
			</ul>
			<div class="tool-actions">
				<button type="button" class="tool-button" disabled={done === 0} onClick={props.onClearTicks}>
					Untick all
				</button>
			</div>

			<Heading level={sub} class="sc-next-title">
				Next
			</Heading>
			<StartIncident level={level} decision={decision} />
			<div class="tool-actions sc-next">
				<a class="tool-button tool-button--primary" href={level.templateLink.href}>
					{level.templateLink.label}
				</a>
				<a class="tool-button" href={level.escalationLink.href}>
					{level.escalationLink.label}
				</a>
				<button type="button" class="tool-button" onClick={() => void copy.run(summary())}>
					Copy summary
				</button>
			</div>
			<p role="status" class={copy.status ? `tool-notice ${copy.status.ok ? 'tool-notice--success' : 'tool-notice--warning'}` : 'sr-only'}>
				{copy.status?.message}
			</p>
			{copy.status?.text !== undefined && (
				<textarea
					ref={copy.fallback}
					class="sc-copy-fallback"
					readOnly
					rows={10}
					aria-label="Summary to copy by hand"
					value={copy.status.text}
				/>
			)}
		</article>
	);
}

/** Copy state for the summary (the shared hook, with this card's message). */
function useSummaryCopy() {
	const { status, fallback, copy } = useCopy();
	const run = (text: string) => copy(text, 'Summary copied. Paste it into the incident channel or ticket.');
	return { status, fallback, run };
}
