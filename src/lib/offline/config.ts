import type { GenerateSWOptions } from 'workbox-build';

/**
 * The offline settings, kept apart from the build hook so they are unit tested:
 * the web app manifest and the Workbox precache options, both derived from the base path.
 */

export interface ManifestInput {
	name: string;
	shortName: string;
	description: string;
	/** The site's base path, with slashes: "/" or "/runbook/". */
	base: string;
}

/** The web app manifest: lets a phone add the runbook to its home screen and open it offline. */
export function buildManifest({ name, shortName, description, base }: ManifestInput) {
	return {
		name,
		short_name: shortName,
		description,
		id: base,
		start_url: base,
		scope: base,
		display: 'standalone',
		background_color: '#17181c',
		theme_color: '#3b4cca',
		icons: [
			{ src: `${base}icons/icon-192.png`, sizes: '192x192', type: 'image/png' },
			{ src: `${base}icons/icon-512.png`, sizes: '512x512', type: 'image/png' },
			{ src: `${base}icons/icon-maskable-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
			{ src: `${base}favicon.svg`, sizes: 'any', type: 'image/svg+xml' },
		],
	};
}

/**
 * Workbox generateSW options. Everything in dist/ is precached; URLs are relative to the service
 * worker, so the same build works under any base path, and the cache id includes the base path so
 * two runbooks on one host never share or clear each other's caches.
 */
export function precacheOptions(base: string): Omit<GenerateSWOptions, 'globDirectory' | 'swDest'> {
	return {
		globPatterns: ['**/*'],
		// The zip of the site and the service worker itself are not part of the offline copy.
		globIgnores: ['**/*.zip', 'sw.js', 'content-security-policy.txt'],
		cacheId: `engram-runbook${base.replace(/\/+$/, '').replace(/[^A-Za-z0-9]+/g, '-')}`,
		// One self-contained file: the Workbox runtime is bundled in, never fetched from a CDN.
		inlineWorkboxRuntime: true,
		mode: 'production',
		sourcemap: false,
		cleanupOutdatedCaches: true,
		// A new version waits until the reader chooses to reload (the page shows a notice).
		skipWaiting: false,
		clientsClaim: true,
		// "/incident-response/" is served by "incident-response/index.html".
		directoryIndex: 'index.html',
		// Tool state lives in the query string (?answers=…, ?path=…): same page, same cached copy.
		ignoreURLParametersMatching: [/.*/],
		// Astro's hashed assets never change; the hash in their name is their revision.
		dontCacheBustURLsMatching: /(^|\/)_astro\//,
		maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
		// Page navigations the precache does not hold: no dead "no internet" page offline.
		runtimeCaching: [{ urlPattern: isPageNavigation, handler: answerUnknownNavigation }],
	};
}

/** A navigation to a page (no file extension, or .html): not a download such as the zip. */
export function isPageNavigation({ request, url }: { request: Request; url: URL }): boolean {
	return request.mode === 'navigate' && !/\.(?!html$)[^/.]+$/.test(url.pathname);
}

/**
 * Answers a page navigation the precache did not match (Workbox tries the precache first):
 * - a slash-less URL of a saved page ("/incident-response") redirects to the page
 *   ("/incident-response/"), online or not: the site's URLs always end with a slash;
 * - anything else goes to the network (the host answers, its 404 page included), and when the
 *   network is down the saved 404 page answers, with status 404; it offers search and the tools.
 * Workbox writes this function's source into sw.js, so it must use nothing from outside itself.
 */
export async function answerUnknownNavigation({ request, url }: { request: Request; url: URL }): Promise<Response> {
	const saved = (path: string) => caches.match(new URL(path, url).href, { ignoreSearch: true });
	if (!url.pathname.endsWith('/') && !/\.[^/]*$/.test(url.pathname)) {
		const slashed = `${url.pathname}/`;
		if (await saved(`${slashed}index.html`)) return Response.redirect(new URL(slashed + url.search, url).href, 301);
	}
	try {
		return await fetch(request);
	} catch (error) {
		const scope = (self as unknown as { registration: { scope: string } }).registration.scope;
		const notFound = await saved(new URL('404.html', scope).href);
		if (!notFound) throw error;
		return new Response(notFound.body, { status: 404, statusText: 'Not Found', headers: notFound.headers });
	}
}
