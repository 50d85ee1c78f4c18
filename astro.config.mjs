// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { sidebar } from './src/config/sidebar.ts';
import { normaliseBasePath } from './src/lib/shared/base-path.ts';
import { offline } from './src/integrations/offline.ts';
import { csp } from './src/integrations/csp.ts';
import { unsetSettings } from './src/integrations/unset-settings.ts';
import { lazySearch } from './src/integrations/lazy-search.ts';
import { fastToc } from './src/integrations/fast-toc.ts';

// The site can live under any path of any static host: BASE_PATH=/runbook/ npm run build
const base = normaliseBasePath(process.env.BASE_PATH);

export default defineConfig({
	base,
	// npm test builds at / and under /runbook/ at the same time, each with its own content cache
	// (scripts/test.ts); otherwise Astro's default.
	cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
	trailingSlash: 'always',
	build: { format: 'directory' },
	// No telemetry, no prefetching from other origins: the site must never reach outside itself.
	devToolbar: { enabled: false },
	// No link prefetching (Starlight turns it on for every link): the service worker already keeps
	// the whole site, and the prefetch script cost each page load a scan of every link plus a
	// watch on the DOM for new ones (about 0.1 s of blocking time per page at a phone's speed).
	prefetch: false,
	integrations: [
		starlight({
			title: 'Engram on-call runbook',
			description:
				'Incident response, troubleshooting and recovery for Engram, the memory graph database.',
			sidebar,
			markdown: { processedDirs: ['./content/docs/'] },
			customCss: [
				'./src/styles/custom.css',
				'./src/styles/tools.css',
				'./src/styles/print.css',
				// Large off-screen blocks are laid out only when a reader scrolls near them.
				'./src/styles/render-when-near.css',
				// The open-incident bar on every page (src/client/incident-bar.ts).
				'./src/styles/incident-bar.css',
				// Hides the "opened from disk" notice whenever the stylesheet loads (served over HTTP).
				'./src/components/overrides/file-notice.css',
			],
			components: {
				// Starlight's search button fails axe's label-in-name rule; see the override.
				Search: './src/components/overrides/Search.astro',
				// Adds the web app manifest and the service-worker registration to every page.
				Head: './src/components/overrides/Head.astro',
				// Adds the plain-HTML "opened from disk: serve this folder" notice to every page.
				SkipLink: './src/components/overrides/SkipLink.astro',
			},
			// Commands wrap instead of scrolling sideways, so on a phone every flag is readable and
			// none slides under the copy button (custom.css keeps the button's corner clear).
			expressiveCode: { defaultProps: { wrap: true } },
			lastUpdated: false,
			// src/pages/404.astro replaces Starlight's 404: it offers search and the tools.
			disable404Route: true,
			pagination: true,
		}),
		preact(),
		// Pagefind's search UI loads when a reader reaches for search, not at every page load.
		lazySearch(),
		// The table of contents finds the headings it watches in one pass, not with a slow selector.
		fastToc(),
		// A strict Content-Security-Policy in every page (hashes of its inline scripts and styles).
		// Before the offline integration, so the service worker precaches the pages with it.
		csp(),
		// Prints the organisation settings that are not set, and the pages that show them.
		unsetSettings(),
		// Last: it precaches everything the integrations above wrote, Pagefind's index included.
		offline({
			name: 'Engram on-call runbook',
			shortName: 'Engram runbook',
			description: 'Incident response, troubleshooting and recovery for Engram. Works offline.',
		}),
	],
});
