import type { ComponentChildren } from 'preact';
import { formatDuration, formatDurationShort } from '~/lib/shared/duration';
import type { WhoNowDecision } from '~/lib/escalation/who-now';
import { describeBasis, describeResponse, levelLabel, statusLine } from '~/lib/escalation/who-now-text';
import { ContactValue, contactMissing } from './ContactValue';
import { OtherContacts } from '../shared/OtherContacts';
import { Heading } from '../shared/Heading';
import type { EscalationLookupProps, LevelView } from './types';
import { Notice } from '../shared/Notice';

interface WhoNowResultProps {
	props: EscalationLookupProps;
	decision: WhoNowDecision<LevelView>;
	minutes: number | undefined;
	headingLevel: number;
	actions: ComponentChildren;
}

/** The answer: which level now, why (the guide's words), by when, how to reach them, and what comes next. */
export function WhoNowResult({ props, decision, minutes, headingLevel, actions }: WhoNowResultProps) {
	const { engage, applied, notYet, upcoming, allHands, response } = decision;
	const severity = props.severities.find((s) => s.id === decision.severity?.id);
	const now = new Date();
	const responseText = describeResponse(response, engage, severity?.label, minutes === undefined ? undefined : now);

	return (
		<div class={`tool-card who-now__result who-now__result--level-${engage.number}`}>
			<Heading level={headingLevel} id="who-now-result-heading">
				Engage {levelLabel(engage)} now
			</Heading>
			<p class="who-now__status" role="status">
				{allHands ? 'All hands: ' : ''}
				{levelLabel(engage)}.{' '}
				{statusLine(decision)}
			</p>
			{allHands && (
				<Notice tone="warning">
					A security incident at SEV1 is a security breach. The escalation matrix says “{allHands.situation}: Level 1{' '}
					{allHands.level1}, Level 2 {allHands.level2}, Level 3 {allHands.level3}”.
				</Notice>
			)}
			<dl class="who-now__facts">
				<div>
					<dt>Why</dt>
					<dd>
						{applied.length === 0 ? (
							<>No escalation trigger applies yet, so {levelLabel(engage)} keeps the incident.</>
						) : (
							<ul>
								{applied.map(({ reading, basis }) => (
									<li key={reading.trigger.id}>
										“{reading.trigger.text}”: a Level {reading.from.number} escalation trigger (
										{describeBasis(basis, reading.trigger)}).
									</li>
								))}
							</ul>
						)}
					</dd>
				</div>
				<div>
					<dt>Respond</dt>
					<dd>{responseText}</dd>
				</div>
				<div>
					<dt>Contact</dt>
					<dd>
						<ContactValue level={engage} />
						{contactMissing(engage) && <OtherContacts contacts={props.otherContacts} owner={props.runbookOwner} />}
					</dd>
				</div>
				{severity && (
					<div>
						<dt>{severity.label}</dt>
						<dd>
							{severity.name}. Quick reference: response time {severity.responseTime}; escalation {severity.escalation}.
						</dd>
					</div>
				)}
			</dl>
			{decision.securityBelowSev1 && props.securityCriterion && (
				<Notice tone="warning">
					The guide classes a security incident as SEV1: “{props.securityCriterion.question} →{' '}
					{props.securityCriterion.answer.toUpperCase()} = {props.securityCriterion.outcome}”.
				</Notice>
			)}
			{notYet.length > 0 && (
				<div class="who-now__later">
					<p>Ticked, but not counted yet:</p>
					<ul>
						{notYet.map(({ reading, minutesLeft }) => (
							<li key={reading.trigger.id}>
								“{reading.trigger.text}” counts from {formatDuration(reading.trigger.afterMinutes ?? 0)} after the
								start ({formatDurationShort(minutesLeft)} to go), then engage Level {reading.engages.number}.
							</li>
						))}
					</ul>
				</div>
			)}
			{upcoming.length > 0 && (
				<div class="who-now__later">
					<p>Coming up:</p>
					<ul>
						{upcoming.map(({ reading, atMinutes, inMinutes }) => (
							<li key={reading.trigger.id}>
								At {formatDurationShort(atMinutes)} (in {formatDurationShort(inMinutes)}): “{reading.trigger.text}”{' '}
								{reading.trigger.needsConfirmation ? 'can apply (tick it if so)' : 'applies by itself'}; it engages
								Level {reading.engages.number}.
							</li>
						))}
					</ul>
				</div>
			)}
			<div class="tool-actions">{actions}</div>
		</div>
	);
}

