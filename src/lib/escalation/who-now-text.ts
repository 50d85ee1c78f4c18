/**
 * The words of a "who now" answer, shared by the page and the "Copy summary" text so the two
 * can never say different things. Quotes are the guide's own wording from the data.
 */
import type { EscalationLevel, EscalationTrigger } from '../../schemas/escalation';
import { formatDuration, formatDurationShort } from '../shared/duration';
import type { DurationInput } from '../time/duration-input';
import { clockTimeUtc, describeDueIn, type AppliedBasis, type ResponseDue, type WhoNowDecision } from './who-now';

/** "Level 2 (Senior Engineer)". */
export function levelLabel(level: Pick<EscalationLevel, 'number' | 'name'>): string {
	return `Level ${level.number} (${level.name})`;
}

/** One sentence on when the level must respond; `now` adds the clock time of the deadline. */
export function describeResponse(
	response: ResponseDue,
	level: Pick<EscalationLevel, 'number' | 'name'>,
	severityLabel?: string,
	now?: Date
): string {
	const who = `Level ${level.number}`;
	switch (response.kind) {
		case 'no-severity':
			return `Choose the severity to see ${who}'s response time. The guide says: “${response.general}”.`;
		case 'not-stated':
			return `The guide gives no ${who} response time for ${severityLabel ?? 'this severity'}${
				response.statedFor.length > 0 ? ` (only for ${response.statedFor.join(' and ')}: “${response.general}”)` : ''
			}.`;
		case 'immediate':
			return `${response.text}, as the guide says for ${severityLabel ?? 'this severity'}.`;
		case 'words':
			return `“${response.text}” for ${severityLabel ?? 'this severity'}, as the guide says (it gives no hour count).`;
		case 'deadline': {
			const base = `“${response.text}” for ${severityLabel ?? 'this severity'}, counted from the start of the incident`;
			if (response.dueInMinutes === undefined) {
				return `${base}. Enter the minutes since the start to see how long is left.`;
			}
			const due = describeDueIn(response.dueInMinutes);
			const clock = now
				? ` (${response.dueInMinutes < 0 ? 'was due' : 'by'} ~${clockTimeUtc(now, response.dueInMinutes)})`
				: '';
			return `${base}: ${due}${clock}.`;
		}
	}
}

/** Why a trigger counts, in a few words. */
export function describeBasis(
	basis: AppliedBasis,
	trigger: Pick<EscalationTrigger, 'afterMinutes' | 'needsConfirmation'>
): string {
	const after = trigger.afterMinutes === undefined ? 'the time' : formatDuration(trigger.afterMinutes);
	switch (basis) {
		case 'ticked':
			return 'you ticked it';
		case 'time':
			return `${after} or more since the start${trigger.needsConfirmation ? ', and you ticked it' : ''}`;
		case 'ticked-time-assumed':
			return `you ticked it; you gave no minutes, so ${after} are taken as passed`;
	}
}

/** Options for the plain-text summary. */
export interface SummaryOptions {
	minutesSinceStart?: number | undefined;
	/** The contact for the engaged level, e.g. "Direct phone/Slack to senior engineer on-call: +1 555 0100". */
	contact: string;
	now?: Date;
}

/** A few plain lines for Slack or the incident doc. */
export function summariseWhoNow(decision: WhoNowDecision, options: SummaryOptions): string {
	const context = [
		decision.severity?.label,
		options.minutesSinceStart === undefined ? undefined : `${formatDurationShort(options.minutesSinceStart)} since start`,
	].filter(Boolean);
	const lines = [`Engage now: ${levelLabel(decision.engage)}${context.length > 0 ? ` (${context.join(', ')})` : ''}.`];
	if (decision.allHands) {
		const row = decision.allHands;
		lines.push(
			`All-hands: a security incident at SEV1 is a security breach; the escalation matrix says “${row.situation}: Level 1 ${row.level1}, Level 2 ${row.level2}, Level 3 ${row.level3}”.`
		);
	}
	if (decision.applied.length === 0) {
		lines.push(`Why: no escalation trigger applies yet, so ${levelLabel(decision.engage)} keeps the incident.`);
	}
	for (const { reading, basis } of decision.applied) {
		lines.push(
			`Why: “${reading.trigger.text}” (a Level ${reading.from.number} escalation trigger: ${describeBasis(basis, reading.trigger)}).`
		);
	}
	lines.push(`Respond: ${describeResponse(decision.response, decision.engage, decision.severity?.label, options.now)}`);
	lines.push(`Contact: ${options.contact}`);
	return lines.join('\n');
}

/** A level's response time in a few words, for the chosen severity when there is one. */
export function shortResponse(
	level: Pick<EscalationLevel, 'responseTime' | 'responseTimes'>,
	severity?: { id: string; label: string }
): string {
	if (!severity) return level.responseTime;
	const time = level.responseTimes.find((t) => t.severity === severity.id);
	return time
		? `${time.text} for ${severity.label}`
		: `none given for ${severity.label} (the guide: ${level.responseTime})`;
}

