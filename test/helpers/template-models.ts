/** The real templates as generator models, and the severity info the fill needs, for unit tests. */
import { buildTemplateModel, type TemplateModel } from '~/lib/templates/model';
import type { SeverityInfo } from '~/lib/templates/fill';
import { loadRunbookData } from './data';

const data = loadRunbookData();

/** The model of a real template by id (organisation tokens left as written in the YAML). */
export function realModel(id: string): TemplateModel {
	const template = data.templates.find((t) => t.id === id);
	if (!template) throw new Error(`no template ${id}`);
	return buildTemplateModel(template).model;
}

/** The real severity level by id, in the shape the fill takes. */
export function realSeverity(id: string): SeverityInfo {
	const level = data.severityLevels.find((l) => l.id === id);
	if (!level) throw new Error(`no severity ${id}`);
	return { id: level.id, label: level.label, name: level.name, communication: level.communication };
}

export const realTemplateIds = data.templates.map((t) => t.id);
