import { describe, expect, it } from 'vitest';
import { decideWhoNow, responseDue } from '~/lib/who-now';
import { describeBasis, describeResponse, levelLabel, summariseWhoNow } from '~/lib/who-now-text';
import { loadRunbookData } from '../helpers/data';

const { escalationLevels: levels, escalationMatrix: matrix, severityLevels } = loadRunbookData();
const severities = severityLevels.map(({ id, label, name }) => ({ id, label, name }));
const level = (n: number) => levels.find((l) => l.number === n)!;
const now = new Date('2026-03-01T13:50:00Z');

describe('describeResponse', () => {
	it.each([
		[2, undefined, undefined, 'Choose the severity to see Level 2\'s response time. The guide says: “<2 hours (for SEV1), <8 hours (for SEV2)”.'],
		[2, 'sev3', undefined, 'The guide gives no Level 2 response time for SEV3 (only for SEV1 and SEV2: “<2 hours (for SEV1), <8 hours (for SEV2)”).'],
		[1, 'sev1', undefined, 'Immediate, as the guide says for SEV1.'],
		[3, 'sev2', undefined, '“next business day” for SEV2, as the guide says (it gives no hour count).'],
		[2, 'sev1', undefined, '“<2 hours” for SEV1, counted from the start of the incident. Enter the minutes since the start to see how long is left.'],
		[2, 'sev1', 45, '“<2 hours” for SEV1, counted from the start of the incident: within 1 h 15 min from now (by ~15:05 UTC).'],
		[2, 'sev1', 150, '“<2 hours” for SEV1, counted from the start of the incident: overdue by 30 min (was due ~13:20 UTC).'],
	] as const)('Level %s, %s, %s min', (n, severity, minutes, text) => {
		const response = responseDue(level(n), severity, minutes);
		expect(describeResponse(response, level(n), severity?.toUpperCase(), now)).toBe(text);
	});
});

describe('describeBasis', () => {
	it('says why a trigger counts', () => {
		expect(describeBasis('ticked')).toBe('you ticked it');
		expect(describeBasis('time', 120)).toBe('2 h or more since the start');
		expect(describeBasis('ticked-time-assumed', 30)).toBe('you ticked it; no minutes given, so 30 min is taken as passed');
	});
});

describe('summariseWhoNow', () => {
	it('gives plain lines to paste into Slack', () => {
		const decision = decideWhoNow({ severity: 'sev1', minutesSinceStart: 45, ticked: ['data-corruption'] }, levels, { severities, matrix });
		expect(summariseWhoNow(decision, { minutesSinceStart: 45, contact: 'Direct phone/Slack to senior engineer on-call (not configured)', now })).toBe(
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
		expect(summariseWhoNow(calm, { contact: 'x' })).toContain(`no escalation trigger applies yet, so ${levelLabel(level(1))} keeps the incident`);
	});
});
