/** Reads the real runbook data files and parses them with the same schemas the build uses. */
import { readFileSync, readdirSync } from 'node:fs';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { SeverityLevelSchema } from '~/schemas/severity';
import { ResponsePhaseSchema } from '~/schemas/response-phase';
import { EscalationLevelSchema, EscalationMatrixRowSchema } from '~/schemas/escalation';
import { CommunicationTemplateSchema } from '~/schemas/template';
import { OrganisationSchema } from '~/schemas/organisation';

export const DATA_DIR = new URL('../../content/data/', import.meta.url).pathname;

export function readYaml(path: string): unknown {
	return yaml.load(readFileSync(path, 'utf8'));
}

export function loadRunbookData() {
	const templatesDir = `${DATA_DIR}templates/`;
	return {
		severityLevels: z.array(SeverityLevelSchema).parse(readYaml(`${DATA_DIR}severity-levels.yaml`)),
		responsePhases: z.array(ResponsePhaseSchema).parse(readYaml(`${DATA_DIR}response-phases.yaml`)),
		escalationLevels: z.array(EscalationLevelSchema).parse(readYaml(`${DATA_DIR}escalation-levels.yaml`)),
		escalationMatrix: z.array(EscalationMatrixRowSchema).parse(readYaml(`${DATA_DIR}escalation-matrix.yaml`)),
		templates: readdirSync(templatesDir)
			.filter((name) => name.endsWith('.yaml'))
			.sort()
			.map((name) => CommunicationTemplateSchema.parse(readYaml(templatesDir + name))),
		organisation: OrganisationSchema.parse(
			(readYaml(`${DATA_DIR}organisation.yaml`) as { organisation: unknown }).organisation
		),
	};
}
