import type { DrScenario } from '../../schemas/backup';

/** The heading each scenario has on the backup and restore page: "Scenario 1: Data corruption". */
export function drScenarioHeading(scenario: Pick<DrScenario, 'number' | 'name'>): string {
	return `Scenario ${scenario.number}: ${scenario.name}`;
}
