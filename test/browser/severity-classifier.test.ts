/**
 * The severity classifier in Chromium: every level by clicking, the result at once with the hint
 * question optional on the card, "Not sure", the SEV1 result within two phone screens, Back and
 * Start over, a reloaded result link, malformed links, keyboard-only use (Y/N once the tool is on
 * screen), the symptom shortcut with typos and synonyms, the checklist kept in the browser, the
 * guide embed, and the page without JavaScript. axe runs once per distinct state the
 * tool can show (each result card, answers so far, the notice, a filtered list, the guide embed);
 * every-page.test.ts covers the first question in both themes. Every test but the one without
 * JavaScript runs in one shared tab (useSharedTab): each starts as a first visit, and the tab is
 * checked after each test as a fresh watched page would be.
 */
import { afterAll, beforeAll, expect, it, onTestFinished } from 'vitest';
import type { Page } from 'playwright-core';
import {
	describeInBrowser,
	openSite,
	reloadHydrated,
	runAxe,
	type SharedTabOpenOptions,
	type Site,
	useSharedTab,
	withPage as withSitePage,
} from '../helpers/browser';
import { assertBuilt } from '../helpers/dist';
import { layoutShiftTotal, recordLayoutShifts } from '../helpers/layout';

const TOOL = 'tools/severity/';

/**
 * Polls until the value matches; generous, because a busy two-core machine can take seconds per call.
 * The address too: the island rewrites it in an effect, after the new state is on screen.
 */
const eventually = <T,>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000, interval: 100 });

