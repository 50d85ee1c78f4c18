/**
 * Turns a user-supplied base path ("runbook", "/runbook", "/runbook/") into the form Astro wants
 * ("/runbook/"). Empty or missing means the site sits at the host's root.
 */
export function normaliseBasePath(raw: string | undefined): string {
	const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
	if (trimmed === '') return '/';
	if (!/^[A-Za-z0-9._~\-/]+$/.test(trimmed) || trimmed.split('/').some((part) => part === '..')) {
		throw new Error(
			`BASE_PATH "${raw}" is not a plain URL path. Use letters, digits, "-", "_", "." and "/", e.g. /runbook/.`
		);
	}
	return `/${trimmed}/`;
}
