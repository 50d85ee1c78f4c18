import { describe, expect, it } from 'vitest';
import {
	ALL_HANDS_SEVERITY,
	SECURITY_BREACH_ROW_ID,
	SECURITY_CRITERION_ID,
	SECURITY_TRIGGER_IDS,
	clockTimeUtc,
	decideWhoNow,
	describeDueIn,
	groupTriggers,
	readTriggers,
	toggleTicked,
	responseDue,
	type WhoNowInput,
} from '~/lib/escalation/who-now';
import { loadRunbookData } from '../../helpers/data';

const { escalationLevels: levels, escalationMatrix: matrix, severityLevels } = loadRunbookData();
const severities = severityLevels.map(({ id, label, name }) => ({ id, label, name }));
const decide = (input: Partial<WhoNowInput>) => decideWhoNow({ ticked: [], ...input }, levels, { severities, matrix });
const level = (n: number) => levels.find((l) => l.number === n)!;
const triggers = readTriggers(levels);

describe('reading the triggers', () => {
	it("reads Level 1's triggers as reasons to engage Level 2, Level 2's and Level 3's as reasons to engage Level 3", () => {
		const byLevel = (n: number) => triggers.filter((t) => t.from.number === n).map((t) => t.engages.number);
		expect(byLevel(1)).toEqual([2, 2, 2, 2, 2]);
		expect(byLevel(2)).toEqual([3, 3, 3, 3, 3]);
		expect(byLevel(3)).toEqual([3, 3, 3, 3]);
	});

	it('knows the ids the security rule relies on', () => {
		const ids = triggers.map((t) => t.trigger.id);
		for (const id of SECURITY_TRIGGER_IDS) expect(ids).toContain(id);
		expect(matrix.find((row) => row.id === SECURITY_BREACH_ROW_ID)?.level3).toBe('All-hands');
		expect(severities.map((s) => s.id)).toContain(ALL_HANDS_SEVERITY);
		const criterion = severityLevels.flatMap((s) => s.criteria).find((c) => c.id === SECURITY_CRITERION_ID);
		expect(criterion).toMatchObject({ answer: 'yes', outcome: 'SEV1' });
	});
});

describe('with nothing ticked', () => {
	it('keeps Level 1, and says no trigger applies', () => {
		const decision = decide({});
		expect(decision.engage.number).toBe(1);
		expect(decision.applied).toEqual([]);
		expect(decision.response).toEqual({ kind: 'no-severity', general: level(1).responseTime });
	});
});

describe('each trigger on its own', () => {
	// Time-based triggers have their own rules below; with no minutes given, a tick counts.
	for (const reading of triggers) {
		const { id, text } = reading.trigger;
		it(`"${text}" engages Level ${reading.engages.number}, quoting the guide`, () => {
			const decision = decide({ ticked: [id], severity: 'sev2' });
			expect(decision.engage.number).toBe(reading.engages.number);
			expect(decision.applied.map((a) => a.reading.trigger.text)).toEqual([text]);
		});
		it(`"${text}" alone, at 5 minutes with no severity, engages Level ${reading.engages.number} or waits for its time`, () => {
			const decision = decide({ ticked: [id], minutesSinceStart: 5 });
			if (reading.trigger.afterMinutes === undefined) {
				expect(decision.engage.number).toBe(reading.engages.number);
				expect(decision.applied.map((a) => a.basis)).toEqual(['ticked']);
			} else {
				expect(decision.engage.number).toBe(1);
				expect(decision.notYet).toEqual([{ reading, minutesLeft: reading.trigger.afterMinutes - 5 }]);
			}
		});
	}

	it('takes the highest level any ticked trigger calls in, and lists it first', () => {
		const decision = decide({ ticked: ['data-corruption', 'customer-escalation'] });
		expect(decision.engage.number).toBe(3);
		expect(decision.applied.map((a) => a.reading.trigger.id)).toEqual(['customer-escalation', 'data-corruption']);
	});
});

