/**
 * The communication template generator in real Chromium: fill and copy every template and read
 * the clipboard back; confirm-before-copy while fields are empty; drafts survive a reload and
 * reach another tab; markup and a 20,000-character value stay text; the plain-http fallback
 * copies; both copy paths failing selects the text; Clear asks first; axe stays clean.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.ts';
import { startStaticServer } from '../../scripts/static-server.ts';
import {
	downloadedText,
	describeInBrowser,
	runAxeInBothThemes,
	openSite,
	openWatchedPage,
	useSharedTab,
	type PageOptions,
	type Site,
	type WatchedPage,
} from '../helpers/browser';
import { assertBuilt, DIST } from '../helpers/dist';
import { loadRunbookData } from '../helpers/data';

/** Every template, from the data: a new template is tested without editing this file. */
const TEMPLATES = loadRunbookData().templates.map((template) => template.id);
const CLIPBOARD = { permissions: ['clipboard-read', 'clipboard-write'] };

/** Opens the generator in a tab of its own and waits for the island to be ready. */
async function openGenerator(site: Site, query = '', options: PageOptions = CLIPBOARD) {
	const watched = await openWatchedPage(site, options);
	await watched.page.goto(`${site.url}tools/templates/${query}`);
	await watched.page.waitForSelector('#tg-template');
	return watched;
}

const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const writeClipboard = (page: Page, text: string) => page.evaluate((t) => navigator.clipboard.writeText(t), text);
const previewText = (page: Page, which: 'subject' | 'body') =>
	page.locator(`#tg-${which}-preview`).evaluate((element) => element.textContent ?? '');

/**
 * Enters a plausible value into every field of the open template (computed fields are left
 * automatic), in one round trip: each control gets its value and the input (or change) event a
 * reader's typing fires, field by field, so every edit renders and saves as typing does. (One
 * Playwright fill per field cost about 5 s for the 60 fields of the post-incident report.)
 */
async function fillEveryField(page: Page): Promise<Record<string, string>> {
	return page.$$eval('.tg-field', (elements) => {
		const typed: Record<string, string> = {};
		const enter = (control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string, event: 'input' | 'change') => {
			const prototype = Object.getPrototypeOf(control) as object;
			Object.getOwnPropertyDescriptor(prototype, 'value')!.set!.call(control, value);
			control.dispatchEvent(new Event(event, { bubbles: true }));
		};
		for (const element of elements) {
			const control = element.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('[data-field]');
			const field = control?.getAttribute('data-field') ?? '';
			if (!control) continue;
			switch (element.getAttribute('data-kind')) {
				case 'computed':
					break;
				case 'choice':
					enter(control, (control as HTMLSelectElement).options[1]!.value, 'change');
					break;
				case 'time':
					enter(control, '2026-03-01 12:00', 'input');
					break;
				case 'clock':
					enter(control, '12:30', 'input');
					break;
				case 'date':
					enter(control, '2026-03-01', 'input');
					break;
				case 'number':
					enter(control, '2', 'input');
					break;
				default:
					typed[field] = `typed ${field}`;
					enter(control, typed[field], 'input');
			}
		}
		return typed;
	});
}

