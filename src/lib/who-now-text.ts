/**
 * The words of a "who now" answer, shared by the page and the "Copy summary" text so the two
 * can never say different things. Quotes are the guide's own wording from the data.
 */
import type { EscalationLevel } from '../schemas/escalation';
import { formatMinutes } from './stated-time';
import { clockTimeUtc, describeDueIn, type AppliedBasis, type ResponseDue, type WhoNowDecision } from './who-now';

/** "Level 2 (Senior Engineer)". */
export function levelLabel(level: Pick<EscalationLevel, 'number' | 'name'>): string {
	return `Level ${level.number} (${level.name})`;
}

/** One sentence on when the level must respond; `now` adds the clock time of the deadline. */
export function describeResponse(response: ResponseDue, level: Pick<EscalationLevel, 'number' | 'name'>, severityLabel?: string, now?: Date): string {
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
			const clock = now ? ` (${response.dueInMinutes < 0 ? 'was due' : 'by'} ~${clockTimeUtc(now, response.dueInMinutes)})` : '';
			return `${base}: ${due}${clock}.`;
		}
	}
}

/** Why a trigger counts, in a few words. */
export function describeBasis(basis: AppliedBasis, afterMinutes?: number): string {
	switch (basis) {
		case 'ticked':
			return 'you ticked it';
		case 'time':
			return afterMinutes === undefined ? 'time' : `${formatMinutes(afterMinutes)} or more since the start`;
		case 'ticked-time-assumed':
			return `you ticked it; no minutes given, so ${afterMinutes === undefined ? 'the time' : formatMinutes(afterMinutes)} is taken as passed`;
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
		options.minutesSinceStart === undefined ? undefined : `${formatMinutes(options.minutesSinceStart)} since start`,
	].filter(Boolean);
	const lines = [
		`Engage now: ${levelLabel(decision.engage)}${context.length > 0 ? ` (${context.join(', ')})` : ''}.`,
	];
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
			`Why: “${reading.trigger.text}” (a Level ${reading.from.number} escalation trigger: ${describeBasis(basis, reading.trigger.afterMinutes)}).`
		);
	}
	lines.push(`Respond: ${describeResponse(decision.response, decision.engage, decision.severity?.label, options.now)}`);
	lines.push(`Contact: ${options.contact}`);
	return lines.join('\n');
}
