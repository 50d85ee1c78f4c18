/**
 * The one browser-test harness: serves dist/ on 127.0.0.1, drives Debian's Chromium, and fails a
 * test whose page does what a page must never do: log a console error, throw, get a failed
 * response, request anything from another origin, or open a dialog the test did not expect.
 * Every browser test opens its pages with openWatchedPage() or withPage(), and checks
 * accessibility with runAxe() (all impacts, exceptions listed once in AXE_EXCEPTIONS).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Dialog, Download, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, onTestFinished } from 'vitest';
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
	/**
	 * True when the browser itself cannot reach any other host (openSite's browser: every request
	 * that is not to a loopback address goes to a proxy that does not exist). Pages then need no
	 * request interception, which costs a round trip to the test process per request (page loads
	 * took twice as long); foreign requests are still recorded, from request events.
	 */
	networkClosed?: boolean;
	close: () => Promise<void>;
}

/**
 * Chromium switches that close the network to everything but loopback: all other traffic goes
 * through a proxy on a port where nothing listens, and Chromium never proxies loopback addresses.
 */
export const CLOSED_NETWORK_ARGS = ['--proxy-server=http://127.0.0.1:9'];

let sharedBrowser: Promise<Browser> | undefined;

/**
 * The Chromium every browser test file of the worker uses (the browser files run one after
 * another in one worker: fileParallelism false, isolate false). Launching and closing one per
 * file, and starting its first renderer, cost about 1.5 s a file. One browser launched by a
 * global setup was measured slower: every call then passed through the run's main process.
 * Playwright closes it when the worker exits; if it crashes, the next file launches another.
 */
function closedNetworkBrowser(): Promise<Browser> {
	sharedBrowser ??= launchChromium(CLOSED_NETWORK_ARGS).then((browser) => {
		browser.on('disconnected', () => {
			sharedBrowser = undefined;
		});
		return browser;
	});
	return sharedBrowser;
}

/**
 * Serves `root` (dist/ by default) under `base` and gives the worker's Chromium. `close()` stops the
 * server and closes the browser contexts opened since, so the next file starts with none.
 */
export async function openSite(options: { root?: string; base?: string } = {}): Promise<Site> {
	const server = await startStaticServer({ root: options.root ?? DIST, base: options.base ?? '/' });
	const browser = await closedNetworkBrowser();
	const older = new Set(browser.contexts());
	return {
		browser,
		server,
		url: server.url,
		networkClosed: true,
		close: async () => {
			for (const context of browser.contexts()) if (!older.has(context)) await context.close();
			await server.close();
		},
	};
}

/** What a test expects a page to do that would otherwise fail it. */
export interface Allowances {
	/** Console errors and page errors matching one of these are expected. */
	errors?: RegExp[];
	/** Same-origin responses with status >= 400 whose "status url" matches one of these. */
	failedResponses?: RegExp[];
	/**
	 * Answers a dialog the test expects (confirm, prompt). Any other dialog is dismissed and fails
	 * the test.
	 */
	onDialog?: (dialog: Dialog) => Promise<void>;
}

export interface PageOptions extends NonNullable<Parameters<Browser['newContext']>[0]> {
	allow?: Allowances;
	/**
	 * Service-worker tests: Playwright's request routing bypasses service workers, so foreign
	 * requests are recorded from request events instead of being blocked.
	 */
	withServiceWorker?: boolean;
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
	/** Dialogs (alert, confirm, prompt) the test did not expect. */
	dialogs: string[];
	/** Everything recorded so far that the allowances do not cover, by kind; then forgets it. */
	takeProblems: () => Record<string, string[]>;
	/** Fails with the problems recorded so far (takeProblems), if any. */
	assertClean: () => void;
	/** Replaces what the page is allowed to do (the shared tab sets each test's own). */
	setAllowances: (allow: Allowances) => void;
}