describeInBrowser('template generator', () => {
	let site: Site;
	beforeAll(async () => {
		assertBuilt();
		site = await openSite();
	});
	afterAll(() => site?.close());
	const tab = useSharedTab(() => site, CLIPBOARD);

	/** A first visit to the generator in the file's shared tab (checked after each test: errors, requests, dialogs). */
	const withPage = async (query: string, body: (watched: { page: Page }) => Promise<void>) => {
		const page = await tab.open(`tools/templates/${query}`);
		await page.waitForSelector('#tg-template');
		await body({ page });
	};

	for (const id of TEMPLATES) {
		it(`fills ${id} and copies it to the clipboard`, async () => {
			await withPage(`?template=${id}`, async ({ page }) => {
				expect(await page.locator('#tg-template').inputValue()).toBe(id);
				const typed = await fillEveryField(page);
				await expect.poll(() => page.locator('.tg-summary').textContent()).toMatch(/^All \d+ fields are filled in/);
				expect(await page.locator('#tg-body-preview mark').count()).toBe(0);

				let subject = '';
				if (await page.locator('#tg-subject-preview').count()) {
					await page.getByRole('button', { name: 'Copy subject' }).click();
					subject = await previewText(page, 'subject');
					await expect.poll(() => readClipboard(page)).toBe(subject);
				}
				await page.getByRole('button', { name: /^Copy (body|report)$/ }).click();
				await expect.poll(() => page.locator('.tg-status').textContent()).toMatch(/Copied the (body|report)/);
				const copied = await readClipboard(page);
				expect(copied).toBe(await previewText(page, 'body'));
				for (const value of Object.values(typed)) expect(`${subject}\n${copied}`).toContain(value);
				expect(copied).not.toMatch(/\[(?!SEV\d\])[^\]\n]*\]/);
			});
		});
	}

	it('copies Slack text and downloads the report as INC-YYYY-MM-DD-NNN.md', async () => {
		await withPage('?template=post-incident-report', async ({ page }) => {
			await fillEveryField(page);
			await page.locator('#tg-post-incident-report-incident-number').fill('4');
			await page.getByLabel('Slack').check();
			await page.getByRole('button', { name: 'Copy report' }).click();
			await expect.poll(() => readClipboard(page)).toContain('*Timeline (All times in UTC)*');
			expect(await readClipboard(page)).not.toMatch(/^\|/m);

			await page.getByLabel('Markdown').check();
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('button', { name: 'Download INC-2026-03-01-004.md' }).click(),
			]);
			expect(download.suggestedFilename()).toBe('INC-2026-03-01-004.md');
			const saved = await downloadedText(download);
			expect(saved.startsWith('# Incident Report: typed title\n\n**Incident ID**: INC-2026-03-01-004\n')).toBe(true);
		});
	});

	it('says how many fields are empty and copies only on the second press', async () => {
		await withPage('?template=sev1-notification', async ({ page }) => {
			await writeClipboard(page, 'untouched');
			const copy = page.getByRole('button', { name: 'Copy body' });
			await copy.click();
			const armed = page.getByRole('button', { name: /^\d+ fields empty — copy anyway\?$/ });
			await expect.poll(() => armed.count()).toBe(1);
			expect(await readClipboard(page)).toBe('untouched');
			await armed.click();
			await expect.poll(() => readClipboard(page)).toBe(await previewText(page, 'body'));
			expect(await readClipboard(page)).toContain('[Zoom/Slack link]');
		});
	});

	it('keeps a draft across a reload and shows it in another tab', async () => {
		await withPage('?template=sev1-progress-update', async ({ page }) => {
			const { context } = tab;
			const field = page.locator('#tg-sev1-progress-update-brief-description');
			await field.fill('WAL replay stuck');
			await page.reload();
			await page.waitForSelector('#tg-template');
			expect(await page.locator('#tg-sev1-progress-update-brief-description').inputValue()).toBe('WAL replay stuck');

			const other = await context.newPage();
			await other.goto(`${site.url}tools/templates/?template=sev1-progress-update`);
			await other.waitForSelector('#tg-template');
			const otherField = other.locator('#tg-sev1-progress-update-brief-description');
			expect(await otherField.inputValue()).toBe('WAL replay stuck');
			// Typing in the first tab reaches the second through the storage event.
			await page.locator('#tg-sev1-progress-update-brief-description').fill('WAL replay fixed');
			await expect.poll(() => otherField.inputValue()).toBe('WAL replay fixed');

			// The update number counts up.
			await page.getByRole('button', { name: 'Start the next update' }).click();
			expect(await page.locator('#tg-sev1-progress-update-update-number').inputValue()).toBe('2');
			expect(await previewText(page, 'subject')).toContain('Update #2 - WAL replay fixed');
		});
	});

	it('shows markup and a 20,000-character value as text, and copies them whole', async () => {
		await withPage('?template=sev1-notification', async ({ page }) => {
			// An alert() from the markup would be a dialog, which the harness fails on.
			const markup = '<img src=x onerror=alert(1)>';
			const long = 'L'.repeat(19_990) + ' end.12345';
			await page.locator('#tg-sev1-notification-impact').fill(markup);
			await page.locator('#tg-sev1-notification-affected-operations').fill(long);
			await expect.poll(() => previewText(page, 'body')).toContain(`IMPACT: ${markup}\n`);
			expect(await page.locator('#tg-body-preview img, .template-generator img').count()).toBe(0);
			expect(await previewText(page, 'body')).toContain(`- Operations: ${long}\n`);
			expect(await page.locator('#tg-sev1-notification-affected-operations').inputValue()).toHaveLength(20_000);
			await expect.poll(() => page.locator('.tg-problem').first().textContent()).toContain('20,000 characters');

			await page.getByRole('button', { name: 'Copy body' }).click();
			await page.getByRole('button', { name: /copy anyway/ }).click();
			await expect.poll(() => readClipboard(page)).toContain(long);
			expect(await readClipboard(page)).toContain(`IMPACT: ${markup}`);
		});
	});

	it('asks before clearing, and resets a corrupted draft with a notice', async () => {
		await withPage('?template=sev1-resolution-notification', async ({ page }) => {
			const field = page.locator('#tg-sev1-resolution-notification-users-affected');
			await field.fill('All tenants');
			await page.getByRole('button', { name: 'Clear this draft…' }).click();
			const keep = page.getByRole('button', { name: 'Keep it' });
			await expect.poll(() => keep.evaluate((el) => el === document.activeElement)).toBe(true);
			await keep.click();
			expect(await field.inputValue()).toBe('All tenants');
			await page.getByRole('button', { name: 'Clear this draft…' }).click();
			// Escape as a reader presses it: once the question has the focus (it moves there on the
			// next frame; pressed before, on CI, the key went to the page and the question stayed).
			await expect.poll(() => keep.evaluate((el) => el === document.activeElement)).toBe(true);
			await page.keyboard.press('Escape');
			await expect
				.poll(() => page.evaluate(() => document.activeElement?.textContent))
				.toBe('Clear this draft…');

			await page.getByRole('button', { name: 'Clear this draft…' }).click();
			await page.getByRole('button', { name: 'Yes, clear the draft' }).click();
			expect(await field.inputValue()).toBe('');
			expect(await page.evaluate(() => document.activeElement?.id)).toBe('tg-form-heading');

			await page.evaluate(() =>
				localStorage.setItem('engram-runbook:template-generator:draft:sev1-resolution-notification', '{broken')
			);
			await page.reload();
			await page.waitForSelector('#tg-template');
			expect(await page.locator('.tool-notice--warning').first().textContent()).toMatch(/could not be read/);
			expect(await field.inputValue()).toBe('');
		});
	});

	it('takes the template and severity from the link, and says what it ignored', async () => {
		await withPage('?template=sev1-progress-update&severity=sev2&bogus=1', async ({ page }) => {
			expect(await page.locator('#tg-template').inputValue()).toBe('sev1-progress-update');
			expect(await page.locator('#tg-severity').inputValue()).toBe('sev2');
			expect(await previewText(page, 'subject')).toMatch(/^\[SEV2\] Update #1/);
			expect(await page.locator('.template-generator').textContent()).toContain('Ignored the unknown link parameter “bogus”');
			expect(await page.locator('.template-generator').textContent()).toContain('The guide wrote this template for SEV1');
			// Next update = update time + 60 minutes for SEV2.
			await page.locator('#tg-sev1-progress-update-update-time').fill('2026-03-31 23:30');
			expect(await page.locator('#tg-sev1-progress-update-next-update').inputValue()).toBe('2026-04-01 00:30 UTC');
			await page.locator('#tg-template').selectOption('sev1-customer-communication');
			await expect.poll(() => page.evaluate(() => window.location.search)).toBe('?template=sev1-customer-communication&severity=sev2');
		});
	});

	it('passes axe while filled in, with empty fields marked, in light and dark', async () => {
		await withPage('?template=post-incident-report', async ({ page }) => {
			const clean = async (state: string) => expect(await runAxeInBothThemes(page), state).toEqual({ light: [], dark: [] });
			await page.locator('#tg-post-incident-report-title').fill('WAL lag');
			await page.locator('#tg-post-incident-report-time-begins').fill('not a time');
			await page.getByRole('button', { name: 'Copy report' }).click();
			await clean('filled in, a bad time, copy armed');
			await page.locator('#tg-template').selectOption('sev1-notification');
			await page.getByRole('button', { name: 'Clear this draft…' }).click();
			await clean('asking before clearing');
		});
	});

	it('without JavaScript shows every template as a code block', async () => {
		const watched = await openWatchedPage(site, { javaScriptEnabled: false });
		try {
			await watched.page.goto(`${site.url}tools/templates/`);
			const blocks = await watched.page.locator('.template-block').count();
			expect(blocks).toBe(TEMPLATES.length);
			expect(await watched.page.locator('.template-block pre').count()).toBeGreaterThanOrEqual(9);
			expect(await watched.page.locator('main').textContent()).toContain('The fill-in form needs JavaScript');
		} finally {
			await watched.context.close();
		}
	});
});