describe('the 30-minute rule ("Resolution attempts failed after 30 minutes")', () => {
	const id = 'attempts-failed-30-min';

	it('is ahead while under 30 minutes, and says when', () => {
		const decision = decide({ minutesSinceStart: 12 });
		expect(decision.upcoming.find((u) => u.reading.trigger.id === id)).toMatchObject({ atMinutes: 30, inMinutes: 18 });
		expect(decision.suggest).toEqual([]);
	});

	it('ticked before 30 minutes: not yet, with the minutes left', () => {
		const decision = decide({ minutesSinceStart: 29, ticked: [id] });
		expect(decision.engage.number).toBe(1);
		expect(decision.notYet.map((n) => [n.reading.trigger.id, n.minutesLeft])).toEqual([[id, 1]]);
	});

	it('at 30 minutes or more, the page suggests it, but time alone does not escalate', () => {
		for (const minutes of [30, 31, 119]) {
			const decision = decide({ minutesSinceStart: minutes });
			expect(decision.suggest).toEqual([id]);
			expect(decision.engage.number).toBe(1);
		}
	});

	it('at 30 minutes or more and ticked: engage Level 2', () => {
		const decision = decide({ minutesSinceStart: 30, ticked: [id] });
		expect(decision.engage.number).toBe(2);
		expect(decision.applied.map((a) => [a.reading.trigger.id, a.basis])).toEqual([[id, 'time']]);
		expect(decision.suggest).toEqual([]);
	});

	it('ticked with no minutes given: applies, and says the 30 minutes are taken as passed', () => {
		const decision = decide({ ticked: [id] });
		expect(decision.engage.number).toBe(2);
		expect(decision.applied[0]?.basis).toBe('ticked-time-assumed');
	});
});

describe('the 2-hour rule ("Multi-hour outage" = 2 hours or more)', () => {
	const id = 'multi-hour-outage';

	it('applies by itself at 120 minutes and later: engage Level 3', () => {
		for (const minutes of [120, 121, 600]) {
			const decision = decide({ minutesSinceStart: minutes });
			expect(decision.engage.number).toBe(3);
			expect(decision.applied.map((a) => [a.reading.trigger.id, a.basis])).toEqual([[id, 'time']]);
		}
	});

	it('does not apply at 119 minutes, and says it is 1 minute ahead', () => {
		const decision = decide({ minutesSinceStart: 119 });
		expect(decision.engage.number).toBe(1);
		expect(decision.upcoming.map((u) => [u.reading.trigger.id, u.inMinutes])).toEqual([[id, 1]]);
	});

	it('lists upcoming time rules soonest first, and only those that would raise the level', () => {
		expect(decide({ minutesSinceStart: 10 }).upcoming.map((u) => [u.reading.trigger.id, u.inMinutes])).toEqual([
			['attempts-failed-30-min', 20],
			[id, 110],
		]);
		expect(
			decide({ minutesSinceStart: 10, ticked: ['data-corruption'] }).upcoming.map((u) => u.reading.trigger.id)
		).toEqual([id]);
		expect(decide({ minutesSinceStart: 10, ticked: ['software-bug'] }).upcoming).toEqual([]);
	});

	it('ticked with fewer minutes: not yet; ticked with no minutes: applies', () => {
		expect(decide({ minutesSinceStart: 45, ticked: [id] }).notYet.map((n) => n.minutesLeft)).toEqual([75]);
		expect(decide({ ticked: [id] }).engage.number).toBe(3);
	});
});

describe('security', () => {
	it.each(SECURITY_TRIGGER_IDS)('"%s" at SEV1 is a security breach: Level 3, all-hands, from the matrix', (id) => {
		const decision = decide({ severity: 'sev1', ticked: [id] });
		expect(decision.engage.number).toBe(3);
		expect(decision.allHands?.level3).toBe('All-hands');
	});

	it('"security-concern" at SEV2 follows the plain rule: Level 2, no all-hands', () => {
		const decision = decide({ severity: 'sev2', ticked: ['security-concern'] });
		expect(decision.engage.number).toBe(2);
		expect(decision.allHands).toBeUndefined();
	});
});

