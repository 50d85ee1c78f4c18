/**
 * Server-only typed accessors for the Incident Response Guide's data: severity levels, response
 * phases, escalation levels and matrix, communication templates, the organisation settings and the
 * tools' own rules. Pages and island wrappers read data through these functions, never straight
 * from the collections, so sorting and the cross-file integrity check happen in one place. A
 * broken reference fails `astro build` with a message naming the file and the field.
 */
import { getCollection } from 'astro:content';
import { AstroError } from 'astro/errors';
import { checkContentIntegrity } from '../lib/integrity/content';
import { applyOrganisationTokens } from '../lib/shared/organisation-tokens';
import type { CommunicationTemplate } from '../schemas/template';
import type { Organisation } from '../schemas/organisation';
import type { EscalationMatrixRow } from '../schemas/escalation';
import type { SearchSynonymGroup } from '../schemas/search-synonyms';
import type { SeverityClassifierRules } from '../schemas/severity-classifier';
import { getPageSlugs } from './pages';

const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;
const byNumber = <T extends { number: number }>(a: T, b: T) => a.number - b.number;

let checked: Promise<void> | undefined;

/** Runs the cross-file checks once per build. */
async function ensureIntegrity(): Promise<void> {
	checked ??= (async () => {
		const problems = checkContentIntegrity({
			severityLevels: await getSeverityLevelsUnchecked(),
			escalationLevels: (await getCollection('escalationLevels')).map((e) => e.data),
			escalationMatrix: inFileOrder(await getCollection('escalationMatrix')),
			templates: (await getCollection('templates')).map((e) => e.data),
			organisation: await getOrganisation(),
			docSlugs: await getPageSlugs(),
		});
		if (problems.length > 0) {
			throw new AstroError(
				`The runbook data has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`,
				'Fix the named file and field, then build again.'
			);
		}
	})();
	return checked;
}

async function getSeverityLevelsUnchecked() {
	return (await getCollection('severityLevels')).map((entry) => entry.data).sort(byOrder);
}

/** The severity levels, most severe first. */
export async function getSeverityLevels() {
	await ensureIntegrity();
	return getSeverityLevelsUnchecked();
}

/** The incident response phases in order. */
export async function getResponsePhases() {
	await ensureIntegrity();
	return (await getCollection('responsePhases')).map((entry) => entry.data).sort(byNumber);
}

/** The escalation levels, first responder first. */
export async function getEscalationLevels() {
	await ensureIntegrity();
	return (await getCollection('escalationLevels')).map((entry) => entry.data).sort(byNumber);
}

/** The escalation decision matrix rows, in the guide's order (their order in the file). */
export async function getEscalationMatrix(): Promise<EscalationMatrixRow[]> {
	await ensureIntegrity();
	return inFileOrder(await getCollection('escalationMatrix'));
}

/** The search synonym groups (content/data/search-synonyms.yaml), in file order. */
export async function getSearchSynonyms(): Promise<SearchSynonymGroup[]> {
	return inFileOrder(await getCollection('searchSynonyms'));
}

/** Entries sorted by their position in the file, without the position itself. */
function inFileOrder<T extends { position: number }>(entries: { data: T }[]): Omit<T, 'position'>[] {
	return entries
		.map((entry) => entry.data)
		.sort((a, b) => a.position - b.position)
		.map(({ position: _position, ...data }) => data);
}

/** The organisation settings (content/data/organisation.yaml). */
export async function getOrganisation(): Promise<Organisation> {
	const entries = await getCollection('organisation');
	const entry = entries.find((e) => e.id === 'organisation');
	if (!entry) {
		throw new AstroError(
			'content/data/organisation.yaml must have a top-level "organisation:" key.',
			'See the README, section "Editing runbook data".'
		);
	}
	return entry.data;
}

/** The severity classifier's own rules (content/data/severity-classifier.yaml). */
export async function getSeverityClassifierRules(): Promise<SeverityClassifierRules> {
	const entry = (await getCollection('severityClassifier')).find((e) => e.id === 'classifier');
	if (!entry) {
		throw new AstroError(
			'content/data/severity-classifier.yaml must have a top-level "classifier:" key.',
			'Restore the file from the repository, then edit its values.'
		);
	}
	return entry.data;
}

/** The communication templates in the guide's order, organisation settings filled in. */
export async function getTemplates(): Promise<CommunicationTemplate[]> {
	await ensureIntegrity();
	const organisation = await getOrganisation();
	const fill = (text: string) => applyOrganisationTokens(text, organisation);
	return (await getCollection('templates'))
		.map((entry) => entry.data)
		.sort(byOrder)
		.map((template) => ({
			...template,
			body: fill(template.body),
			...(template.subject === undefined ? {} : { subject: fill(template.subject) }),
		}));
}
