import { describe, expect, it } from 'vitest';
import { drScenarioHeading } from '~/lib/backup/dr-scenario-heading';

describe('drScenarioHeading', () => {
	it('is the heading the backup and restore page gives a scenario', () => {
		expect(drScenarioHeading({ number: 1, name: 'Data corruption' })).toBe('Scenario 1: Data corruption');
	});
});
