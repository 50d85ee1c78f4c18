import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Vitest's own order, except that the two files that build scratch copies of the project
 * (test/build/data/) go first. They are the longest files of the unit and build layers by far
 * (most of their time in child processes, before their first test reports), and Vitest's order
 * (by the last run's durations, which leave out that time, or by file size on a fresh clone)
 * could start one of them last, after the short files: the layer then waited for it alone.
 */
export default class ScratchBuildsFirst extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const sorted = await super.sort(files);
		const scratch = (spec: TestSpecification) => spec.moduleId.includes('/test/build/data/');
		return [...sorted.filter(scratch), ...sorted.filter((spec) => !scratch(spec))];
	}
}
