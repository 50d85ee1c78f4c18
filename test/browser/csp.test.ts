/**
 * The shipped Content-Security-Policy holds and the site works under it: every page of dist/ (and
 * of the base-path build dist-base/), in light and dark, loads with zero CSP violations, counted
 * both as `securitypolicyviolation` events and as console errors; its islands hydrate; and the
 * tools, search, theme picker, copy button and service worker work with the policy in force.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeInBrowser, openSite, type Site } from '../helpers/browser';
import { assertBuilt, BASE_DIST, BASE_PATH, DIST, listHtmlFiles } from '../helpers/dist';
import { packageAndUnzip } from '../helpers/package';
import { search } from '../helpers/search';
import { loadTrees } from '../../scripts/trees';
import { labelOf, listLeafPaths } from '~/lib/trees/tree';

interface CspWatch {
	context: BrowserContext;
	page: Page;
	/** Violations and CSP console errors since the last reset. */
	violations: () => Promise<string[]>;
	reset: () => Promise<void>;
}

/** Records every violation of the page's policy: a console error and a securitypolicyviolation event. */
async function watchCsp(
	site: Site,
	theme: 'light' | 'dark',
	options: Parameters<Site['browser']['newContext']>[0] = {}
): Promise<CspWatch> {
	// bypassCSP stays false: the policy in each page is enforced exactly as a reader's browser does.
	const context = await site.browser.newContext({ colorScheme: theme, ...options });
	await context.addInitScript((chosen) => {
		// The context's starting theme; the theme picker's later choice is kept across reloads.
		if (!localStorage.getItem('starlight-theme')) localStorage.setItem('starlight-theme', chosen);
		const seen: string[] = [];
		(window as unknown as { __csp: string[] }).__csp = seen;
		window.addEventListener(
			'securitypolicyviolation',
			(e) => seen.push(`event: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`),
			true
		);
	}, theme);
	const page = await context.newPage();
	const consoleErrors: string[] = [];
	page.on('console', (message) => {
		const text = message.text();
		if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(text)) consoleErrors.push(`console: ${text}`);
	});
	page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
	const events = () => page.evaluate(() => [...((window as unknown as { __csp?: string[] }).__csp ?? [])]).catch(() => []);
	return {
		context,
		page,
		violations: async () => [...consoleErrors, ...(await events())],
		reset: async () => {
			consoleErrors.length = 0;
			await page.evaluate(() => ((window as unknown as { __csp?: string[] }).__csp ?? []).splice(0)).catch(() => []);
		},
	};
}

function readPolicy(root: string, file: string): string {
	const html = readFileSync(join(root, file), 'utf8');
	const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)">/gi)];
	expect(metas, `${file}: exactly one CSP meta`).toHaveLength(1);
	// A meta policy only governs what follows it: nothing but the charset may come before it.
	expect(html.indexOf(metas[0]![0]), `${file}: CSP first in <head>`).toBeLessThan(html.indexOf('<script'));
	expect(html.indexOf(metas[0]![0])).toBeLessThan(html.search(/<style|<link rel="stylesheet"/));
	return metas[0]![1]!;
}

/** Opens each page, waits for its islands to hydrate, and returns the violations found, by page. */
async function walk(watch: CspWatch, siteUrl: string, pages: string[]) {
	const problems: Record<string, string[]> = {};
	for (const path of pages) {
		await watch.page.goto(siteUrl + path, { waitUntil: 'load' });
		// Astro removes `ssr` from an island once it hydrated: under a broken policy it never would.
		const hydrated = await watch.page
			.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, { timeout: 10_000 })
			.then(() => true)
			.catch(() => false);
		await watch.page.waitForTimeout(100);
		const found = await watch.violations();
		if (!hydrated) found.push('an island did not hydrate');
		if (found.length > 0) problems[`/${path}`] = found;
		await watch.reset();
	}
	return problems;
}