/**
 * THE way a browser test opens a page. A fresh context and page that record console errors, page
 * errors, same-origin responses >= 400, requests to any other origin (blocked) and dialogs; when
 * the test finishes, the context is closed and the test fails if anything was recorded that its
 * `allow` does not cover. Outside a test (beforeAll) call `assertClean()` yourself.
 */
export async function openWatchedPage(site: Site, options: PageOptions = {}): Promise<WatchedPage> {
	const { allow: initialAllow = {}, withServiceWorker = false, ...contextOptions } = options;
	let allow = initialAllow;
	// A page that registers the service worker precaches the whole site (7 MB) in the background:
	// only the offline tests need that, and Playwright's routing cannot see a worker's requests.
	const context = await site.browser.newContext({ serviceWorkers: withServiceWorker ? 'allow' : 'block', ...contextOptions });
	const origin = new URL(site.url).origin;
	const isOwn = (url: string) => url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin;
	const page = await context.newPage();
	const watched: WatchedPage = {
		page,
		context,
		errors: [],
		foreignRequests: [],
		failedResponses: [],
		dialogs: [],
		takeProblems: () => {
			const allowed = (list: RegExp[] | undefined, text: string) => (list ?? []).some((pattern) => pattern.test(text));
			const found: Record<string, string[]> = {
				errors: watched.errors.filter((text) => !allowed(allow.errors, text)),
				foreignRequests: [...watched.foreignRequests],
				failedResponses: watched.failedResponses.filter((text) => !allowed(allow.failedResponses, text)),
				dialogs: [...watched.dialogs],
			};
			for (const list of [watched.errors, watched.foreignRequests, watched.failedResponses, watched.dialogs]) list.length = 0;
			return Object.fromEntries(Object.entries(found).filter(([, list]) => list.length > 0));
		},
		setAllowances: (next) => {
			allow = next;
		},
		assertClean: () => {
			const problems = watched.takeProblems();
			if (Object.keys(problems).length > 0) {
				throw new Error(`the page did what it must not:\n${JSON.stringify(problems, null, 2)}`);
			}
		},
	};
	if (withServiceWorker || site.networkClosed) {
		context.on('request', (request) => {
			if (!isOwn(request.url())) watched.foreignRequests.push(request.url());
		});
	} else {
		await context.route('**/*', (route) => {
			const url = route.request().url();
			if (isOwn(url)) return route.continue();
			watched.foreignRequests.push(url);
			return route.abort('blockedbyclient');
		});
	}
	context.on('page', (opened) => watch(opened));
	watch(page);
	function watch(target: Page) {
		target.on('console', (message) => {
			if (message.type() === 'error') watched.errors.push(`console: ${message.text()}`);
		});
		target.on('pageerror', (error) => watched.errors.push(`pageerror: ${error.message}`));
		target.on('response', (response) => {
			if (response.status() >= 400 && response.url().startsWith(origin)) {
				watched.failedResponses.push(`${response.status()} ${response.url()}`);
			}
		});
		target.on('dialog', (dialog) => {
			if (allow.onDialog) return void allow.onDialog(dialog);
			watched.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
			return void dialog.dismiss();
		});
	}
	try {
		onTestFinished(async ({ task }) => {
			await context.close();
			// A test that failed already says why; do not bury it.
			if (task.result?.state !== 'fail') watched.assertClean();
		});
	} catch {
		// Opened outside a test (beforeAll): the suite asserts and closes it itself.
	}
	return watched;
}

/** One tab that every test of a file (or describe block) reuses; see useSharedTab. */
export interface SharedTab {
	/** The tab (valid once the suite's beforeAll ran). */
	readonly page: Page;
	readonly context: BrowserContext;
	readonly watched: WatchedPage;
	/**
	 * Starts a test as on a first visit and opens `path` (relative to the site) hydrated: forgets
	 * everything the site stored (local and session storage, IndexedDB), closes other tabs the last
	 * test opened, resets the theme and the viewport, and takes this test's allowances.
	 */
	open(path: string, options?: SharedTabOpenOptions): Promise<Page>;
	/**
	 * Runs `script` at the start of every document the tab loads during this test only (the
	 * shared tab outlives the test), e.g. to put data in storage before the page's scripts run.
	 */
	beforeEveryLoad<Arg>(script: (arg: Arg) => unknown, arg?: Arg): Promise<void>;
}

