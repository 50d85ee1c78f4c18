// The Prometheus rules file, generated at build time from content/data/alerts.yaml: every rule
// links to its alert page under content/data/organisation.yaml `runbookUrl` and the build's base
// path. See src/lib/alerts/rules-file.ts for what goes in and why.
import type { APIRoute } from 'astro';
import { buildRulesFile } from '~/lib/alerts/rules-file';
import { getOrganisation } from '~/data/guide';
import { alertUrl, getAlerts } from '~/data/reference';
import { getUpstreamPin } from '~/data/upstream';

export const GET: APIRoute = async () => {
	const [alerts, organisation, pin] = await Promise.all([getAlerts(), getOrganisation(), getUpstreamPin()]);
	const text = buildRulesFile(alerts, {
		pageUrl: (name) => new URL(alertUrl(name), organisation.runbookUrl).href,
		commit: pin.commit,
	});
	return new Response(text, { headers: { 'Content-Type': 'application/yaml; charset=utf-8' } });
};
