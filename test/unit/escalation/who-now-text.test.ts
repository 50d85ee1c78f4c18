import { describe, expect, it } from 'vitest';
import { decideWhoNow, responseDue } from '~/lib/escalation/who-now';
import {
	describeBasis,
	describeResponse,
	describeTimeRules,
	levelLabel,
	minutesHint,
	peekText,
	shortResponse,
	statusLine,
	triggerSources,
	summariseWhoNow,
	triggerHint,
} from '~/lib/escalation/who-now-text';
import { parseDurationInput } from '~/lib/time/duration-input';
import { loadRunbookData } from '../../helpers/data';

const { escalationLevels: levels, escalationMatrix: matrix, severityLevels } = loadRunbookData();
const severities = severityLevels.map(({ id, label, name }) => ({ id, label, name }));
const level = (n: number) => levels.find((l) => l.number === n)!;
const now = new Date('2026-03-01T13:50:00Z');

describe('describeResponse', () => {
	it.each([
		[
			2,
			undefined,
			undefined,
			"Choose the severity to see Level 2's response time. The guide says: “<2 hours (for SEV1), <8 hours (for SEV2)”.",
		],
		[
			2,
			'sev3',
			undefined,
			'The guide gives no Level 2 response time for SEV3 (only for SEV1 and SEV2: “<2 hours (for SEV1), <8 hours (for SEV2)”).',
		],
		[1, 'sev1', undefined, 'Immediate, as the guide says for SEV1.'],
		[3, 'sev2', undefined, '“next business day” for SEV2, as the guide says (it gives no hour count).'],
		[
			2,
			'sev1',
			undefined,
			'“<2 hours” for SEV1, counted from the start of the incident. Enter the minutes since the start to see how long is left.',
		],
		[
			2,
			'sev1',
			45,
			'“<2 hours” for SEV1, counted from the start of the incident: within 1 h 15 min from now (by ~15:05 UTC).',
		],
		[
			2,
			'sev1',
			150,
			'“<2 hours” for SEV1, counted from the start of the incident: overdue by 30 min (was due ~13:20 UTC).',
		],
	] as const)('Level %s, %s, %s min', (n, severity, minutes, text) => {
		const response = responseDue(level(n), severity, minutes);
		expect(describeResponse(response, level(n), severity?.toUpperCase(), now)).toBe(text);
	});
});

describe('describeBasis', () => {
	it('says why a trigger counts', () => {
		expect(describeBasis('ticked', {})).toBe('you ticked it');
		expect(describeBasis('time', { afterMinutes: 120 })).toBe('2 hours or more since the start');
		expect(describeBasis('time', { afterMinutes: 30, needsConfirmation: true })).toBe(
			'30 minutes or more since the start, and you ticked it'
		);
		expect(describeBasis('ticked-time-assumed', { afterMinutes: 30 })).toBe(
			'you ticked it; you gave no minutes, so 30 minutes are taken as passed'
		);
	});
});


describe('triggerHint', () => {
	const levelsTriggers = levels.flatMap((l) => l.triggers);
	const trigger = (id: string) => levelsTriggers.find((t) => t.id === id)!;
	const hint = (id: string, input: { minutesSinceStart?: number; ticked?: string[] }) => {
		const decision = decideWhoNow({ ticked: input.ticked ?? [], minutesSinceStart: input.minutesSinceStart }, levels);
		return triggerHint(trigger(id), decision, input.minutesSinceStart);
	};

	it('has nothing to say for triggers that do not depend on time', () => {
		expect(hint('data-corruption', { minutesSinceStart: 45 })).toBeUndefined();
	});

	it('explains the 30-minute rule at each stage', () => {
		expect(hint('attempts-failed-30-min', {})).toEqual({
			tone: 'info',
			text: 'Counts from 30 minutes after the start, once you tick it.',
		});
		expect(hint('attempts-failed-30-min', { minutesSinceStart: 20, ticked: ['attempts-failed-30-min'] })).toEqual({
			tone: 'waiting',
			text: 'Not yet: counts from 30 minutes after the start, 10 min to go.',
		});
		expect(hint('attempts-failed-30-min', { minutesSinceStart: 45 })).toEqual({
			tone: 'suggest',
			text: 'It has been 45 min. If your attempts have not fixed it, tick this.',
		});
		expect(hint('attempts-failed-30-min', { minutesSinceStart: 45, ticked: ['attempts-failed-30-min'] })).toEqual({
			tone: 'applies',
			text: 'Applies: 45 min since the start, and you ticked it.',
		});
		expect(hint('attempts-failed-30-min', { ticked: ['attempts-failed-30-min'] })).toEqual({
			tone: 'applies',
			text: 'Applies: you gave no minutes, so 30 minutes are taken as passed.',
		});
	});

	it('explains the 2-hour rule: multi-hour = 2 hours or more', () => {
		expect(hint('multi-hour-outage', { minutesSinceStart: 90 })).toEqual({
			tone: 'info',
			text: 'Counts by itself from 2 hours after the start (“Multi-hour outage” = 2 hours or more).',
		});
		expect(hint('multi-hour-outage', { minutesSinceStart: 130 })).toEqual({
			tone: 'applies',
			text: 'Applies: 2 h 10 min since the start.',
		});
	});
});