export interface SharedTabOpenOptions {
	colorScheme?: 'light' | 'dark';
	viewport?: { width: number; height: number };
	allow?: Allowances;
	/** Load only; do not wait for the islands (a test that watches them hydrate, or break). */
	hydrated?: boolean;
}

const DEFAULT_VIEWPORT = { width: 1280, height: 720 };

/**
 * One watched tab for every test of the enclosing describe block: a new context and tab per test
 * cost about 1.3 s of a 2-core machine (a new renderer, a cold cache: every script compiled
 * again), a fresh start in the same tab 0.3 s. Each test still starts as a first visit
 * (`open()` forgets what the site stored), and still fails on what a page must never do: the
 * harness checks the tab after every test, as openWatchedPage does. Call at describe level;
 * `getSite` is read in beforeAll.
 */
export function useSharedTab(getSite: () => Site, options: PageOptions = {}): SharedTab {
	let watched: WatchedPage | undefined;
	let origin = '';
	const baseAllow = options.allow ?? {};
	const ready = () => {
		if (!watched) throw new Error('useSharedTab: the tab is opened in beforeAll; use it inside a test');
		return watched;
	};
	beforeAll(async () => {
		const site = getSite();
		origin = new URL(site.url).origin;
		watched = await openWatchedPage(site, { viewport: DEFAULT_VIEWPORT, ...options });
	});
	afterEach(async ({ task }) => {
		const tab = ready();
		for (const other of tab.context.pages()) if (other !== tab.page) await other.close();
		const failed = task.result?.state === 'fail';
		// A test that failed already says why; do not bury it (but forget what it left).
		if (failed) tab.takeProblems();
		try {
			if (!failed) tab.assertClean();
		} finally {
			tab.setAllowances(baseAllow);
		}
	});
	afterAll(async () => {
		await watched?.context.close();
	});
	return {
		get page() {
			return ready().page;
		},
		get context() {
			return ready().context;
		},
		get watched() {
			return ready();
		},
		async beforeEveryLoad(script, arg) {
			const added = await ready().page.addInitScript(script as (arg: unknown) => unknown, arg);
			onTestFinished(() => added.dispose());
		},
		async open(path, openOptions = {}) {
			const tab = ready();
			const { page } = tab;
			for (const other of tab.context.pages()) if (other !== page) await other.close();
			tab.setAllowances({ ...baseAllow, ...openOptions.allow });
			// Leave the page first, so that nothing it saves on the way out outlives the reset.
			await page.goto('about:blank');
			const session = await tab.context.newCDPSession(page);
			await session.send('Storage.clearDataForOrigin', { origin, storageTypes: 'local_storage,session_storage,indexeddb' });
			await session.detach();
			await page.emulateMedia({ colorScheme: openOptions.colorScheme ?? options.colorScheme ?? 'light' });
			await page.setViewportSize(openOptions.viewport ?? options.viewport ?? DEFAULT_VIEWPORT);
			const url = new URL(path, getSite().url).href;
			if (openOptions.hydrated === false || options.javaScriptEnabled === false) await page.goto(url, { waitUntil: 'load' });
			else await gotoHydrated(page, url);
			return page;
		},
	};
}

/**
 * Goes to `url` and waits until the page has loaded and every island has hydrated (fails if one
 * never does: under a broken policy or a script error an island stays server-rendered). Cheaper
 * and more exact than "networkidle", which waits half a second of silence after everything.
 */
export async function gotoHydrated(page: Page, url: string): Promise<void> {
	await page.goto(url, { waitUntil: 'load' });
	await expectHydrated(page);
}

