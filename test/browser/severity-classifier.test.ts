/**
 * The severity classifier in Chromium: every level by clicking, Back and Start over, a reloaded
 * result link, malformed links, keyboard-only use, the symptom shortcut, the checklist kept in the
 * browser, the guide embed, and the page without JavaScript. axe runs once per distinct state the
 * tool can show (each result card, answers so far, the notice, a filtered list, the guide embed);
 * every-page.test.ts covers the first question in both themes.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
	describeInBrowser,
	gotoHydrated,
	openSite,
	openWatchedPage,
	type PageOptions,
	reloadHydrated,
	runAxe,
	type Site,
	type WatchedPage,
	withPage as withSitePage,
} from '../helpers/browser';
import { assertBuilt } from '../helpers/dist';

const TOOL = 'tools/severity/';

/** Polls until the value matches; generous, because a busy two-core machine can take seconds per call. */
const eventually = <T,>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000, interval: 100 });

describeInBrowser('severity classifier', () => {
	let site: Site;
	beforeAll(async () => {
		assertBuilt();
		site = await openSite();
	});
	afterAll(() => site?.close());

	/** The harness's withPage, on this suite's site. */
	const withPage = (path: string, body: (page: Page, watched: WatchedPage) => Promise<void>, options: PageOptions = {}) =>
		withSitePage(site, path, body, options);

	async function expectAxeClean(page: Page, step: string) {
		expect(await runAxe(page), `axe at: ${step}`).toEqual([]);
	}

	/** The text of the focused element. */
	const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
	const question = (page: Page) => page.locator('.sc-question');
	const resultTitle = (page: Page) => page.locator('.sc-result__title');
	const click = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).first().click();

	const paths = [
		{ level: 'SEV1 — Critical', theme: 'light', clicks: ['No', 'No'], url: 'answers=any-user-access:no,restore-30-min:no' },
		{
			level: 'SEV2 — High',
			theme: 'dark',
			clicks: ['Yes', 'No', 'No', 'Yes', 'Yes'],
			url: 'answers=any-user-access:yes,data-loss-now:no,security-incident:no,over-half-users:yes,restore-2-hours:yes',
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
					expect(decodeURIComponent(page.url())).toContain(path.url);
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

	it('goes Back one question at a time and Starts over, with the URL following', async () => {
		await withPage(TOOL, async (page) => {
			await click(page, 'Yes');
			await click(page, 'No');
			await eventually(() => question(page).textContent()).toBe('Is this a security incident?');
			await eventually(() => page.locator('.sc-so-far li').count()).toBe(2);

			await click(page, 'Back');
			await eventually(() => question(page).textContent()).toBe('Is data being lost RIGHT NOW?');
			await eventually(() => focusedText(page)).toBe('Is data being lost RIGHT NOW?');
			expect(decodeURIComponent(page.url())).toMatch(/\?answers=any-user-access:yes$/);

			// Back from a result returns to its last question.
			await click(page, 'Yes');
			await eventually(() => question(page).textContent()).toBe('Can we restore service within 30 minutes?');
			await click(page, 'Yes');
			await resultTitle(page).waitFor();
			await click(page, 'Back');
			await eventually(() => question(page).textContent()).toBe('Can we restore service within 30 minutes?');

			await click(page, 'Start over');
			await eventually(() => question(page).textContent()).toBe('Can ANY user access the service?');
			await eventually(() => focusedText(page)).toBe('Can ANY user access the service?');
			expect(new URL(page.url()).search).toBe('');
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
			expect(decodeURIComponent(new URL(page.url()).search)).toBe('?answers=any-user-access:yes');
		});
	});

	it('survives corrupted saved ticks with a notice', async () => {
		const watched = await openWatchedPage(site);
		await watched.page.addInitScript(() => localStorage.setItem('engram-runbook:severity-checklist', '{not json'));
		await gotoHydrated(watched.page, `${site.url}${TOOL}?symptom=sev3:0`);
		await eventually(() => resultTitle(watched.page).textContent()).toBe('SEV3 — Medium');
		await eventually(() => watched.page.getByText('could not be read').isVisible()).toBe(true);
	});

	it('works with the keyboard only: Tab and Enter, then Y and N, never while typing in a field', async () => {
		await withPage(TOOL, async (page) => {
			// Tab from the top of the page to the Yes button.
			for (let i = 0; i < 60 && (await focusedText(page)) !== 'Yes'; i++) await page.keyboard.press('Tab');
			await eventually(() => focusedText(page)).toBe('Yes');
			await page.keyboard.press('Enter');
			await eventually(() => question(page).textContent()).toBe('Is data being lost RIGHT NOW?');
			await eventually(() => focusedText(page)).toBe('Is data being lost RIGHT NOW?');

			await page.keyboard.press('n');
			await eventually(() => question(page).textContent()).toBe('Is this a security incident?');
			await page.keyboard.press('y');
			await eventually(() => question(page).textContent()).toBe('Can we restore service within 30 minutes?');
			await expectAxeClean(page, 'keyboard hint question');

			// Typing y or n in the symptom filter filters; it does not answer.
			await page.getByLabel('Filter the symptoms').focus();
			await page.keyboard.type('ny');
			await eventually(() => question(page).textContent()).toBe('Can we restore service within 30 minutes?');
			await eventually(() => page.getByLabel('Filter the symptoms').inputValue()).toBe('ny');

			await question(page).focus();
			await page.keyboard.press('Y');
			await eventually(() => resultTitle(page).textContent()).toBe('SEV1 — Critical');
			await eventually(() => focusedText(page)).toBe('SEV1 — Critical');

			// The checklist ticks with Tab and Space.
			for (let i = 0; i < 20; i++) {
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
			await filter.fill('consolidation completely');
			await page.locator('.sc-symptom').first().click();
			await eventually(() => resultTitle(page).textContent()).toBe('SEV2 — High');
			await eventually(() => focusedText(page)).toBe('SEV2 — High');
			await eventually(() => page.getByText('Decided by symptom: “Consolidation completely stuck”').isVisible()).toBe(true);
			expect(decodeURIComponent(page.url())).toContain('?symptom=sev2:4');
			await click(page, 'Back');
			await eventually(() => question(page).textContent()).toBe('Can ANY user access the service?');
		});
	});

	it('copies a summary of the result', async () => {
		await withPage(`${TOOL}?symptom=sev4:1`, async (page, watched) => {
			await watched.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
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
			const url = new URL(page.url());
			expect(url.hash).toBe('#severity-levels');
			expect(decodeURIComponent(url.search)).toBe('?template=sev1-notification&answers=any-user-access:no,restore-30-min:yes');
			await expectAxeClean(page, 'guide embed result');
		});
	});

	it('shows the decision table without JavaScript, and no dead buttons', async () => {
		await withPage(
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
