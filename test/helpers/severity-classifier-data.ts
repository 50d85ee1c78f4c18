/** Reads the real severity levels and the classifier's own rules with the schemas the build uses. */
import { z } from 'astro/zod';
import { SeverityLevelSchema } from '~/schemas/severity';
import { SeverityClassifierRulesSchema } from '~/schemas/severity-classifier';
import { DATA_DIR, readYaml } from './data';

export function loadSeverityData() {
	const levels = z
		.array(SeverityLevelSchema)
		.parse(readYaml(`${DATA_DIR}severity-levels.yaml`))
		.sort((a, b) => a.order - b.order);
	const rules = SeverityClassifierRulesSchema.parse(
		(readYaml(`${DATA_DIR}severity-classifier.yaml`) as { classifier: unknown }).classifier
	);
	return { levels, rules };
}
