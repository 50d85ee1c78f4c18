/** The clock: elapsed time, the guide's phase with its actions, the level's required actions, the update countdown. */
import { Heading } from '~/islands/shared/Heading';
import { currentPhase, elapsedMinutes, formatCountdown, formatElapsedClock, type UpdateState } from '~/lib/incident/clock';
import { isChecked, setChecked, snooze, markUpdateSent, startedAt, statusOf, type EditContext, type Incident } from '~/lib/incident/record';
import { utcTime } from '~/lib/incident/report';
import { localBeside } from './time';
import type { ChecklistItem, LevelView, PhaseView } from './types';

interface Props {
	incident: Incident;
	level: LevelView | undefined;
	phases: PhaseView[];
	state: UpdateState;
	now: number;
	change: (edit: (incident: Incident, ctx: EditContext) => Incident) => void;
	notifyState: 'unsupported' | 'default' | 'granted' | 'denied';
	onNotifyMe: () => void;
	headingLevel: number;
}

const SNOOZE_MINUTES = [5, 10, 15];

export function UpdateControls({ state, change, now }: Pick<Props, 'state' | 'change' | 'now'>) {
	if (state.kind !== 'counting' && state.kind !== 'due' && state.kind !== 'snoozed') return null;
	return (
		<div class="tool-actions">
			<button type="button" class="tool-button tool-button--primary" onClick={() => change((i, ctx) => markUpdateSent(i, ctx))}>
				Update #{state.number} sent
			</button>
			{state.kind !== 'counting' &&
				SNOOZE_MINUTES.map((minutes) => (
					<button type="button" class="tool-button" onClick={() => change((i, ctx) => snooze(i, now + minutes * 60_000, ctx))}>
						Snooze {minutes} min
					</button>
				))}
		</div>
	);
}

export function describeUpdate(state: UpdateState): string {
	switch (state.kind) {
		case 'closed':
			return 'No update reminder: the incident is not open.';
		case 'no-cadence':
			return `${state.label} has no fixed update interval (“${state.detail}”), so there is no countdown.`;
		case 'done':
			return `The first update was sent; ${state.label} sets no further interval (“${state.detail}”).`;
		case 'counting':
			return `Update #${state.number} due in ${formatCountdown(state.remainingMs)}, at ${utcTime(state.dueAt)}.`;
		case 'snoozed':
			return `Update #${state.number} was due at ${utcTime(state.dueAt)}; snoozed until ${utcTime(state.until)}.`;
		case 'due':
			return `Update #${state.number} is due now: it was due at ${utcTime(state.dueAt)} (${formatCountdown(state.overdueMs, true)} ago).`;
	}
}

function Checklist({ items, incident, change, label }: { items: ChecklistItem[]; incident: Incident; change: Props['change']; label: string }) {
	return (
		<ul class="ic-checklist" aria-label={label}>
			{items.map((item) => (
				<li>
					<label class="ic-check">
						<input
							type="checkbox"
							checked={isChecked(incident, item.key)}
							onChange={(event) => {
								const checked = event.currentTarget.checked;
								change((i, ctx) => setChecked(i, item.key, item.text, checked, ctx));
							}}
						/>
						<span dangerouslySetInnerHTML={{ __html: item.html }} />
					</label>
				</li>
			))}
		</ul>
	);
}

export function ClockPanel({ incident, level, phases, state, now, change, notifyState, onNotifyMe, headingLevel }: Props) {
	const elapsed = elapsedMinutes(incident, now);
	const phase = currentPhase(phases, elapsed, statusOf(incident));
	return (
		<section class="tool ic-clock" aria-labelledby="ic-clock-heading">
			<Heading level={headingLevel} id="ic-clock-heading">
				Clock
			</Heading>
			<p class="ic-elapsed">
				<span class="ic-elapsed__value">{formatElapsedClock(now - startedAt(incident))}</span>{' '}
				<span>
					since the start, {utcTime(startedAt(incident))} ({localBeside(startedAt(incident))})
				</span>
			</p>
			<div class={`tool-card ic-update ic-update--${state.kind}`}>
				<p>
					<strong>Next update: </strong>
					{describeUpdate(state)}
				</p>
				<UpdateControls state={state} change={change} now={now} />
				{notifyState !== 'unsupported' && state.kind !== 'closed' && state.kind !== 'no-cadence' && (
					<p class="ic-small">
						{notifyState === 'granted' ? (
							'A browser notification will also say when an update is due (while this page is open).'
						) : notifyState === 'denied' ? (
							'Browser notifications are blocked for this site; the banner and the tab title still say when an update is due.'
						) : (
							<button type="button" class="tool-button" onClick={onNotifyMe}>
								Notify me
							</button>
						)}
					</p>
				)}
			</div>
			<Heading level={headingLevel + 1} id="ic-phase-heading">
				Phase: {phase.name} ({phase.window})
			</Heading>
			<p>
				{phase.goal}. <a href={phase.href}>The phase in the guide</a>
			</p>
			<Checklist items={phase.checklist} incident={incident} change={change} label={`${phase.name} actions`} />
			{level && (
				<>
					<Heading level={headingLevel + 1} id="ic-required-heading">
						{level.label} required actions
					</Heading>
					<Checklist items={level.checklist} incident={incident} change={change} label={`${level.label} required actions`} />
				</>
			)}
		</section>
	);
}
