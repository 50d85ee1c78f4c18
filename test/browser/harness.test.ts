/**
 * The harness itself: a watched page records what a page must never do, and the browser cannot
 * reach another host at all (openSite closes the network to everything but loopback). Checked on
 * a document without a Content-Security-Policy (a plain-text file of the site), so that the policy
 * cannot be what stops the requests.
 */
import { createServer } from 'node:http';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describe } from 'vitest';
import { describeInBrowser, openSite, openWatchedPage, useSharedTab, type Site } from '../helpers/browser';
import { assertBuilt } from '../helpers/dist';

describeInBrowser('the browser-test harness', () => {
	let site: Site;
	beforeAll(async () => {
		assertBuilt();
		site = await openSite();
	});
	afterAll(() => site?.close());

	it('records requests to other hosts, and they never get an answer', async () => {
		const watched = await openWatchedPage(site);
		await watched.page.goto(site.url + 'content-security-policy.txt');
		const outcomes = await watched.page.evaluate(async () => {
			const tries = ['http://example.com/', 'http://203.0.113.9/x.png', 'https://[2001:db8::1]/'];
			return Promise.all(tries.map((url) => fetch(url, { mode: 'no-cors' }).then(() => `${url} answered`, () => `${url} failed`)));
		});
		expect(outcomes).toEqual(['http://example.com/ failed', 'http://203.0.113.9/x.png failed', 'https://[2001:db8::1]/ failed']);
		const problems = watched.takeProblems();
		expect(problems.foreignRequests).toEqual(['http://example.com/', 'http://203.0.113.9/x.png', 'https://[2001:db8::1]/']);
		// The page itself still loads from loopback.
		expect(await watched.page.evaluate(() => document.body.textContent?.length ?? 0)).toBeGreaterThan(0);
	});

	// A host that would answer: this machine's own non-loopback address, where a server listens.
	const lanAddress = Object.values(networkInterfaces())
		.flat()
		.find((entry) => entry && entry.family === 'IPv4' && !entry.internal)?.address;
	it.skipIf(lanAddress === undefined)('cannot reach a server that would answer, on a non-loopback address', async () => {
		let reached = 0;
		const server = createServer((_request, response) => {
			reached++;
			response.writeHead(200, { 'access-control-allow-origin': '*' }).end('answered');
		});
		await new Promise<void>((resolve) => server.listen(0, lanAddress, resolve));
		const port = (server.address() as { port: number }).port;
		try {
			// Node itself can reach it, so only the browser's closed network can stop the page.
			expect(await (await fetch(`http://${lanAddress}:${port}/`)).text()).toBe('answered');
			reached = 0;
			const watched = await openWatchedPage(site);
			await watched.page.goto(site.url + 'content-security-policy.txt');
			const outcome = await watched.page.evaluate((url) => fetch(url).then((r) => r.text(), () => 'failed'), `http://${lanAddress}:${port}/`);
			expect(outcome).toBe('failed');
			expect(reached).toBe(0);
			expect(watched.takeProblems().foreignRequests).toEqual([`http://${lanAddress}:${port}/`]);
		} finally {
			await new Promise((resolve) => server.close(resolve));
		}
	});

	it('records console errors, page errors and unexpected dialogs', async () => {
		const watched = await openWatchedPage(site);
		await watched.page.goto(site.url + 'content-security-policy.txt');
		await watched.page.evaluate(() => {
			console.error('boom');
			setTimeout(() => {
				throw new Error('thrown');
			});
			alert('hello');
		});
		await watched.page.waitForTimeout(50);
		const problems = watched.takeProblems();
		expect(problems.errors).toEqual(['console: boom', 'pageerror: thrown']);
		expect(problems.dialogs).toEqual(['alert: hello']);
		expect(watched.takeProblems()).toEqual({});
	});

	describe('a tab shared by the tests of a file', () => {
		const tab = useSharedTab(() => site);
		it('lets a test store data, watch the page and leave another tab open', async () => {
			const page = await tab.open('');
			await page.evaluate(() => {
				localStorage.setItem('harness-check', 'left behind');
				sessionStorage.setItem('harness-check', 'left behind');
			});
			await tab.context.newPage();
			expect(tab.context.pages()).toHaveLength(2);
		});
		it('starts the next test as a first visit: nothing stored, one tab, light theme', async () => {
			expect(tab.context.pages()).toHaveLength(1);
			const page = await tab.open('');
			expect(await page.evaluate(() => [localStorage.getItem('harness-check'), sessionStorage.getItem('harness-check')])).toEqual([null, null]);
			expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(false);
		});
		it('still records what the page must not do', async () => {
			const page = await tab.open('');
			await page.evaluate(() => console.error('from a shared tab'));
			expect(tab.watched.takeProblems()).toEqual({ errors: ['console: from a shared tab'] });
		});
	});
});