describeInBrowser('severity classifier', () => {
	let site: Site;
	beforeAll(async () => {
		assertBuilt();
		site = await openSite();
	});
	afterAll(() => site?.close());

	const tab = useSharedTab(() => site);

	/** A first visit to `path` in the file's shared tab, loaded and hydrated (checked after each test). */
	const withPage = async (path: string, body: (page: Page) => Promise<void>, options: SharedTabOpenOptions = {}) =>
		body(await tab.open(path, options));

	async function expectAxeClean(page: Page, step: string) {
		expect(await runAxe(page), `axe at: ${step}`).toEqual([]);
	}

	/** The text of the focused element. */
	const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
	const question = (page: Page) => page.locator('.sc-question');
	const resultTitle = (page: Page) => page.locator('.sc-result__title');
	const click = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).first().click();

	const paths = [
		{ level: 'SEV1 — Critical', theme: 'light', clicks: ['No'], url: 'answers=any-user-access:no' },
		{
			level: 'SEV2 — High',
			theme: 'dark',
			clicks: ['Yes', 'No', 'No', 'Yes'],
			url: 'answers=any-user-access:yes,data-loss-now:no,security-incident:no,over-half-users:yes',
		},
		{
			level: 'SEV3 — Medium',
			theme: 'light',
			clicks: ['Yes', 'No', 'No', 'No', 'No', 'No', 'Yes', 'Yes'],
			url: 'one-user:yes',
		},
		{ level: 'SEV4 — Low', theme: 'dark', clicks: ['Yes', 'No', 'No', 'No', 'No', 'No', 'No'], url: 'any-impact:no' },
	] as const;

	for (const path of paths) {
		it(`clicks through to ${path.level} (${path.theme}), focus on each new heading, axe on the result`, async () => {
			await withPage(
				TOOL,
				async (page) => {
					await eventually(() => question(page).textContent()).toBe('Can ANY user access the service?');
					for (const [index, answer] of path.clicks.entries()) {
						await click(page, answer);
						const last = index === path.clicks.length - 1;
						const heading = last ? resultTitle(page) : question(page);
						await eventually(() => heading.evaluate((el) => el === document.activeElement).catch(() => false)).toBe(true);
					}
					await eventually(() => resultTitle(page).textContent()).toBe(path.level);
					await eventually(() => page.locator('.sc [aria-live="polite"].sr-only').textContent()).toBe(
						`Result: ${path.level}.`
					);
					await eventually(() => decodeURIComponent(page.url())).toContain(path.url);
					// The answers that decided it are listed on the card.
					await eventually(() => page.locator('.sc-reasons li').count()).toBe(path.clicks.length);
					await expectAxeClean(page, 'result');
				},
				{ colorScheme: path.theme }
			);
		});
	}

	it('shows the escalation hint when a SEV1 cannot be restored within 30 minutes', async () => {
		await withPage(`${TOOL}?answers=any-user-access:no,restore-30-min:no`, async (page) => {
			await eventually(() => page.locator('.sc-result .tool-notice--warning').textContent()).toContain('Consider escalation');
		});
	});

	it('does not jump when it hydrates on a phone: the server renders the first question', async () => {
		await tab.beforeEveryLoad(recordLayoutShifts);
		await withPage(
			TOOL,
			async (page) => {
				await eventually(() => question(page).textContent()).toBe('Can ANY user access the service?');
				// Before the fix one shift of 0.65 moved the whole decision table down.
				expect(await layoutShiftTotal(page)).toBeLessThan(0.01);
			},
			{ viewport: { width: 390, height: 844 } }
		);
	});

	it('one No shows the SEV1 result, its actions and Copy summary within two phone screens (390×844)', async () => {
		await withPage(
			TOOL,
			async (page) => {
				await eventually(() => question(page).textContent()).toBe('Can ANY user access the service?');
				await click(page, 'No');
				await eventually(() => resultTitle(page).textContent()).toBe('SEV1 — Critical');
				const bottom = (locator: ReturnType<Page['locator']>) =>
					locator.evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
				const twoScreens = 2 * 844;
				const card = page.locator('.sc-result');
				// What to do now: respond, escalation path, first update due, the next two actions.
				const now = card.locator('.sc-now');
				expect(await now.innerText()).toContain('Immediate (page on-call engineer)');
				expect(await now.innerText()).toContain('Page on-call → War room');
				expect(await now.innerText()).toContain('Due within 15 minutes');
				expect(await now.locator('.sc-now__next li').allInnerTexts()).toEqual([
					'Page on-call engineer immediately',
					'Start incident timer and create war room (Zoom/Slack)',
				]);
				// Not set up here: said in a reader's words, with the contacts that are and who keeps the runbook.
				expect(await card.innerText()).toContain('not set up in this runbook yet');
				expect(await card.innerText()).toContain('Customer support: support@engram.example.com');
				expect(await card.innerText()).not.toContain('organisation.yaml');
				const copy = page.getByRole('button', { name: 'Copy summary' });
				expect(await bottom(now)).toBeLessThan(twoScreens);
				expect(await bottom(copy)).toBeLessThan(twoScreens);
				// The order of the card: level, what to do now, escalation, Copy summary, the hint, the checklist, the reasons.
				const order = await card.evaluate((el) =>
					['.sc-result__title', '.sc-now', '.sc-escalation', '.sc-next', '.sc-hint', '.sc-checklist', '.sc-reasons'].map(
						(selector) => el.querySelector(selector)!.getBoundingClientRect().top
					)
				);
				expect(order).toEqual([...order].sort((a, b) => a - b));
				// The hint question is on the card, optional; answering it adds the advice in place.
				expect(await card.locator('.sc-hint').innerText()).toContain('Can we restore service within 30 minutes?');
				await card.locator('.sc-hint').getByRole('button', { name: 'No', exact: true }).click();
				await eventually(() => card.locator('.sc-hint').innerText()).toContain('Consider escalation');
				await eventually(() => card.locator('.sc-hint').evaluate((el) => el === document.activeElement)).toBe(true);
				await eventually(() => decodeURIComponent(page.url())).toContain('answers=any-user-access:no,restore-30-min:no');
			},
			{ viewport: { width: 390, height: 844 } }
		);
	});

	it('offers Not sure on every question, applying and saying “unsure → higher severity”', async () => {
		await withPage(TOOL, async (page) => {
			await eventually(() => question(page).textContent()).toBe('Can ANY user access the service?');
			await click(page, 'Not sure');
			await eventually(() => resultTitle(page).textContent()).toBe('SEV1 — Critical');
			const card = page.locator('.sc-result');
			expect(await card.locator('.sc-result__unsure').innerText()).toContain('You answered “Not sure”, so the rule applies: unsure → higher severity');
			expect(await card.locator('.sc-reasons').innerText()).toContain('Not sure (counted as No: unsure → higher severity)');
			await eventually(() => decodeURIComponent(page.url())).toContain('answers=any-user-access:unsure');
			await expectAxeClean(page, 'unsure result');
		});
	});

	it('goes Back one question at a time and Starts over, with the URL following', async () => {
		await withPage(TOOL, async (page) => {
			await click(page, 'Yes');
			await click(page, 'No');
			await eventually(() => question(page).textContent()).toBe('Is this a security incident?');
			await eventually(() => page.locator('.sc-so-far li').count()).toBe(2);

			await click(page, 'Back');
			await eventually(() => question(page).textContent()).toBe('Is data being lost RIGHT NOW?');
			await eventually(() => focusedText(page)).toBe('Is data being lost RIGHT NOW?');
			await eventually(() => decodeURIComponent(page.url())).toMatch(/\?answers=any-user-access:yes$/);

			// Back from a result returns to its last question.
			await click(page, 'Yes');
			await resultTitle(page).waitFor();
			await click(page, 'Back');
			await eventually(() => question(page).textContent()).toBe('Is data being lost RIGHT NOW?');

			await click(page, 'Start over');
			await eventually(() => question(page).textContent()).toBe('Can ANY user access the service?');
			await eventually(() => focusedText(page)).toBe('Can ANY user access the service?');
			await eventually(() => new URL(page.url()).search).toBe('');
			await eventually(() => page.getByRole('button', { name: 'Back', exact: true }).isDisabled()).toBe(true);
		});
	});

	it('changes an earlier answer from the answers-so-far list', async () => {
		await withPage(`${TOOL}?answers=any-user-access:yes,data-loss-now:no,security-incident:no`, async (page) => {
			await page.getByRole('button', { name: 'Change the answer to “Is data being lost RIGHT NOW?”' }).click();
			await eventually(() => question(page).textContent()).toBe('Is data being lost RIGHT NOW?');
			await eventually(() => page.locator('.sc-so-far li').count()).toBe(1);
		});
	});

	it('reloads a result link to the same result, with checklist ticks kept in the browser', async () => {
		await withPage(TOOL, async (page) => {
			for (const answer of ['Yes', 'No', 'No', 'No', 'Yes', 'No']) await click(page, answer);
			await eventually(() => resultTitle(page).textContent()).toBe('SEV2 — High');
			// The sixth answer (the optional restore question on the result card) is the last one
			// written to the address: wait for it, or the link is read one answer early.
			await eventually(() => decodeURIComponent(page.url())).toMatch(/\?answers=.*,restore-2-hours:no$/);
			const link = page.url();
			const first = page.getByRole('checkbox', { name: 'Notify on-call engineer within 15 minutes' });
			await first.check();
			await eventually(() => page.getByText('1 of 7 done.').isVisible()).toBe(true);

			await reloadHydrated(page);
			expect(page.url()).toBe(link);
			await eventually(() => resultTitle(page).textContent()).toBe('SEV2 — High');
			await eventually(() => page.locator('.sc-result .tool-notice--warning').textContent()).toContain('Consider SEV1');
			await eventually(() => first.isChecked()).toBe(true);

			await page.getByRole('button', { name: 'Untick all' }).click();
			await eventually(() => first.isChecked()).toBe(false);
		});
	});

	it('ignores a malformed link with a short notice and starts at the first question', async () => {
		const search = `?answers=any-user-access:maybe&x=${encodeURIComponent('<img src=x onerror=alert(1)>')}`;
		await withPage(TOOL + search, async (page) => {
			const notice = page.getByRole('status').filter({ hasText: 'Ignored' });
			await eventually(() => notice.textContent()).toContain('Ignored “answers”');
			await eventually(() => notice.textContent()).toContain('unknown link parameter “x”');
			await eventually(() => question(page).textContent()).toBe('Can ANY user access the service?');
			await eventually(() => page.locator('img[src="x"]').count()).toBe(0);
			await expectAxeClean(page, 'malformed link');
			// The first step clears the notice and the odd parameters from the address.
			await click(page, 'Yes');
			await eventually(() => notice.count()).toBe(0);
			await eventually(() => decodeURIComponent(new URL(page.url()).search)).toBe('?answers=any-user-access:yes');
		});
	});

	it('survives corrupted saved ticks with a notice', async () => {
		// The corrupted ticks are in storage before the page's own scripts run (every load of this
		// test; http pages only: the shared tab passes through about:blank, which has no storage).
		// Written after a first load instead, they raced with what that page saved on its way out.
		await tab.beforeEveryLoad(() => {
			if (location.protocol.startsWith('http')) localStorage.setItem('engram-runbook:severity-checklist', '{not json');
		});
		const page = await tab.open(`${TOOL}?symptom=sev3:0`);
		await eventually(() => resultTitle(page).textContent()).toBe('SEV3 — Medium');
		await eventually(() => page.getByText('could not be read').isVisible()).toBe(true);
	});

	it('works with the keyboard only: Tab and Enter, then Y and N once on screen, never while typing in a field', async () => {
		await withPage(TOOL, async (page) => {
			// Tab from the top of the page to the Yes button.
			for (let i = 0; i < 60 && (await focusedText(page)) !== 'Yes'; i++) await page.keyboard.press('Tab');
			await eventually(() => focusedText(page)).toBe('Yes');
			await page.keyboard.press('Enter');
			await eventually(() => question(page).textContent()).toBe('Is data being lost RIGHT NOW?');
			await eventually(() => focusedText(page)).toBe('Is data being lost RIGHT NOW?');

			await page.keyboard.press('n');
			await eventually(() => question(page).textContent()).toBe('Is this a security incident?');

			// Typing y or n in the symptom filter filters; it does not answer.
			await page.getByLabel('Filter the symptoms').focus();
			await page.keyboard.type('ny');
			await eventually(() => question(page).textContent()).toBe('Is this a security incident?');
			await eventually(() => page.getByLabel('Filter the symptoms').inputValue()).toBe('ny');

			// Focus outside the tool (on the page itself): Y still answers while the tool is on screen.
			await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
			await page.keyboard.press('Y');
			await eventually(() => resultTitle(page).textContent()).toBe('SEV1 — Critical');
			await eventually(() => focusedText(page)).toBe('SEV1 — Critical');

			// The checklist ticks with Tab and Space.
			for (let i = 0; i < 40; i++) {
				await page.keyboard.press('Tab');
				if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'checkbox')) break;
			}
			await page.keyboard.press('Space');
			await eventually(() => page.getByText('1 of 8 done.').isVisible()).toBe(true);
		});
	});

	it('gives a level straight from a searched symptom', async () => {
		await withPage(TOOL, async (page) => {
			const filter = page.getByLabel('Filter the symptoms');
			await filter.fill('WAL corruption');
			await eventually(() => page.locator('.sc-symptom').count()).toBe(1);
			await expectAxeClean(page, 'filtered symptoms');
			await filter.fill('<img src=x onerror=alert(1)>');
			await eventually(() => page.getByText('No symptom matches').isVisible()).toBe(true);
			await page.getByRole('button', { name: 'Clear the filter' }).click();
			await eventually(() => filter.evaluate((el) => el === document.activeElement)).toBe(true);
			// Typos and synonyms, with the escalation lookup's word matching.
			await filter.fill('node down');
			await eventually(() => page.locator('.sc-symptom').allInnerTexts()).toEqual([
				expect.stringContaining('Engram process down and cannot restart'),
			]);
			await filter.fill('latncy');
			await eventually(() => page.locator('.sc-symptom').first().innerText()).toContain('Severe performance degradation');
			await filter.fill('consolidation completely');
			await page.locator('.sc-symptom').first().click();
			await eventually(() => resultTitle(page).textContent()).toBe('SEV2 — High');
			await eventually(() => focusedText(page)).toBe('SEV2 — High');
			await eventually(() => page.getByText('Decided by symptom: “Consolidation completely stuck”').isVisible()).toBe(true);
			await eventually(() => decodeURIComponent(page.url())).toContain('?symptom=sev2:4');
			await click(page, 'Back');
			await eventually(() => question(page).textContent()).toBe('Can ANY user access the service?');
		});
	});

	it('copies a summary of the result', async () => {
		await withPage(`${TOOL}?symptom=sev4:1`, async (page) => {
			// Granted for this test only: the other tests run in the same context.
			onTestFinished(() => tab.context.clearPermissions());
			await tab.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
			await page.getByRole('button', { name: 'Copy summary' }).click();
			await eventually(() => page.getByText('Summary copied.').isVisible()).toBe(true);
			const copied = await page.evaluate(() => navigator.clipboard.readText());
			expect(copied).toContain('Severity: SEV4 — Low');
			expect(copied).toContain('Decided by: Symptom: Feature requests or enhancements');
			expect(copied).toContain(`Link: ${page.url()}`);
		});
	});

	it('works inside the guide, keeping the section anchor and other tools’ parameters', async () => {
		await withPage('incident-response/?template=sev1-notification#severity-levels', async (page) => {
			const embed = page.locator('.severity-classifier--guide');
			await eventually(() => embed.locator('.sc-question').textContent()).toBe('Can ANY user access the service?');
			await eventually(() => page.getByRole('status').filter({ hasText: 'Ignored' }).count()).toBe(0);
			await embed.getByRole('button', { name: 'No', exact: true }).click();
			await embed.getByRole('button', { name: 'Yes', exact: true }).click();
			await eventually(() => embed.locator('.sc-result__title').textContent()).toBe('SEV1 — Critical');
			await eventually(() => decodeURIComponent(new URL(page.url()).search)).toBe(
				'?template=sev1-notification&answers=any-user-access:no,restore-30-min:yes'
			);
			expect(new URL(page.url()).hash).toBe('#severity-levels');
			await expectAxeClean(page, 'guide embed result');
		});
	});

	it('shows the decision table without JavaScript, and no dead buttons', async () => {
		// JavaScript is off for a whole context: a context of its own.
		await withSitePage(
			site,
			TOOL,
			async (page) => {
				await eventually(() => page.locator('.sc-table tbody tr').count()).toBe(14);
				await eventually(() => page.locator('.sc-table').textContent()).toContain('Is anything broken or degraded');
				await eventually(() => page.getByRole('button', { name: 'Yes', exact: true }).count()).toBe(0);
				// axe needs JavaScript; every-page.test.ts checks this page with it on.
			},
			{ javaScriptEnabled: false }
		);
	});
});
