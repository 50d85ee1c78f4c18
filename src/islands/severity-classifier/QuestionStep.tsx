/** One Yes/No question, with the answers so far above it. */
import type { Ref } from 'preact';
import type { Answer, ClassifierQuestion, Reason } from '../../lib/severity/classify';
import type { LevelView } from './types';
import { Heading } from '../shared/Heading';

interface Props {
	question: ClassifierQuestion;
	/** How the level was settled, while asking its hint question. */
	settledBy?: 'criterion' | 'impact' | 'unsettled' | undefined;
	reasons: Reason[];
	levels: LevelView[];
	headingLevel: number;
	headingRef: Ref<HTMLHeadingElement>;
	onAnswer: (answer: Answer) => void;
	onChange: (index: number) => void;
}

export function QuestionStep(props: Props) {
	const { question, reasons, levels, headingLevel, headingRef, onAnswer, onChange } = props;
	const level = levels.find((l) => l.id === question.levelId);
	const levelName = level ? `${level.label} — ${level.name}` : question.levelId;
	const context =
		question.kind === 'hint'
			? props.settledBy === 'unsettled'
				? `Something is wrong but no criterion fits, so it is ${levelName} (unsure → higher severity). One more question, for the escalation hint.`
				: `${levelName} is settled. One more question, for the escalation hint.`
			: question.kind === 'impact'
				? 'Not SEV1 or SEV2. Is there any impact at all? (This question is not in the guide.)'
				: `Checking for ${levelName}.`;
	return (
		<div class="sc-step">
			{reasons.length > 0 && <AnswersSoFar reasons={reasons} headingLevel={headingLevel} onChange={onChange} />}
			<p class="sc-eyebrow">
				Question {reasons.length + 1} · {context}
			</p>
			<Heading level={headingLevel} class="sc-question" innerRef={headingRef}>
				{question.question}
			</Heading>
			<div class="tool-actions sc-yes-no">
				<button type="button" class="tool-button sc-answer" aria-keyshortcuts="y" onClick={() => onAnswer('yes')}>
					Yes
				</button>
				<button type="button" class="tool-button sc-answer" aria-keyshortcuts="n" onClick={() => onAnswer('no')}>
					No
				</button>
			</div>
			<p class="tool-hint sc-keys">
				Keyboard: <kbd>Y</kbd> for Yes, <kbd>N</kbd> for No.
			</p>
		</div>
	);
}

interface AnswersProps {
	reasons: Reason[];
	headingLevel: number;
	onChange: (index: number) => void;
}

/** The answers given so far; each can be changed, which drops the answers after it. */
function AnswersSoFar({ reasons, headingLevel, onChange }: AnswersProps) {
	return (
		<div class="sc-so-far">
			<Heading level={headingLevel} class="sc-so-far__title">
				Your answers so far
			</Heading>
			<ol class="sc-so-far__list">
				{reasons.map((reason, index) => (
					<li key={reason.criterionId}>
						<span class="sc-so-far__question">{reason.question}</span>{' '}
						<strong class="sc-so-far__answer">{reason.answer === 'yes' ? 'Yes' : 'No'}</strong>{' '}
						<button
							type="button"
							class="tool-link-button"
							aria-label={`Change the answer to “${reason.question}”`}
							onClick={() => onChange(index)}
						>
							Change
						</button>
					</li>
				))}
			</ol>
		</div>
	);
}
