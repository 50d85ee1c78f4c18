/**
 * The classifier's result, ordered for action at 3 a.m.: the level, what to do now, who to
 * escalate to, the action row (Copy summary and the next tools), the optional hint question, the
 * full checklist, and last what decided it.
 */
import type { Ref } from 'preact';
import { useId, useRef } from 'preact/hooks';
import type { Answer, ClassifierQuestion, Hint, Reason } from '../../lib/severity/classify';
import { useCopy } from '../shared/useCopy';
import { buildSeveritySummary } from '../../lib/severity/summary';
import { answerLabel, decidedLines, hintLines, nextActions } from '../../lib/severity/result';
import type { LevelView } from './types';
import { NOT_SET_UP, OtherContacts, type OtherContact } from '../shared/OtherContacts';
import { Heading } from '../shared/Heading';
import { Notice } from '../shared/Notice';
import { AnswerButtons } from './QuestionStep';
import { StartIncident } from './StartIncident';

/** How the level was reached. */
export type Decision =
	| { kind: 'symptom'; symptom: string }
	| {
			kind: 'answers';
			decidedBy: 'criterion' | 'impact' | 'unsettled';
			decidingId?: string | undefined;
			decidedByUnsure: boolean;
			reasons: Reason[];
			hints: Hint[];
			/** The level's hint questions not answered yet (optional, asked on the card). */
			pendingHints: ClassifierQuestion[];
	  };

interface Props {
	level: LevelView;
	decision: Decision;
	/** The level's hint questions ("Can we restore within 2 hours?"). */
	hintQuestions: ClassifierQuestion[];
	unsettledReason: string;
	impactExplanation: string;
	unsure: { answer: string; rule: string; explanation: string };
	otherContacts: OtherContact[];
	runbookOwner: string;
	headingLevel: number;
	headingRef: Ref<HTMLHeadingElement>;
	ticked: string[];
	onTick: (action: string, done: boolean) => void;
	onClearTicks: () => void;
	/** Answers a hint question on the card. */
	onHintAnswer: (questionId: string, answer: Answer) => void;
	/** Why ticks may not be kept (storage off, saved data reset), if so. */
	storageNotice?: string | undefined;
}

