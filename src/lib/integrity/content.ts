import type { SeverityLevel, StatedTime } from '../../schemas/severity';
import type { EscalationLevel, EscalationMatrixRow } from '../../schemas/escalation';
import type { CommunicationTemplate } from '../../schemas/template';
import type { Organisation } from '../../schemas/organisation';
import { findOrganisationTokens } from '../shared/organisation-tokens';
import { parseStatedMinutes } from '../time/stated-time';

/** Everything the cross-file checks look at. */
export interface RunbookData {
	severityLevels: SeverityLevel[];
	escalationLevels: EscalationLevel[];
	escalationMatrix: EscalationMatrixRow[];
	templates: CommunicationTemplate[];
	organisation: Organisation;
	/** Slugs of the published docs pages; when given, `resolvedBy` links are checked. */
	docSlugs?: string[];
}

/**
 * Checks what a schema cannot see on one file: references between files and facts stated twice
 * within an entry. Returns one readable problem per line, naming the file and the field.
 */
export function checkContentIntegrity(data: RunbookData): string[] {
	const problems: string[] = [];
	const severityIds = new Set(data.severityLevels.map((level) => level.id));
	const severityLabels = new Set(data.severityLevels.map((level) => level.label));

	const orders = data.severityLevels.map((level) => level.order).sort((a, b) => a - b);
	orders.forEach((order, index) => {
		if (order !== index + 1) {
			problems.push(
				`content/data/severity-levels.yaml: "order" must run 1..${orders.length} without gaps or repeats (found ${orders.join(', ')})`
			);
		}
	});

	for (const level of data.severityLevels) {
		const where = `content/data/severity-levels.yaml (${level.id})`;
		if (level.label.toLowerCase() !== level.id) {
			problems.push(`${where}: "label" ${level.label} does not match id ${level.id}`);
		}
		problems.push(...checkStatedTime(level.responseTime, `${where} "responseTime"`));
		problems.push(...checkStatedTime(level.rto, `${where} "rto"`));
		for (const criterion of level.criteria) {
			if (!criterion.hint && !severityLabels.has(criterion.outcome)) {
				problems.push(
					`${where}: criterion "${criterion.id}" has outcome "${criterion.outcome}", which is no severity label; mark it "hint: true" if it is advice`
				);
			}
		}
	}
	const criterionIds = data.severityLevels.flatMap((level) => level.criteria.map((c) => c.id));
	for (const id of findRepeats(criterionIds)) {
		problems.push(`content/data/severity-levels.yaml: criterion id "${id}" is used twice`);
	}

	for (const level of data.escalationLevels) {
		const where = `content/data/escalation-levels.yaml (${level.id})`;
		for (const time of level.responseTimes) {
			if (!severityIds.has(time.severity)) {
				problems.push(`${where}: "responseTimes" names unknown severity "${time.severity}"`);
			}
		}
		if (level.contactSetting && !(level.contactSetting in data.organisation)) {
			problems.push(
				`${where}: "contactSetting" names "${level.contactSetting}", which content/data/organisation.yaml does not have`
			);
		}
	}
	const triggerIds = data.escalationLevels.flatMap((level) => level.triggers.map((t) => t.id));
	for (const id of findRepeats(triggerIds)) {
		problems.push(`content/data/escalation-levels.yaml: trigger id "${id}" is used twice`);
	}

	for (const id of findRepeats(data.escalationMatrix.map((row) => row.id))) {
		problems.push(`content/data/escalation-matrix.yaml: row id "${id}" is used twice`);
	}
	if (data.docSlugs) {
		const slugs = new Set(data.docSlugs);
		for (const row of data.escalationMatrix) {
			const target = row.resolvedBy?.split('#')[0];
			if (target !== undefined && !slugs.has(target)) {
				problems.push(
					`content/data/escalation-matrix.yaml (${row.id}): "resolvedBy" points at "${target}", which is no page`
				);
			}
		}
	}

	for (const template of data.templates) {
		const where = `content/data/templates (${template.id})`;
		if (template.severity && !severityIds.has(template.severity)) {
			problems.push(`${where}: "severity" names unknown severity "${template.severity}"`);
		}
		const text = `${template.subject ?? ''}\n${template.body}`;
		for (const name of findOrganisationTokens(text)) {
			if (!(name in data.organisation)) {
				problems.push(`${where}: {{${name}}} is no setting of content/data/organisation.yaml`);
			}
		}
	}
	for (const id of findRepeats(data.templates.map((t) => String(t.order)))) {
		problems.push(`content/data/templates: two templates have "order" ${id}`);
	}
	return problems;
}

/** The number in the summary, the number in the detail and `minutes` must all agree. */
function checkStatedTime(time: StatedTime, where: string): string[] {
	const problems: string[] = [];
	for (const field of ['summary', 'detail'] as const) {
		const stated = parseStatedMinutes(time[field]);
		if (stated !== time.minutes) {
			problems.push(
				`${where}: "${field}" says ${stated === undefined ? 'no number' : `${stated} min`} but "minutes" is ${time.minutes ?? 'absent'}`
			);
		}
	}
	return problems;
}

/** The values that occur more than once, each named once. */
export function findRepeats(values: string[]): string[] {
	const seen = new Set<string>();
	return [...new Set(values.filter((value) => (seen.has(value) ? true : (seen.add(value), false))))];
}
