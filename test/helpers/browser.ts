/**
 * Browser-test harness: serves dist/ on 127.0.0.1, drives Debian's Chromium, and records what a
 * page must never do: log a console error, throw, or request anything from another origin.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe } from 'vitest';
import { hasChromium, launchChromium, CHROMIUM_PATH } from '../../scripts/chromium.ts';
import { startStaticServer, type RunningServer } from '../../scripts/static-server.ts';
import { DIST } from './dist';

/**
 * `describe` when Chromium is installed. Without it the browser tests are skipped with a loud
 * message, except on CI (CI is set), where a missing browser must fail the run.
 */
export function describeInBrowser(name: string, body: () => void): void {
	if (hasChromium()) {
		describe(name, body);
		return;
	}
	const message = `Chromium not found at ${CHROMIUM_PATH}: browser tests cannot run. Install it with "apt-get install -y chromium" (or set CHROMIUM_PATH).`;
	if (process.env.CI) throw new Error(message);
	console.warn(`\n${'!'.repeat(80)}\n!! SKIPPED: ${message}\n${'!'.repeat(80)}\n`);
	describe.skip(name, body);
}

export interface Site {
	browser: Browser;
	server: RunningServer;
	/** The site's root URL, e.g. http://127.0.0.1:41234/ */
	url: string;
	close: () => Promise<void>;
}

export async function openSite(options: { root?: string; base?: string } = {}): Promise<Site> {
	const server = await startStaticServer({ root: options.root ?? DIST, base: options.base ?? '/' });
	const browser = await launchChromium();
	return {
		browser,
		server,
		url: server.url,
		close: async () => {
			await browser.close();
			await server.close();
		},
	};
}

export interface WatchedPage {
	page: Page;
	context: BrowserContext;
	/** Console errors and uncaught exceptions, in order. */
	errors: string[];
	/** Every request that left the site's origin (they are blocked, and recorded here). */
	foreignRequests: string[];
	/** Responses with status 400 or more from the site itself. */
	failedResponses: string[];
}

/** A fresh context and page that records errors and blocks (and records) foreign requests. */
export async function openWatchedPage(
	site: Site,
	contextOptions: Parameters<Browser['newContext']>[0] = {}
): Promise<WatchedPage> {
	const context = await site.browser.newContext(contextOptions);
	const origin = new URL(site.url).origin;
	const watched: WatchedPage = {
		page: await context.newPage(),
		context,
		errors: [],
		foreignRequests: [],
		failedResponses: [],
	};
	await context.route('**/*', (route) => {
		const url = route.request().url();
		if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) {
			return route.continue();
		}
		watched.foreignRequests.push(url);
		return route.abort('blockedbyclient');
	});
	watched.page.on('console', (message) => {
		if (message.type() === 'error') watched.errors.push(`console: ${message.text()}`);
	});
	watched.page.on('pageerror', (error) => watched.errors.push(`pageerror: ${error.message}`));
	watched.page.on('response', (response) => {
		if (response.status() >= 400 && response.url().startsWith(origin)) {
			watched.failedResponses.push(`${response.status()} ${response.url()}`);
		}
	});
	return watched;
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: string[];
}

/** Runs axe-core on the page; returns violations of impact serious or critical. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
	// Evaluated through DevTools, not added as an inline <script>: the page's own
	// Content-Security-Policy refuses inline scripts it has no hash for, as it should.
	await page.evaluate(AXE_SOURCE);
	const violations = await page.evaluate(async () => {
		// @ts-expect-error axe is injected above
		const result = await window.axe.run(document, { resultTypes: ['violations'] });
		return (
			result.violations as {
				id: string;
				impact: string | null;
				help: string;
				nodes: { target: unknown[] }[];
			}[]
		).map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			nodes: v.nodes.map((n) => JSON.stringify(n.target)),
		}));
	});
	return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