const yesNo = (answer: string) => (answer === 'yes' ? 'Yes' : 'No');
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export function ResultCard(props: Props) {
	const { level, decision, headingLevel, headingRef, ticked, unsure } = props;
	const id = useId();
	const copy = useSummaryCopy();
	const hintBlock = useRef<HTMLDivElement>(null);
	const sub = headingLevel + 1;
	const title = `${level.label} — ${level.name}`;
	const done = level.actions.filter((action) => ticked.includes(action.text)).length;
	const next = nextActions(level.actions, ticked, 2);
	const hintTrigger = (criterionId: string) =>
		yesNo(props.hintQuestions.find((q) => q.id === criterionId)?.trigger ?? 'no');
	const unconfigured = level.now.contacts.some((c) => !c.configured) || level.escalationContacts.some((c) => !c.configured);
	const notSetUp = NOT_SET_UP;

	const summary = () =>
		buildSeveritySummary({
			title,
			decidedBy: decidedLines(decision, {
				unsettledReason: props.unsettledReason,
				unsure,
				hintIds: props.hintQuestions.map((q) => q.id),
			}),
			hints: hintLines(decision, props.hintQuestions, unsure),
			facts: [
				{ label: 'Response time', value: level.responseTime },
				...(level.now.firstUpdate ? [{ label: 'First update', value: level.now.firstUpdate }] : []),
				{ label: 'RTO', value: level.rto },
				{ label: 'Updates', value: level.updates },
				{ label: 'Escalation', value: level.escalation },
			],
			actions: level.actions.map((action) => ({ text: action.text, done: ticked.includes(action.text) })),
			link: window.location.href,
		});

	const answerHint = (questionId: string, answer: Answer) => {
		props.onHintAnswer(questionId, answer);
		// The buttons go away: keep focus in the same block, where the outcome now shows.
		requestAnimationFrame(() => hintBlock.current?.focus());
	};

	return (
		<article class={`tool-card sc-result sc-result--${level.id}`} aria-labelledby={`${id}-title`}>
			<Heading level={headingLevel} id={`${id}-title`} class="sc-result__title" innerRef={headingRef}>
				<span class={`severity-badge severity-badge--${level.id}`}>{level.label}</span> — {level.name}
			</Heading>
			<p class="sc-result__definition">{level.definition}</p>
			{decision.kind === 'answers' && decision.decidedByUnsure && (
				<p class="tool-notice tool-notice--warning sc-result__unsure">
					You answered “{unsure.answer}”, so the rule applies: <strong>{unsure.rule.toLowerCase()}</strong>.{' '}
					{unsure.explanation}
				</p>
			)}

			<section class="sc-now" aria-labelledby={`${id}-now`}>
				<Heading level={sub} id={`${id}-now`}>
					What to do now
				</Heading>
				<dl class="sc-facts">
					<div>
						<dt>Respond</dt>
						<dd>{level.now.respond}</dd>
					</div>
					<div>
						<dt>Escalation</dt>
						<dd>{level.now.path}</dd>
					</div>
					<div>
						<dt>First update</dt>
						<dd>
							{level.now.firstUpdate
								? `Due ${level.now.firstUpdate}. ${level.now.updates}.`
								: `${level.now.updates}.`}
						</dd>
					</div>
					<div>
						<dt>RTO</dt>
						<dd>{level.rto}</dd>
					</div>
					{level.now.contacts.map((contact) => (
						<div key={contact.label}>
							<dt>{contact.label}</dt>
							<dd>
								{contact.configured ? (
									contact.configured.href ? (
										<a href={contact.configured.href}>{contact.configured.text}</a>
									) : (
										contact.configured.text
									)
								) : (
									<span class="not-configured">{notSetUp}</span>
								)}
							</dd>
						</div>
					))}
				</dl>
				{next.length > 0 && (
					<>
						<p class="sc-now__next-title">
							Next {next.length === 1 ? 'action' : `${next.length} actions`} (of {level.actions.length}, all{' '}
							<a href={`#${id}-actions`}>below</a>):
						</p>
						<ol class="sc-now__next">
							{next.map((action) => (
								// Build-time HTML from runbook data (escaped by renderInlineMarkdown), never user text.
								<li key={action.text} dangerouslySetInnerHTML={{ __html: action.html }} />
							))}
						</ol>
					</>
				)}
			</section>

			{level.escalationContacts.length > 0 && (
				<section class="sc-escalation" aria-labelledby={`${id}-escalation`}>
					<Heading level={sub} id={`${id}-escalation`}>
						Who to escalate to
					</Heading>
					<ul class="sc-contacts">
						{level.escalationContacts.map((contact) => (
							<li key={contact.name}>
								<strong>{contact.name}</strong>, {contact.respondWithin}: {contact.contact}
								{contact.configured ? (
									contact.configured.href ? (
										<>
											{' '}
											(<a href={contact.configured.href}>{contact.configured.text}</a>)
										</>
									) : (
										<> ({contact.configured.text})</>
									)
								) : (
									<span class="not-configured"> ({notSetUp})</span>
								)}
							</li>
						))}
					</ul>
					{unconfigured && <OtherContacts contacts={props.otherContacts} owner={props.runbookOwner} />}
				</section>
			)}

			<div class="tool-actions sc-next">
				<button type="button" class="tool-button tool-button--primary" onClick={() => void copy.run(summary())}>
					Copy summary
				</button>
				<a class="tool-button" href={level.templateLink.href}>
					{level.templateLink.label}
				</a>
				<a class="tool-button" href={level.escalationLink.href}>
					{level.escalationLink.label}
				</a>
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
			{/* After Copy summary: the summary is what a paged engineer needs first. */}
			<StartIncident level={level} decision={decision} />

			{decision.kind === 'answers' && (decision.pendingHints.length > 0 || decision.hints.length > 0) && (
				<div class="sc-hint" ref={hintBlock} tabIndex={-1}>
					{decision.pendingHints.map((question) => (
						<div class="sc-hint__question" key={question.id}>
							<p class="sc-eyebrow">One more question, optional: it adds escalation advice, not a level.</p>
							<Heading level={sub} class="sc-hint__title">
								{question.question}
							</Heading>
							<AnswerButtons
								unsureLabel={unsure.answer}
								size="small"
								onAnswer={(answer) => answerHint(question.id, answer)}
							/>
						</div>
					))}
					{decision.hints.map((hint) => (
						<p key={hint.criterionId} class="tool-notice tool-notice--warning">
							<strong>{hint.text}</strong>:{' '}
							{hint.unsure
								? `you answered “${unsure.answer}” to “${hint.question}” (${unsure.rule.toLowerCase()})`
								: `you answered ${hintTrigger(hint.criterionId)} to “${hint.question}”`}
						</p>
					))}
				</div>
			)}
			{decision.kind === 'symptom' &&
				props.hintQuestions.map((question) => (
					<Notice key={question.id}>
						Keep in mind: if the answer to “{question.question}” is {yesNo(question.trigger)}, then{' '}
						<strong>{lowerFirst(question.outcome)}</strong>.
					</Notice>
				))}

			<Heading level={sub} id={`${id}-actions`}>
				Required actions
			</Heading>
			<p class="tool-hint sc-checklist__status">
				{done} of {level.actions.length} done. Ticks stay in this browser only.
			</p>
			{props.storageNotice && <Notice tone="warning">{props.storageNotice}</Notice>}
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

			<Heading level={sub}>What decided it</Heading>
			{decision.kind === 'symptom' ? (
				<p>
					Decided by symptom: “{decision.symptom}”, one of the guide’s examples for {level.label}.
				</p>
			) : (
				<>
					<ol class="sc-reasons">
						{decision.reasons
							.filter((reason) => !props.hintQuestions.some((q) => q.id === reason.criterionId))
							.map((reason) => (
								<li key={reason.criterionId}>
									{reason.question} <strong>{answerLabel(reason.answer, unsure.answer)}</strong>
									{reason.answer === 'unsure' && (
										<span class="sc-reasons__decider">
											{' '}
											(counted as {yesNo(reason.countedAs)}: {unsure.rule.toLowerCase()})
										</span>
									)}
									{reason.criterionId === decision.decidingId && (
										<span class="sc-reasons__decider"> (this decided it)</span>
									)}
								</li>
							))}
					</ol>
					{decision.decidedBy === 'unsettled' && <p>{props.unsettledReason}</p>}
					{decision.decidedBy === 'impact' && <p>{props.impactExplanation}</p>}
				</>
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