/** What to say next to a time-based trigger's checkbox; `suggest` marks the one to point out now. */
export interface TriggerHint {
	text: string;
	tone: 'info' | 'suggest' | 'applies' | 'waiting';
}

/** The hint for one trigger's checkbox, or undefined for triggers that do not depend on time. */
export function triggerHint(
	trigger: Pick<EscalationTrigger, 'id' | 'text' | 'afterMinutes' | 'needsConfirmation'>,
	decision: Pick<WhoNowDecision, 'applied' | 'notYet' | 'suggest'>,
	minutesSinceStart: number | undefined
): TriggerHint | undefined {
	if (trigger.afterMinutes === undefined) return undefined;
	const after = formatDuration(trigger.afterMinutes);
	const since = minutesSinceStart === undefined ? '' : formatDurationShort(minutesSinceStart);
	if (decision.suggest.includes(trigger.id)) {
		return { tone: 'suggest', text: `It has been ${since}. If your attempts have not fixed it, tick this.` };
	}
	const waiting = decision.notYet.find((n) => n.reading.trigger.id === trigger.id);
	if (waiting) {
		return {
			tone: 'waiting',
			text: `Not yet: counts from ${after} after the start, ${formatDurationShort(waiting.minutesLeft)} to go.`,
		};
	}
	const applied = decision.applied.find((a) => a.reading.trigger.id === trigger.id);
	if (applied?.basis === 'time') {
		return {
			tone: 'applies',
			text: `Applies: ${since} since the start${trigger.needsConfirmation ? ', and you ticked it' : ''}.`,
		};
	}
	if (applied?.basis === 'ticked-time-assumed') {
		return { tone: 'applies', text: `Applies: you gave no minutes, so ${after} are taken as passed.` };
	}
	return trigger.needsConfirmation
		? { tone: 'info', text: `Counts from ${after} after the start, once you tick it.` }
		: { tone: 'info', text: `Counts by itself from ${after} after the start (“${trigger.text}” = ${after} or more).` };
}

/** The time rules in one sentence, from the triggers that carry `afterMinutes`. */
export function describeTimeRules(levels: readonly Pick<EscalationLevel, 'triggers'>[]): string {
	const rules = levels
		.flatMap((level) => level.triggers)
		.filter((trigger) => trigger.afterMinutes !== undefined)
		.map((trigger) => {
			const after = formatDuration(trigger.afterMinutes!);
			return trigger.needsConfirmation
				? `“${trigger.text}” counts once ${after} have passed and you tick it`
				: `“${trigger.text}” = ${after} or more since the start`;
		});
	return rules.length === 0 ? '' : `Time rules: ${rules.join('; ')}.`;
}

/** "Level 1’s", "Level 2’s and Level 3’s": whose escalation triggers a group holds. */
export function triggerSources(from: readonly number[]): string {
	return from.map((number) => `Level ${number}’s`).join(' and ');
}

/** The one-line status under the result heading: how many triggers apply and when the response is due. */
export function statusLine(decision: Pick<WhoNowDecision, 'applied' | 'response'>): string {
	const { applied, response } = decision;
	const count =
		applied.length === 0
			? 'No escalation trigger applies yet.'
			: `${applied.length} escalation ${applied.length === 1 ? 'trigger applies' : 'triggers apply'}.`;
	const due = response.kind === 'deadline' && response.dueInMinutes !== undefined ? `Response ${shortDue(response.dueInMinutes)}.` : '';
	return `${count} ${due}`;
}

/** "due in 15 min", "due now", "overdue by 5 min". */
function shortDue(dueInMinutes: number): string {
	if (dueInMinutes > 0) return `due in ${formatDurationShort(dueInMinutes)}`;
	if (dueInMinutes === 0) return 'due now';
	return `overdue by ${formatDurationShort(-dueInMinutes)}`;
}

/** The pinned reminder beside the trigger lists: "Now: Level 2 (Engineering Lead) · within 15 min from now". */
export function peekText(decision: Pick<WhoNowDecision, 'engage' | 'response'>): string {
	const { engage, response } = decision;
	const due = response.kind === 'deadline' && response.dueInMinutes !== undefined ? ` · ${describeDueIn(response.dueInMinutes)}` : '';
	return `Now: Level ${engage.number} (${engage.name})${due}`;
}

/** The hint under the minutes field: how a duration such as "1h30" was read, or an example. */
export function minutesHint(text: string, parsed: DurationInput): string {
	return parsed.status === 'ok' && !/^\d+$/.test(text.trim())
		? `Read as ${formatDurationShort(parsed.minutes)}. `
		: 'For example 45, or 1h30. ';
}
