import type { ComponentChildren } from 'preact';
import { parseDurationInput } from '~/lib/time/duration-input';
import { groupTriggers, toggleTicked, type WhoNowDecision } from '~/lib/escalation/who-now';
import { describeTimeRules, minutesHint, peekText, triggerHint, triggerSources } from '~/lib/escalation/who-now-text';
import { Heading } from '../shared/Heading';
import { WhoNowResult } from './WhoNowResult';
import type { EscalationLookupProps, LevelView } from './types';

interface WhoNowProps {
	props: EscalationLookupProps;
	severity: string;
	onSeverity: (severity: string) => void;
	minutesText: string;
	onMinutesText: (text: string) => void;
	ticked: string[];
	onTicked: (ticked: string[]) => void;
	onClear: () => void;
	decision: WhoNowDecision<LevelView>;
	minutes: number | undefined;
	/** Extra actions under the result (copy link, open on the tool page). */
	actions: ComponentChildren;
	/** With an open incident: its elapsed time, shown instead of the minutes field. */
	incidentMinutes?: ComponentChildren;
}

/** "Who do I need now?": severity, minutes since start and the guide's triggers in; the level to engage out. */
export function WhoNow({
	props,
	severity,
	onSeverity,
	minutesText,
	onMinutesText,
	ticked,
	onTicked,
	onClear,
	decision,
	minutes,
	actions,
	incidentMinutes,
}: WhoNowProps) {
	const { levels, severities, links, headingLevel } = props;
	const parsedMinutes = parseDurationInput(minutesText);
	const groups = groupTriggers(levels);
	const answered = severity !== '' || minutesText.trim() !== '' || ticked.length > 0;
	const toggle = (id: string, on: boolean) => onTicked(toggleTicked(ticked, id, on));

	return (
		<section class="who-now" aria-labelledby="who-now-heading" data-pagefind-ignore>
			<Heading level={headingLevel} id="who-now-heading">
				Who do I need now?
			</Heading>
			<p class="who-now__reading">
				How the triggers are read: Level 1’s escalation triggers are reasons to engage Level 2; Level 2’s and Level 3’s
				are reasons to engage Level 3. {describeTimeRules(levels)}
			</p>
			<div class="who-now__fields">
				<div class="tool-field">
					<label for="who-now-severity">Severity</label>
					<select
						id="who-now-severity"
						value={severity}
						onChange={(event) => onSeverity(event.currentTarget.value)}
						aria-describedby="who-now-severity-hint"
					>
						<option value="">Not decided yet</option>
						{severities.map((s) => (
							<option key={s.id} value={s.id}>
								{s.label} · {s.name}
							</option>
						))}
					</select>
					<p class="tool-hint" id="who-now-severity-hint">
						Not sure? <a href={links.classifier}>Classify the severity</a>.
					</p>
				</div>
				{incidentMinutes ?? <div class="tool-field">
					<label for="who-now-minutes">Minutes since the incident started</label>
					<input
						id="who-now-minutes"
						type="text"
						inputmode="numeric"
						autocomplete="off"
						spellcheck={false}
						value={minutesText}
						onInput={(event) => onMinutesText(event.currentTarget.value)}
						aria-invalid={parsedMinutes.status === 'invalid'}
						aria-describedby={`who-now-minutes-hint${parsedMinutes.status === 'invalid' ? ' who-now-minutes-error' : ''}`}
					/>
					{parsedMinutes.status === 'invalid' && (
						<p class="who-now__error" id="who-now-minutes-error">
							{parsedMinutes.message}
						</p>
					)}
					<p class="tool-hint" id="who-now-minutes-hint">
						{minutesHint(minutesText, parsedMinutes)}
						Update it as time passes: the page keeps the number, not the clock.
					</p>
				</div>}
			</div>
			<div class="who-now__trigger-area">
				{groups.map(({ engages, from, readings: group }) => {
					return (
						<fieldset class="who-now__triggers" key={engages.id}>
							<legend>
								Reasons to engage Level {engages.number} ({engages.name}):{' '}
								<span class="who-now__legend-note">
									{triggerSources(from)} escalation triggers
								</span>
							</legend>
							{group.map(({ trigger }) => {
								const hint = triggerHint(trigger, decision, minutes);
								const hintId = `who-now-hint-${trigger.id}`;
								return (
									<div class={`who-now__trigger${hint ? ` who-now__trigger--${hint.tone}` : ''}`} key={trigger.id}>
										<input
											type="checkbox"
											id={`who-now-${trigger.id}`}
											checked={ticked.includes(trigger.id)}
											onChange={(event) => toggle(trigger.id, event.currentTarget.checked)}
											aria-describedby={hint ? hintId : undefined}
										/>
										<label for={`who-now-${trigger.id}`}>{trigger.text}</label>
										{hint && (
											<p class="who-now__trigger-hint" id={hintId}>
												{hint.text}
											</p>
										)}
									</div>
								);
							})}
						</fieldset>
					);
				})}
				{/* Keeps the answer in sight while ticking boxes far from it (pinned only while the
			    trigger lists are on screen); the result below is the accessible one. */}
				{answered && (
					<p class="who-now__peek" aria-hidden="true">
						{peekText(decision)} ↓
					</p>
				)}
			</div>
			<div class="tool-actions">
				<button type="button" class="tool-button" onClick={onClear}>
					Clear these answers
				</button>
			</div>
			<WhoNowResult
				props={props}
				decision={decision}
				minutes={minutes}
				headingLevel={headingLevel + 1}
				actions={actions}
			/>
		</section>
	);
}