describe('each severity: response times from the guide, never invented', () => {
	it.each([
		// severity, ticked, engaged level, expected response
		['sev1', [], 1, { kind: 'immediate', text: 'Immediate' }],
		['sev2', [], 1, { kind: 'immediate', text: 'Immediate' }],
		['sev3', [], 1, { kind: 'not-stated', statedFor: ['SEV1', 'SEV2'] }],
		['sev4', [], 1, { kind: 'not-stated', statedFor: ['SEV1', 'SEV2'] }],
		['sev1', ['data-corruption'], 2, { kind: 'deadline', text: '<2 hours', minutes: 120 }],
		['sev2', ['data-corruption'], 2, { kind: 'deadline', text: '<8 hours', minutes: 480 }],
		['sev3', ['data-corruption'], 2, { kind: 'not-stated' }],
		['sev4', ['data-corruption'], 2, { kind: 'not-stated' }],
		['sev1', ['software-bug'], 3, { kind: 'deadline', text: '<4 hours', minutes: 240 }],
		['sev2', ['software-bug'], 3, { kind: 'words', text: 'next business day' }],
		['sev3', ['software-bug'], 3, { kind: 'not-stated' }],
		['sev4', ['software-bug'], 3, { kind: 'not-stated' }],
	] as const)('%s with %j → Level %s, %j', (severity, ticked, engaged, response) => {
		const decision = decide({ severity, ticked });
		expect(decision.engage.number).toBe(engaged);
		expect(decision.severity?.id).toBe(severity);
		expect(decision.response).toMatchObject(response);
	});

	it('counts the deadline from the start: time left, or overdue', () => {
		expect(responseDue(level(2), 'sev1', 45)).toMatchObject({ dueInMinutes: 75 });
		expect(responseDue(level(2), 'sev1', 150)).toMatchObject({ dueInMinutes: -30 });
		expect(responseDue(level(2), 'sev1')).not.toHaveProperty('dueInMinutes');
	});

	it('ignores an unknown severity id as "no such time" rather than failing', () => {
		expect(decide({ severity: 'sev9' }).severity).toBeUndefined();
	});
});

describe('describing the deadline', () => {
	it.each([
		[75, 'within 1 h 15 min from now'],
		[0, 'due now'],
		[-30, 'overdue by 30 min'],
	])('%s min → %s', (minutes, text) => expect(describeDueIn(minutes)).toBe(text));

	it('gives the clock time in UTC', () => {
		const now = new Date('2026-03-01T13:50:00Z');
		expect(clockTimeUtc(now, 15)).toBe('14:05 UTC');
		expect(clockTimeUtc(now, -60)).toBe('12:50 UTC');
		expect(clockTimeUtc(now, 600)).toBe('23:50 UTC');
	});
});

describe('groupTriggers', () => {
	it('groups every trigger by the level it calls in, with the levels it comes from', () => {
		const groups = groupTriggers(levels);
		expect(groups.map((g) => [g.engages.number, g.from])).toEqual([
			[2, [1]],
			[3, [2, 3]],
		]);
		expect(groups.flatMap((g) => g.readings)).toHaveLength(triggers.length);
	});
});

describe('toggleTicked', () => {
	it('adds a trigger once and removes it', () => {
		expect(toggleTicked(['a'], 'b', true)).toEqual(['a', 'b']);
		expect(toggleTicked(['a', 'b'], 'b', true)).toEqual(['a', 'b']);
		expect(toggleTicked(['a', 'b'], 'a', false)).toEqual(['b']);
	});
});

describe('securityBelowSev1', () => {
	const security = SECURITY_TRIGGER_IDS[0];
	it('is set when a security trigger applies below SEV1 or with no severity, never at SEV1', () => {
		expect(decide({ severity: 'sev2', ticked: [security] }).securityBelowSev1).toBe(true);
		expect(decide({ ticked: [security] }).securityBelowSev1).toBe(true);
		expect(decide({ severity: ALL_HANDS_SEVERITY, ticked: [security] }).securityBelowSev1).toBe(false);
		expect(decide({ severity: 'sev2', ticked: [] }).securityBelowSev1).toBe(false);
	});
});
