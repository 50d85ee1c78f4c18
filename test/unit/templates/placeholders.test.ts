import { describe, expect, it } from 'vitest';
import { choiceOptions, findPlaceholders } from '~/lib/templates/placeholders';

const tokens = (text: string) => findPlaceholders(text).map((o) => o.token);

describe('findPlaceholders', () => {
	it.each([
		['a bracket', 'WAR ROOM: [Zoom/Slack link]', ['[Zoom/Slack link]']],
		['two brackets on one line', '[SEV1] Update [#N] - [Brief Description]', ['[SEV1]', '[#N]', '[Brief Description]']],
		['a UTC time', 'START TIME: YYYY-MM-DD HH:MM UTC', ['YYYY-MM-DD HH:MM UTC']],
		['a date', '**Date**: YYYY-MM-DD', ['YYYY-MM-DD']],
		['a clock time in a table cell', '| HH:MM | Alert fires | Monitoring |', ['HH:MM']],
		['an incident id', '**Incident ID**: INC-YYYY-MM-DD-NNN', ['INC-YYYY-MM-DD-NNN']],
		['a duration', '**Duration**: X hours Y minutes', ['X hours Y minutes']],
		['a severity list', '**Severity**: SEV1 / SEV2 / SEV3 / SEV4', ['SEV1 / SEV2 / SEV3 / SEV4']],
		['a severity with its name', 'SEVERITY: SEV1 (Critical)', ['SEV1 (Critical)']],
		['an unbracketed choice', 'STATUS: Investigating / Mitigating / Resolved', ['Investigating / Mitigating / Resolved']],
		['a time inside a bracket, as one bracket', 'Service Restored - [YYYY-MM-DD HH:MM UTC]', ['[YYYY-MM-DD HH:MM UTC]']],
		['quotes and slashes inside a bracket', 'IMPACT: [e.g., "All" / "Some"]', ['[e.g., "All" / "Some"]']],
		['plain prose', 'We apologize for the inconvenience and appreciate your patience.', []],
		['literal statuses', '| Action | Owner | Target Date | Status |', []],
	])('finds %s', (_name, text, expected) => {
		expect(tokens(text)).toEqual(expected);
	});

	it('keeps a bracket that spans lines as one placeholder, on the line it starts', () => {
		const found = findPlaceholders('## Root\n[Detailed:\n- one\n- two]\nafter');
		expect(found).toEqual([{ token: '[Detailed:\n- one\n- two]', start: 8, end: 31, line: '[Detailed:', lineIndex: 1 }]);
	});

	it('tells the same placeholder apart by its line', () => {
		const found = findPlaceholders('INCIDENT COMMANDER: [Name]\nON-CALL ENGINEER: [Name]');
		expect(found.map((o) => [o.token, o.line, o.lineIndex])).toEqual([
			['[Name]', 'INCIDENT COMMANDER: [Name]', 0],
			['[Name]', 'ON-CALL ENGINEER: [Name]', 1],
		]);
	});
});

describe('choiceOptions', () => {
	it.each([
		['Investigating / Mitigating / Resolved', ['Investigating', 'Mitigating', 'Resolved']],
		['[Investigating / Working on fix / Testing fix / Resolved]', ['Investigating', 'Working on fix', 'Testing fix', 'Resolved']],
	])('splits %s', (token, expected) => {
		expect(choiceOptions(token)).toEqual(expected);
	});
});