/**
 * Plain-http internal hosts: the page is served from a host name that is not localhost, so
 * Chromium treats it as an insecure context (no navigator.clipboard), exactly as on an intranet
 * http:// host. `--host-resolver-rules` maps that name to our 127.0.0.1 server; no request leaves
 * the machine. The clipboard is read back from a secure page of the same browser.
 */
describeInBrowser('template generator on a plain-http host', () => {
	let site: Site;
	let secureUrl: string;
	beforeAll(async () => {
		assertBuilt();
		const server = await startStaticServer({ root: DIST, base: '/' });
		const browser = await launchChromium(['--host-resolver-rules=MAP runbook.internal.test 127.0.0.1']);
		const port = new URL(server.url).port;
		secureUrl = server.url;
		site = {
			browser,
			server,
			url: `http://runbook.internal.test:${port}/`,
			close: async () => {
				await browser.close();
				await server.close();
			},
		};
	});
	afterAll(() => site?.close());

	const readBack = async (watched: WatchedPage) => {
		// The clipboard belongs to the browser, not the page: read it from a secure page in a fresh context.
		const context = await watched.context.browser()!.newContext(CLIPBOARD);
		const reader = await context.newPage();
		await reader.goto(secureUrl);
		const text = await reader.evaluate(() => navigator.clipboard.readText());
		await context.close();
		return text;
	};

	it('copies with the fallback when the Clipboard API is missing', async () => {
		const watched = await openGenerator(site, '?template=sev1-customer-communication');
		try {
			const { page } = watched;
			expect(await page.evaluate(() => [window.isSecureContext, 'clipboard' in navigator])).toEqual([false, false]);
			await fillEveryField(page);
			await page.getByRole('button', { name: 'Copy body' }).click();
			await expect.poll(() => page.locator('.tg-status').textContent()).toMatch(/Copied the body/);
			expect(await readBack(watched)).toBe(await previewText(page, 'body'));
		} finally {
			await watched.context.close();
		}
	});

	it('selects the text and says so when copying is blocked too', async () => {
		const watched = await openWatchedPage(site, CLIPBOARD);
		try {
			const { page } = watched;
			// Simulates a browser that refuses the legacy copy command as well.
			await page.addInitScript(() => {
				document.execCommand = () => false;
			});
			await page.goto(`${site.url}tools/templates/?template=sev1-notification`);
			await page.waitForSelector('#tg-template');
			await page.getByRole('button', { name: 'Copy subject' }).click();
			await page.getByRole('button', { name: /copy anyway/ }).click();
			await expect.poll(() => page.locator('.tg-status').textContent()).toContain('Ctrl+C');
			expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(await previewText(page, 'subject'));
			expect(await page.evaluate(() => document.activeElement?.id)).toBe('tg-subject-preview');
		} finally {
			await watched.context.close();
		}
	});
});
