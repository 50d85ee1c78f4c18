/** One Yes/No question, with the answers so far above it. */
import type { Ref } from 'preact';
import type { Answer, ClassifierQuestion, Reason } from '../../lib/severity/classify';
import type { LevelView } from './types';
import { Heading } from '../shared/Heading';

interface Props {
	question: ClassifierQuestion;
	reasons: Reason[];
	/** The unsure rule: the third answer's label and the rule it applies. */
	unsure: { answer: string; rule: string };
	levels: LevelView[];
	headingLevel: number;
	headingRef: Ref<HTMLHeadingElement>;
	onAnswer: (answer: Answer) => void;
	onChange: (index: number) => void;
}

export function QuestionStep(props: Props) {
	const { question, reasons, levels, headingLevel, headingRef, onAnswer, onChange, unsure } = props;
	const level = levels.find((l) => l.id === question.levelId);
	const levelName = level ? `${level.label} — ${level.name}` : question.levelId;
	const context =
		question.kind === 'impact'
			? 'Not SEV1 or SEV2. Is there any impact at all? (This question is not in the guide.)'
			: `Checking for ${levelName}.`;
	return (
		<div class="sc-step">
			{reasons.length > 0 && (
				<AnswersSoFar reasons={reasons} headingLevel={headingLevel} onChange={onChange} unsureLabel={unsure.answer} />
			)}
			<p class="sc-eyebrow">
				Question {reasons.length + 1} · {context}
			</p>
			<Heading level={headingLevel} class="sc-question" innerRef={headingRef}>
				{question.question}
			</Heading>
			<AnswerButtons unsureLabel={unsure.answer} onAnswer={onAnswer} keys />
			<p class="tool-hint sc-unsure-note">
				{unsure.answer} counts as the answer that leads to the higher severity ({unsure.rule.toLowerCase()}).
				<span class="sc-keys">
					{' '}
					Keyboard: <kbd>Y</kbd> for Yes, <kbd>N</kbd> for No.
				</span>
			</p>
		</div>
	);
}

interface AnswerButtonsProps {
	unsureLabel: string;
	onAnswer: (answer: Answer) => void;
	/** True for the main question: Y and N work anywhere on the tool (see SeverityClassifier). */
	keys?: boolean;
	size?: 'large' | 'small';
}

/** Yes, No and Not sure. */
export function AnswerButtons({ unsureLabel, onAnswer, keys = false, size = 'large' }: AnswerButtonsProps) {
	return (
		<div class={`tool-actions sc-yes-no sc-yes-no--${size}`}>
			<button
				type="button"
				class="tool-button sc-answer"
				aria-keyshortcuts={keys ? 'y' : undefined}
				onClick={() => onAnswer('yes')}
			>
				Yes
			</button>
			<button
				type="button"
				class="tool-button sc-answer"
				aria-keyshortcuts={keys ? 'n' : undefined}
				onClick={() => onAnswer('no')}
			>
				No
			</button>
			<button type="button" class="tool-button sc-answer sc-answer--unsure" onClick={() => onAnswer('unsure')}>
				{unsureLabel}
			</button>
		</div>
	);
}

interface AnswersProps {
	reasons: Reason[];
	unsureLabel: string;
	headingLevel: number;
	onChange: (index: number) => void;
}

/** The answers given so far; each can be changed, which drops the answers after it. */
function AnswersSoFar({ reasons, headingLevel, onChange, unsureLabel }: AnswersProps) {
	return (
		<div class="sc-so-far">
			<Heading level={headingLevel} class="sc-so-far__title">
				Your answers so far
			</Heading>
			<ol class="sc-so-far__list">
				{reasons.map((reason, index) => (
					<li key={reason.criterionId}>
						<span class="sc-so-far__question">{reason.question}</span>{' '}
						<strong class="sc-so-far__answer">
							{reason.answer === 'yes' ? 'Yes' : reason.answer === 'no' ? 'No' : `${unsureLabel} (counted as ${reason.countedAs === 'yes' ? 'Yes' : 'No'})`}
						</strong>{' '}
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