describeInBrowser('Content-Security-Policy', () => {
	let site: Site;
	beforeAll(async () => {
		assertBuilt();
		site = await openSite();
	});
	afterAll(() => site?.close());

	it('every page carries a strict policy of its own, first in <head>', () => {
		const files = listHtmlFiles();
		expect(files.length).toBeGreaterThan(50);
		for (const file of files) {
			const policy = readPolicy(DIST, file);
			const scriptSrc = /(?:^|; )script-src ([^;]*)/.exec(policy)?.[1] ?? '';
			expect(scriptSrc.split(' ').filter((s) => !/^'sha256-[A-Za-z0-9+/=]+'$/.test(s)), file).toEqual(["'self'", "'wasm-unsafe-eval'"]);
			expect(policy).toContain("object-src 'none'");
			expect(policy).toContain("base-uri 'self'");
			expect(policy).toContain("default-src 'self'");
			expect(policy).not.toMatch(/https?:|\*/);
		}
	});

	// Every page of dist/ (light and dark) and of dist-base/ is walked under its policy by
	// every-page.test.ts and base-path.test.ts: zero violations, every island hydrated. This file
	// checks the policy itself, that a violation is seen, and the tools at work under it.

	it('the watch does see a violation when there is one (an injected inline script)', async () => {
		const watch = await watchCsp(site, 'light');
		try {
			await watch.page.goto(`${site.url}incident-response/`);
			await watch.page.evaluate(() => {
				const script = document.createElement('script');
				script.textContent = 'window.injected = true;';
				document.head.append(script);
			});
			await expect.poll(async () => (await watch.violations()).length).toBeGreaterThan(0);
			expect(await watch.page.evaluate(() => 'injected' in window)).toBe(false);
		} finally {
			await watch.context.close();
		}
	});

	describe('the tools under the policy', () => {
		let watch: CspWatch;
		beforeAll(async () => {
			watch = await watchCsp(site, 'light', { permissions: ['clipboard-read', 'clipboard-write'] });
		});
		afterAll(async () => {
			await watch?.context.close();
		});
		const page = () => watch.page;
		const expectNoViolation = async () => expect(await watch.violations()).toEqual([]);

		it('severity classifier', async () => {
			await page().goto(`${site.url}tools/severity/`);
			await page().locator('.sc-question').waitFor();
			await page().getByRole('button', { name: 'No', exact: true }).first().click();
			await page().getByRole('button', { name: 'No', exact: true }).first().click();
			await expect.poll(() => page().locator('.sc-result__title').textContent(), { timeout: 15_000 }).toContain('SEV1');
			await expectNoViolation();
		});

		it('escalation lookup', async () => {
			await page().goto(`${site.url}tools/escalation/`);
			await page().locator('.escalation-lookup.tool').waitFor({ timeout: 20_000 });
			await page().getByLabel('What is happening?').fill('security breach');
			await expect.poll(() => page().locator('.escalation-results .escalation-situation__title').count(), { timeout: 15_000 }).toBeGreaterThan(0);
			await expectNoViolation();
		});

		it('templates, filled and copied', async () => {
			await page().goto(`${site.url}tools/templates/?template=sev1-notification`);
			await page().locator('#tg-sev1-notification-impact').fill('All users unable to access service');
			await expect.poll(() => page().locator('#tg-body-preview').textContent()).toContain('All users unable to access service');
			await page().getByRole('button', { name: /^Copy body$|copy anyway/ }).first().click();
			const armed = page().getByRole('button', { name: /copy anyway/ });
			if (await armed.count()) await armed.click();
			await expect.poll(() => page().evaluate(() => navigator.clipboard.readText())).toContain('IMPACT: All users unable to access service');
			await expectNoViolation();
		});

		it('copy button of a code block', async () => {
			await page().goto(`${site.url}incident-response/`);
			const copy = page().locator('.expressive-code .copy button').first();
			await copy.click();
			await expect.poll(() => page().evaluate(() => navigator.clipboard.readText())).not.toBe('');
			await expectNoViolation();
		});

		it('decision-tree walker', async () => {
			await page().goto(`${site.url}troubleshooting/service-unavailability/`);
			const tree = loadTrees().find(({ tree }) => tree.id === 'service-unavailability')!.tree;
			const walker = page().locator('.tree-walker');
			await walker.locator('h3').waitFor();
			const [path] = listLeafPaths(tree);
			for (const id of path!) {
				await walker.getByRole('button', { name: labelOf(tree.nodes[id]!), exact: true }).click();
			}
			await expect.poll(() => walker.locator('h3').textContent()).toBe(tree.nodes[path!.at(-1)!]!.outcome!.action);
			await expectNoViolation();
		});

		it('search (Pagefind and its WebAssembly)', async () => {
			await page().goto(site.url);
			const results = await search(page(), 'WAL corruption');
			expect(results.length).toBeGreaterThan(0);
			await expectNoViolation();
		});

		it('theme picker', async () => {
			await page().goto(`${site.url}incident-response/`);
			const select = page().locator('starlight-theme-select select').first();
			for (const theme of ['dark', 'light', 'dark'] as const) {
				await select.selectOption(theme);
				await expect.poll(() => page().evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
			}
			await page().reload();
			await expect.poll(() => page().evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
			await expectNoViolation();
		});

		it('service worker registers and controls the page', async () => {
			await page().goto(site.url);
			await page().evaluate(async () => {
				await navigator.serviceWorker.ready;
				if (!navigator.serviceWorker.controller) {
					await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
				}
			});
			await page().reload();
			expect(await page().evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
			await expectNoViolation();
		});
	});
});

describeInBrowser('Content-Security-Policy under a base path (dist-base, /runbook/)', () => {
	let site: Site;
	beforeAll(async () => {
		if (!existsSync(join(BASE_DIST, 'index.html'))) throw new Error('dist-base/ is missing: run "npm run build:base" first.');
		site = await openSite({ root: BASE_DIST, base: BASE_PATH });
	});
	afterAll(() => site?.close());

	it('every page carries its policy, and search works under it', async () => {
		for (const file of listHtmlFiles(BASE_DIST)) readPolicy(BASE_DIST, file);
		const watch = await watchCsp(site, 'dark');
		try {
			await watch.page.goto(site.url);
			await search(watch.page, 'WAL corruption');
			expect(await watch.violations()).toEqual([]);
		} finally {
			await watch.context.close();
		}
	});
});

describeInBrowser('Content-Security-Policy in the packaged zip (npm run package)', () => {
	let site: Site;
	let files: Record<string, Uint8Array>;
	beforeAll(async () => {
		assertBuilt();
		const zip = packageAndUnzip('runbook-csp-zip-');
		files = zip.files;
		site = await openSite({ root: zip.unzipped });
	}, 120_000);
	afterAll(() => site?.close());

	it('ships every page exactly as checked above, policy included', () => {
		const pages = listHtmlFiles();
		for (const file of pages) {
			expect(Buffer.from(files[file]!).equals(readFileSync(join(DIST, file))), file).toBe(true);
		}
		expect(Object.keys(files).filter((name) => name.endsWith('.html'))).toHaveLength(pages.length);
	});

	it('the unzipped copy, served, runs its pages and search with no violation', async () => {
		const watch = await watchCsp(site, 'light');
		try {
			const sample = ['', 'incident-response/', 'tools/severity/', 'tools/escalation/', 'tools/templates/', 'troubleshooting/service-unavailability/', '404.html'];
			expect(await walk(watch, site.url, sample)).toEqual({});
			await search(watch.page, 'WAL corruption');
			expect(await watch.violations()).toEqual([]);
		} finally {
			await watch.context.close();
		}
	}, 120_000);
});
