/**
 * The escalation lookup in real Chromium: "who do I need now?" first on a phone, search as you type,
 * the pages it leads to when no row fits ("disk full", "oom", "WAL lag"), the state in the link
 * (reload, severity classifier link, bad links), keyboard-only use, hostile input, the guide embed,
 * reading without JavaScript, and axe in light and dark.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
	describeInBrowser,
	runAxeInBothThemes,
	openSite,
	reloadHydrated,
	runAxe,
	useSharedTab,
	type SharedTabOpenOptions,
	type Site,
	withPage as withSitePage,
} from '../helpers/browser';
import { assertBuilt } from '../helpers/dist';

const TOOL = 'tools/escalation/';
/** Two shared cores: give live updates time to land. */
const POLL = { timeout: 10_000 };

describeInBrowser('escalation lookup', () => {
	let site: Site;
	beforeAll(async () => {
		assertBuilt();
		site = await openSite();
	});
	afterAll(() => site?.close());

	// One watched tab for every test that runs with JavaScript (a new context per test cost a new
	// renderer and a cold cache each time); each test still starts as a first visit. The clipboard
	// permissions are for "copies a summary"; no other test touches the clipboard.
	const tab = useSharedTab(() => site, { permissions: ['clipboard-read', 'clipboard-write'] });

	/** A first visit to `path` in the shared tab, once the lookup's island is there. */
	const withPage = async (path: string, body: (page: Page) => Promise<void>, options: SharedTabOpenOptions = {}) => {
		const page = await tab.open(path, options);
		await page.locator('.escalation-lookup.tool').first().waitFor({ timeout: 20_000 });
		await body(page);
	};

	const search = (page: Page) => page.getByLabel('What is happening?');
	const situations = (page: Page) => page.locator('.escalation-results .escalation-situation__title').allInnerTexts();
	const resultHeading = (page: Page) => page.locator('#who-now-result-heading').innerText();
	const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
	/** The search's live status ("Who do I need now?" above has its own). */
	const searchStatus = (page: Page) => page.locator('.escalation-search__status');

	it('shows the whole matrix, then narrows it as you type, synonyms included', async () => {
		await withPage(TOOL, async (page) => {
			await search(page).waitFor();
			expect(await situations(page)).toHaveLength(14);
			expect((await situations(page))[0]).toBe("Service won't start (known issue)");

			await search(page).fill('slow');
			expect(await situations(page)).toEqual([
				'High latency (config)',
				'High latency (code)',
				'Performance tuning needed',
			]);
			await expect
				.poll(() => searchStatus(page).innerText(), POLL)
				.toContain('3 situations match “slow”');
			expect(await page.locator('.escalation-results article').first().innerText()).toContain(
				'“slow” counts as “latency”'
			);
			expect(param(page, 'q')).toBe('slow');

			await search(page).fill('numerical');
			expect(await situations(page)).toEqual(['NaN values appearing', 'NaN values reappearing']);

			await search(page).fill('wal widespread');
			const card = page.locator('.escalation-results article').first();
			expect(await card.locator('.escalation-situation__title').innerText()).toBe('WAL corruption (widespread)');
			// The path across the levels, in order, with each level's facts.
			expect(await card.locator('.escalation-step__head').allInnerTexts()).toEqual([
				expect.stringMatching(/Level 1 · On-Call Operator\s+Escalate →/),
				expect.stringMatching(/Level 2 · Senior Engineer\s+Restore/),
				expect.stringMatching(/Level 3 · Core Development Team\s+Investigate/),
			]);
			await card.getByText('What Level 2 can do').click();
			await expect.poll(() => card.innerText(), POLL).toContain('Direct database inspection');
			expect(await card.innerText()).toContain('Destructive operations (with backup)');
			// Not set up in this runbook: said in a reader's words, never a file path.
			expect(await card.innerText()).toContain('not set up in this runbook yet');
			expect(await card.innerText()).not.toContain('organisation.yaml');
			// The situation links to the page that resolves it (resolvedBy in escalation-matrix.yaml).
			expect(await card.locator('.escalation-situation__title a').getAttribute('href')).toBe(
				'/common-issues/data-corruption/'
			);
			// A situation with no resolving page (security breach) links to the guide's matrix.
			await search(page).fill('security breach');
			const breach = page.locator('.escalation-results article').first();
			expect(await breach.locator('.escalation-situation__title').innerText()).toBe('Security breach');
			expect(await breach.locator('.escalation-situation__title a').getAttribute('href')).toBe(
				'/incident-response/#escalation-decision-matrix'
			);
		});
	});

	it('helps when nothing matches: words that exist, the whole matrix, the guide', async () => {
		await withPage(`${TOOL}?q=wall`, async (page) => {
			await expect
				.poll(() => searchStatus(page).innerText(), POLL)
				.toContain('No situation matches “wall”');
			const suggestion = page.locator('.escalation-search__suggestions button').first();
			expect(await suggestion.innerText()).toBe('WAL');
			expect(await page.getByRole('link', { name: 'the escalation matrix in the guide' }).getAttribute('href')).toBe(
				'/incident-response/#escalation-decision-matrix'
			);
			await suggestion.click();
			expect(await situations(page)).toEqual(['WAL corruption (single file)', 'WAL corruption (widespread)']);
			// The pressed button is gone: focus goes back to the search box, not to the page's top.
			expect(await page.evaluate(() => document.activeElement?.id)).toBe('escalation-query');
		});
	});

	it('puts "who do I need now?" and its answer first on a phone, above the matrix', async () => {
		await withPage(
			TOOL,
			async (page) => {
				await search(page).waitFor();
				const top = (selector: string) => page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
				const whoNow = await top('#who-now-heading');
				const answer = await top('#who-now-result-heading');
				const matrix = await top('.escalation-results');
				expect(whoNow).toBeLessThan(844);
				expect(answer).toBeLessThan(matrix);
				// No set-up contact for Level 1 here: the contacts that are set up, and who keeps the runbook.
				const result = await page.locator('.who-now__result').innerText();
				expect(result).toContain('Pager/on-call rotation (not set up in this runbook yet)');
				expect(result).toContain('Customer support: support@engram.example.com');
				expect(result).toContain('This runbook is kept by the Engram on-call team');
				expect(result).not.toContain('organisation.yaml');
			},
			{ viewport: { width: 390, height: 844 } }
		);
	});

	it('leads to a relevant page for "disk full", "oom" and "WAL lag"', async () => {
		await withPage(TOOL, async (page) => {
			await search(page).waitFor();
			const links = () => page.locator('.escalation-related a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
			await search(page).fill('disk full');
			await expect.poll(() => searchStatus(page).innerText(), POLL).toContain('No situation matches “disk full”');
			expect(await page.locator('.escalation-related').innerText()).toContain('No situation in the matrix fits, but these pages do');
			expect(await links()).toContain('/troubleshooting/resource-exhaustion/#resource-exhaustion--disk-full');

			await search(page).fill('oom');
			await expect.poll(links, POLL).toContain('/troubleshooting/resource-exhaustion/#resource-exhaustion--oom');

			// The matrix has WAL corruption rows only: they show, and the WAL lag issue is linked first.
			await search(page).fill('WAL lag');
			await expect.poll(async () => (await links())[0], POLL).toBe('/common-issues/wal-lag/');
			expect((await links()).some((href) => href?.startsWith('/alerts/wal-lag-'))).toBe(true);
			expect(await situations(page)).toContain('WAL corruption (single file)');
			expect(await runAxe(page)).toEqual([]);

			// The link leads to the page.
			await page.locator('.escalation-related a').first().click();
			await page.waitForURL('**/common-issues/wal-lag/');
		});
	});

	it('answers "who do I need now?" and keeps every answer in the link', async () => {
		await withPage(TOOL, async (page) => {
			await search(page).waitFor();
			expect(await resultHeading(page)).toBe('Engage Level 1 (On-Call Operator) now');

			await page.getByLabel('Severity').selectOption('sev1');
			await page.getByLabel('Minutes since the incident started').fill('45');
			await page.getByLabel('Data corruption detected').check();
			expect(await resultHeading(page)).toBe('Engage Level 2 (Senior Engineer) now');
			const result = page.locator('.who-now__result');
			expect(await result.innerText()).toContain(
				'“Data corruption detected”: a Level 1 escalation trigger (you ticked it)'
			);
			expect(await result.innerText()).toMatch(
				/“<2 hours” for SEV1, counted from the start of the incident: within 1 h 15 min from now \(by ~\d\d:\d\d UTC\)/
			);
			// 45 minutes in: the 30-minute rule is pointed out, not applied.
			expect(await page.locator('#who-now-hint-attempts-failed-30-min').innerText()).toBe(
				'It has been 45 min. If your attempts have not fixed it, tick this.'
			);
			expect(new URL(page.url()).search).toBe('?severity=sev1&minutes=45&triggers=data-corruption');

			// Two hours in: a multi-hour outage calls in Level 3 by itself.
			await page.getByLabel('Minutes since the incident started').fill('2h');
			expect(await resultHeading(page)).toBe('Engage Level 3 (Core Development Team) now');
			expect(await result.innerText()).toContain(
				'“Multi-hour outage”: a Level 2 escalation trigger (2 hours or more since the start)'
			);
			expect(param(page, 'minutes')).toBe('120');

			// The link brings it all back.
			await search(page).fill('nan');
			await expect.poll(() => param(page, 'q'), POLL).toBe('nan');
			await reloadHydrated(page);
			await search(page).waitFor();
			expect(await search(page).inputValue()).toBe('nan');
			expect(await page.getByLabel('Severity').inputValue()).toBe('sev1');
			expect(await page.getByLabel('Minutes since the incident started').inputValue()).toBe('120');
			expect(await page.getByLabel('Data corruption detected').isChecked()).toBe(true);
			expect(await resultHeading(page)).toBe('Engage Level 3 (Core Development Team) now');
			expect(await situations(page)).toEqual(['NaN values appearing', 'NaN values reappearing']);

			await page.getByRole('button', { name: 'Clear these answers' }).click();
			expect(await resultHeading(page)).toBe('Engage Level 1 (On-Call Operator) now');
			expect(new URL(page.url()).search).toBe('?q=nan');
		});
	});

	it('says all-hands for a security breach at SEV1, quoting the matrix', async () => {
		await withPage(`${TOOL}?severity=sev1&triggers=security-concern`, async (page) => {
			await expect.poll(() => resultHeading(page), POLL).toBe('Engage Level 3 (Core Development Team) now');
			expect(await page.locator('.who-now__result').innerText()).toContain(
				'The escalation matrix says “Security breach: Level 1 Escalate →, Level 2 Escalate →, Level 3 All-hands”.'
			);
		});
	});

	it('below SEV1, quotes the guide: a security incident is SEV1', async () => {
		await withPage(`${TOOL}?severity=sev2&triggers=security-concern`, async (page) => {
			expect(await resultHeading(page)).toBe('Engage Level 2 (Senior Engineer) now');
			expect(await page.locator('.who-now__result').innerText()).toContain(
				'The guide classes a security incident as SEV1: “Is this a security incident? → YES = SEV1”.'
			);
		});
	});

	it('takes the severity from the classifier’s link, and explains what a bad link could not give', async () => {
		await withPage(`${TOOL}?severity=sev2`, async (page) => {
			await search(page).waitFor();
			expect(await page.getByLabel('Severity').inputValue()).toBe('sev2');
		});
		await withPage(`${TOOL}?severity=sev9&minutes=-4&triggers=nope&utm=x`, async (page) => {
			await search(page).waitFor();
			const notice = page.locator('.tool-notice--warning').first();
			expect(await notice.innerText()).toContain('Parts of the link you opened could not be used');
			expect(await notice.locator('li').count()).toBe(4);
			expect(await page.getByLabel('Severity').inputValue()).toBe('');
		});
	});

	it('keeps hostile and odd input as typed, shown as text only', async () => {
		await withPage(TOOL, async (page) => {
			// An alert() from injected markup would be a dialog, which the harness fails on.
			const markup = '<img src=x onerror=alert(1)>';
			await search(page).fill(markup);
			await page.getByLabel('Minutes since the incident started').fill(markup);
			expect(await search(page).inputValue()).toBe(markup);
			expect(await page.locator('.escalation-lookup img').count()).toBe(0);
			expect(await searchStatus(page).innerText()).toContain(markup.slice(0, 20));
			const minutes = page.getByLabel('Minutes since the incident started');
			expect(await minutes.getAttribute('aria-invalid')).toBe('true');
			expect(await page.locator('#who-now-minutes-error').innerText()).toContain(
				'Enter the time since the start in minutes'
			);
			expect(param(page, 'minutes')).toBeNull();

			const huge = 'corruption '.repeat(600);
			await search(page).fill(huge);
			expect((await search(page).inputValue()).length).toBe(huge.length);
			expect(await page.locator('.escalation-search').innerText()).toContain(
				'Only the first 200 characters and 8 words are searched'
			);
			expect(param(page, 'q')!.length).toBe(200);
		});
	});

	it('works with the keyboard alone', async () => {
		await withPage(TOOL, async (page) => {
			await search(page).waitFor();
			// Tab from the top of the page to the search box (bounded: a lost focus order fails here).
			// "Who do I need now?" comes first, so the search box is further down the tab order.
			for (let i = 0; i < 80 && (await page.evaluate(() => document.activeElement?.id)) !== 'escalation-query'; i++) {
				await page.keyboard.press('Tab');
			}
			expect(await page.evaluate(() => document.activeElement?.id)).toBe('escalation-query');
			await page.keyboard.type('grpc');
			expect(await situations(page)).toEqual(['gRPC not working']);

			// On past the matching pages' links to the first result's link, then its "What Level 1 can do" disclosure.
			for (let i = 0; i < 8 && (await page.evaluate(() => document.activeElement?.textContent)) !== 'gRPC not working'; i++) {
				await page.keyboard.press('Tab');
			}
			expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('gRPC not working');
			await page.keyboard.press('Tab');
			await page.keyboard.press('Enter');
			expect(await page.locator('.escalation-step__more').first().getAttribute('open')).toBe('');

			// Severity with arrow keys, minutes typed, a trigger ticked with Space.
			await page.getByLabel('Severity').focus();
			await page.keyboard.press('ArrowDown');
			await page.keyboard.press('ArrowDown');
			expect(await page.getByLabel('Severity').inputValue()).toBe('sev2');
			await page.keyboard.press('Tab');
			expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Classify the severity');
			await page.keyboard.press('Tab');
			expect(await page.evaluate(() => document.activeElement?.id)).toBe('who-now-minutes');
			await page.keyboard.type('20');
			for (
				let i = 0;
				i < 10 && (await page.evaluate(() => document.activeElement?.id)) !== 'who-now-customer-escalation';
				i++
			) {
				await page.keyboard.press('Tab');
			}
			expect(await page.evaluate(() => document.activeElement?.id)).toBe('who-now-customer-escalation');
			await page.keyboard.press('Space');
			expect(await resultHeading(page)).toBe('Engage Level 3 (Core Development Team) now');
			expect(await page.locator('.who-now__result').innerText()).toContain('“next business day” for SEV2');

			// Focus is visible wherever it lands.
			const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
			expect(outline).not.toBe('none');
		});
	});

	it('copies a summary for the incident channel', async () => {
		await withPage(`${TOOL}?severity=sev1&minutes=45&triggers=data-corruption`, async (page) => {
			await page.getByRole('button', { name: 'Copy summary' }).click();
			await expect.poll(() => page.locator('.who-now__result').innerText(), POLL).toContain('Summary copied');
			const copied = await page.evaluate(() => navigator.clipboard.readText());
			expect(copied).toContain('Engage now: Level 2 (Senior Engineer) (SEV1, 45 min since start).');
			expect(copied).toContain('Why: “Data corruption detected”');
		});
	});

	it('sits in the guide under the matrix, leaving the guide’s link alone', async () => {
		await withPage('incident-response/', async (page) => {
			const embedded = page.locator('#escalation-query');
			await embedded.waitFor();
			expect(await page.locator('.escalation-results').count()).toBe(0);
			await embedded.fill('index');
			expect(await situations(page)).toEqual(['Index corruption']);
			await page.getByLabel('Data corruption detected').check();
			expect(new URL(page.url()).search).toBe('');
			expect(await page.getByRole('link', { name: 'Open on the lookup page' }).getAttribute('href')).toBe(
				'/tools/escalation/?q=index&triggers=data-corruption'
			);
		});
	});

	it('reads completely without JavaScript', async () => {
		// JavaScript is off for a whole context: this test keeps a context of its own.
		await withSitePage(
			site,
			TOOL,
			async (page) => {
				expect(await page.locator('table.escalation-matrix tbody tr').count()).toBe(14);
				expect(await page.locator('main').innerText()).toContain('Resolution attempts failed after 30 minutes');
				expect(await page.locator('main').innerText()).toContain('need JavaScript');
				// The server-rendered tool is there, but hidden: no control that cannot work.
				expect(await page.locator('#escalation-query').count()).toBe(1);
				expect(await page.locator('.escalation-lookup.tool').isVisible()).toBe(false);
			},
			{ javaScriptEnabled: false }
		);
	});

	it('passes axe with results, answers and the empty state, in light and dark', async () => {
		await withPage(`${TOOL}?q=wal&severity=sev1&minutes=45&triggers=data-corruption,attempts-failed-30-min`, async (page) => {
			const clean = async (state: string) => expect(await runAxeInBothThemes(page), state).toEqual({ light: [], dark: [] });
			await search(page).waitFor();
			await page.locator('.escalation-step__more summary').first().click();
			await clean('results and answers, a disclosure open');
			await search(page).fill('xyzzy');
			await page.getByLabel('Minutes since the incident started').fill('soon');
			await clean('nothing matches, minutes invalid');
		});
	});
});