describe('shortResponse', () => {
	it('gives the time for the chosen severity, or says there is none', () => {
		expect(shortResponse(level(2), { id: 'sev1', label: 'SEV1' })).toBe('<2 hours for SEV1');
		expect(shortResponse(level(3), { id: 'sev2', label: 'SEV2' })).toBe('next business day for SEV2');
		expect(shortResponse(level(2), { id: 'sev3', label: 'SEV3' })).toBe(
			'none given for SEV3 (the guide: <2 hours (for SEV1), <8 hours (for SEV2))'
		);
		expect(shortResponse(level(2))).toBe('<2 hours (for SEV1), <8 hours (for SEV2)');
	});
});

describe('summariseWhoNow', () => {
	it('gives plain lines to paste into Slack', () => {
		const decision = decideWhoNow({ severity: 'sev1', minutesSinceStart: 45, ticked: ['data-corruption'] }, levels, {
			severities,
			matrix,
		});
		expect(
			summariseWhoNow(decision, {
				minutesSinceStart: 45,
				contact: 'Direct phone/Slack to senior engineer on-call (not configured)',
				now,
			})
		).toBe(
			[
				'Engage now: Level 2 (Senior Engineer) (SEV1, 45 min since start).',
				'Why: “Data corruption detected” (a Level 1 escalation trigger: you ticked it).',
				'Respond: “<2 hours” for SEV1, counted from the start of the incident: within 1 h 15 min from now (by ~15:05 UTC).',
				'Contact: Direct phone/Slack to senior engineer on-call (not configured)',
			].join('\n')
		);
	});

	it('quotes the matrix for a security breach at SEV1, and says when nothing applies', () => {
		const breach = decideWhoNow({ severity: 'sev1', ticked: ['security-concern'] }, levels, { severities, matrix });
		expect(summariseWhoNow(breach, { contact: 'x' })).toContain(
			'the escalation matrix says “Security breach: Level 1 Escalate →, Level 2 Escalate →, Level 3 All-hands”'
		);
		const calm = decideWhoNow({ ticked: [] }, levels);
		expect(summariseWhoNow(calm, { contact: 'x' })).toContain(
			`no escalation trigger applies yet, so ${levelLabel(level(1))} keeps the incident`
		);
	});
});

describe('describeTimeRules', () => {
	it('states both time rules in one sentence', () => {
		expect(describeTimeRules(levels)).toBe(
			'Time rules: “Resolution attempts failed after 30 minutes” counts once 30 minutes have passed and you tick it; “Multi-hour outage” = 2 hours or more since the start.'
		);
	});
});

describe('the tool’s short lines', () => {
	const decide = (input: { severity?: string; minutesSinceStart?: number; ticked?: string[] }) =>
		decideWhoNow({ ticked: [], ...input }, levels, { severities, matrix });

	it.each([
		[[1], 'Level 1’s'],
		[[2, 3], 'Level 2’s and Level 3’s'],
	])('names whose triggers a group holds: %j', (from, text) => expect(triggerSources(from)).toBe(text));

	it('says how many triggers apply and when the response is due', () => {
		expect(statusLine(decide({}))).toBe('No escalation trigger applies yet. ');
		const ticked = decide({ ticked: [levels[0]!.triggers[0]!.id] });
		expect(statusLine(ticked)).toBe('1 escalation trigger applies. ');
		const due = decide({ severity: 'sev1', minutesSinceStart: 0, ticked: [levels[0]!.triggers[0]!.id] });
		expect(due.response.kind).toBe('deadline');
		expect(statusLine(due)).toMatch(/^1 escalation trigger applies\. Response due in .+\.$/);
		const late = decide({ severity: 'sev1', minutesSinceStart: 600, ticked: [levels[0]!.triggers[0]!.id] });
		expect(statusLine(late)).toMatch(/Response overdue by .+\.$/);
	});

	it('keeps the level to engage in sight', () => {
		expect(peekText(decide({}))).toBe(`Now: Level 1 (${level(1).name})`);
		const due = decide({ severity: 'sev1', minutesSinceStart: 0, ticked: [levels[0]!.triggers[0]!.id] });
		expect(peekText(due)).toMatch(new RegExp(`^Now: Level ${due.engage.number} \\(${due.engage.name}\\) · within .+ from now$`));
	});

	it('says how a duration was read, or gives an example', () => {
		expect(minutesHint('1h30', parseDurationInput('1h30'))).toBe('Read as 1 h 30 min. ');
		expect(minutesHint('45', parseDurationInput('45'))).toBe('For example 45, or 1h30. ');
		expect(minutesHint('', parseDurationInput(''))).toBe('For example 45, or 1h30. ');
	});
});