/** Reloads the page and waits for its islands, as gotoHydrated does. */
export async function reloadHydrated(page: Page): Promise<void> {
	await page.reload({ waitUntil: 'load' });
	await expectHydrated(page);
}

async function expectHydrated(page: Page): Promise<void> {
	if (!(await islandsHydrated(page, 20_000))) throw new Error(`an island on ${page.url()} never hydrated`);
}

/** Opens `path` on a watched page (loaded, islands hydrated), waits for `waitFor` (a selector) if given, then runs `body`. */
export async function withPage(
	site: Site,
	path: string,
	body: (page: Page, watched: WatchedPage) => Promise<void>,
	options: PageOptions & { waitFor?: string } = {}
): Promise<void> {
	const { waitFor, ...pageOptions } = options;
	const watched = await openWatchedPage(site, pageOptions);
	// Without JavaScript no island can hydrate: load the page and read it as it is.
	if (pageOptions.javaScriptEnabled === false) await watched.page.goto(site.url + path, { waitUntil: 'load' });
	else await gotoHydrated(watched.page, site.url + path);
	if (waitFor) await watched.page.locator(waitFor).first().waitFor({ timeout: 20_000 });
	await body(watched.page, watched);
	await watched.context.close();
	watched.assertClean();
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The only axe findings the runbook accepts, each with its reason. Every impact counts (minor
 * and moderate too); add an entry here, never a filter in a test.
 */
export const AXE_EXCEPTIONS: { rule: string; selector?: RegExp; why: string }[] = [
	{
		rule: 'landmark-unique',
		selector: /(^|[\s>"])pre\[/,
		why:
			'Expressive Code makes every horizontally scrollable code block a keyboard-focusable region ' +
			'named by its frame title, so two terminal blocks on one page share the name "Terminal ' +
			'window". Each block is still reachable and announced with its code; moderate impact.',
	},
];

/** The axe rules whose result depends on colours, the only thing a theme changes. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: string[];
}

/**
 * Makes axe-core part of every document the context opens (through DevTools, before the page's
 * own scripts; the page's policy does not apply to it). For walks over many pages: evaluating
 * the 500 KB source after each load cost about 0.3 s a page, the preloaded copy a third of that.
 */
export async function preloadAxe(context: BrowserContext): Promise<void> {
	await context.addInitScript({ content: AXE_SOURCE });
}

/**
 * Draws every block the page defers until a reader scrolls near it (`content-visibility: auto`,
 * src/styles/render-when-near.css), as a reader who scrolled through the page sees them. Checks
 * need that: axe cannot measure the colours of a block that is not drawn (it reports nothing for
 * it, silently), and a block not laid out cannot overflow. Idempotent; returns how many it drew.
 */
export function renderAllBlocks(page: Page): Promise<number> {
	return page.evaluate(() => {
		let drawn = 0;
		for (const element of document.querySelectorAll<HTMLElement>('body *')) {
			if (getComputedStyle(element).contentVisibility !== 'auto') continue;
			element.style.contentVisibility = 'visible';
			drawn += 1;
		}
		return drawn;
	});
}

/**
 * Runs axe-core on the page as it is now (injected once per document); every impact counts.
 * `rules` limits the run to those rules (the colour rules after a theme switch).
 */
export async function runAxe(page: Page, rules?: string[]): Promise<AxeViolation[]> {
	// Evaluated through DevTools, not added as an inline <script>: the page's own
	// Content-Security-Policy refuses inline scripts it has no hash for, as it should.
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
	await renderAllBlocks(page);
	const violations = await page.evaluate(async (only) => {
		const options = { resultTypes: ['violations'], ...(only ? { runOnly: { type: 'rule', values: only } } : {}) };
		// @ts-expect-error axe is injected above
		const result = await window.axe.run(document, options);
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
	}, rules);
	return violations
		.map((v) => ({
			...v,
			nodes: v.nodes.filter(
				(node) => !AXE_EXCEPTIONS.some((e) => e.rule === v.id && (e.selector === undefined || e.selector.test(node)))
			),
		}))
		.filter((v) => v.nodes.length > 0);
}

/**
 * axe on the page as it is now, in both themes: all rules in light, then only the colour rules in
 * dark (switched in place: the DOM is the same, only colours differ), then back to light.
 */
export async function runAxeInBothThemes(page: Page): Promise<{ light: AxeViolation[]; dark: AxeViolation[] }> {
	const light = await runAxe(page);
	await switchTheme(page, 'dark');
	const dark = await runAxe(page, COLOUR_RULES);
	await switchTheme(page, 'light');
	return { light, dark };
}

/**
 * Switches the open page to the other theme in place, as Starlight's theme picker does: its
 * data-theme attribute plus the colour-scheme media feature. The DOM stays the same, so after
 * a full axe run in one theme only the colour rules need to run again in the other.
 */
export async function switchTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
	await page.emulateMedia({ colorScheme: theme });
	await page.evaluate(async (value) => {
		document.documentElement.dataset.theme = value;
		await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
		// Colour transitions (the tool buttons have one) end where a reader who loads the page in
		// this theme starts: finish them, or axe measures a colour half-way.
		for (const animation of document.getAnimations()) animation.finish();
	}, theme);
}

/**
 * Records the page's Content-Security-Policy violations as `securitypolicyviolation` events, for
 * the site-wide walks (every-page, base-path). Chromium also logs each one as a console error,
 * which the watched page fails on; the events say which directive and what was blocked.
 */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
	await context.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __csp: string[] }).__csp = seen;
		window.addEventListener(
			'securitypolicyviolation',
			(event) => seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`),
			true
		);
	});
}

/**
 * Makes every Content-Security-Policy violation a console error, which a watched page fails on:
 * for tests that keep one page for many loads (the offline walks) and check it once at the end.
 */
export async function logCspViolationsAsErrors(context: BrowserContext): Promise<void> {
	await context.addInitScript(() => {
		window.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.effectiveDirective}`), true);
	});
}

