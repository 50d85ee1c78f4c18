/**
 * The site works under its Content-Security-Policy (the policy itself, on every page:
 * test/build/content-security-policy.test.ts). Every browser test runs under the policy exactly
 * as a reader's browser enforces it (bypassCSP is never set), and the one harness fails a test on
 * any console error: Chromium reports every violation as one. So the tools, search, copy buttons,
 * offline support and every page (every-page.test.ts, base-path.test.ts, which also count
 * `securitypolicyviolation` events and check that islands hydrate) are checked under the policy by
 * their own tests. This file proves a violation is seen, and covers what no other test clicks.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, openSite, recordCspViolations, takeCspViolations, useSharedTab, type Site } from '../helpers/browser';
import { assertBuilt } from '../helpers/dist';

describeInBrowser('Content-Security-Policy', () => {
	let site: Site;
	beforeAll(async () => {
		assertBuilt();
		site = await openSite();
	});
	afterAll(() => site?.close());
	// One tab for both tests (each starts as a first visit); every document it opens records its violations.
	const tab = useSharedTab(() => site);
	beforeAll(() => recordCspViolations(tab.context));

	it('a violation is seen: an injected inline script is refused, logged and recorded', async () => {
		const page = await tab.open('incident-response/', { hydrated: false });
		await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'window.injected = true;';
			document.head.append(script);
		});
		expect(await page.evaluate(() => 'injected' in window)).toBe(false);
		await expect.poll(() => takeCspViolations(page)).toEqual([expect.stringMatching(/^script-src-elem blocked inline/)]);
		// The harness would fail the test on it (taken here, so this test passes).
		expect(tab.watched.takeProblems().errors).toEqual([expect.stringMatching(/Content Security Policy/)]);
	});

	it('the theme picker works under the policy, and its choice survives a reload', async () => {
		const page = await tab.open('incident-response/', { colorScheme: 'light', hydrated: false });
		const select = page.locator('starlight-theme-select select').first();
		for (const theme of ['dark', 'light', 'dark'] as const) {
			await select.selectOption(theme);
			await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
		}
		await page.reload();
		await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
	});
});