/**
 * Waits until the site's service worker is installed, activated (every file precached) and
 * controls the page, then takes the context offline: a visitor after one online visit.
 */
export async function goOfflineOnceControlled(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
		}
	});
	await page.context().setOffline(true);
}

/** The violations recorded on the current document since the last call (see recordCspViolations). */
export async function takeCspViolations(page: Page): Promise<string[]> {
	return page.evaluate(() => ((window as unknown as { __csp?: string[] }).__csp ?? []).splice(0)).catch(() => []);
}

/**
 * True once every island of the page has hydrated (Astro drops `ssr` from a hydrated island).
 * An island that hydrates when it comes into view (client:visible) is scrolled to first, as a
 * reader would; the page then goes back to where it was.
 */
export async function islandsHydrated(page: Page, timeout = 10_000): Promise<boolean> {
	const where = await page.evaluate(() => (document.querySelector('astro-island[ssr]') ? [window.scrollX, window.scrollY] : null)).catch(() => null);
	if (!where) return true;
	const hydrated = await page
		.waitForFunction(
			() => {
				const waiting = document.querySelector('astro-island[ssr]');
				if (!waiting) return true;
				// An island is display: contents (no box of its own): scroll to its first child with one.
				const target = [waiting, ...waiting.querySelectorAll('*')].find((el) => el.getClientRects().length > 0);
				target?.scrollIntoView({ block: 'center' });
				return false;
			},
			undefined,
			{ timeout, polling: 100 }
		)
		.then(() => true)
		.catch(() => false);
	await page.evaluate(([x, y]) => window.scrollTo(x!, y!), where).catch(() => undefined);
	return hydrated;
}

/** The text of a file the page downloaded (read through Playwright, so it works for a remote browser too). */
export async function downloadedText(download: Download): Promise<string> {
	const stream = await download.createReadStream();
	const chunks: Buffer[] = [];
	for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
	return Buffer.concat(chunks).toString('utf8');
}
