/**
 * The built template generator page is complete without JavaScript, and the links between it and
 * the guide land: every "Fill in this template" link opens an existing template, and every "In the
 * guide" link points at an existing heading of the guide page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { assertBuilt, readMain } from '../helpers/dist';
import { loadRunbookData } from '../helpers/data';

const templateIds = loadRunbookData().templates.map((t) => t.id);
let tool: HTMLElement;
let guide: HTMLElement;

beforeAll(() => {
	assertBuilt();
	tool = readMain('tools/templates/index.html');
	guide = readMain('incident-response/index.html');
});

describe('the template generator page', () => {
	it('server-renders every template as a code block', () => {
		const blocks = tool.querySelectorAll('.template-block');
		expect(blocks.map((block) => block.getAttribute('data-template'))).toEqual(templateIds);
		for (const block of blocks) expect(block.querySelectorAll('pre').length).toBeGreaterThanOrEqual(1);
	});

	it('hydrates the generator on load, and says what to do without JavaScript', () => {
		const island = tool.querySelector('astro-island');
		expect(island?.getAttribute('client')).toBe('load');
		expect(tool.querySelector('noscript')).not.toBeNull();
	});

	it('links each template to its section of the guide', () => {
		const guideIds = new Set(guide.querySelectorAll('[id]').map((el) => el.id));
		const links = tool.querySelectorAll('.template-meta a').map((a) => a.getAttribute('href') ?? '');
		expect(links).toHaveLength(templateIds.length);
		for (const href of links) {
			const [path, hash = ''] = href.split('#');
			expect(path?.endsWith('/incident-response/'), path).toBe(true);
			expect(guideIds.has(hash), hash).toBe(true);
		}
	});
});

describe('the guide', () => {
	it('links every template to the generator with that template open', () => {
		const links = guide.querySelectorAll('.template-fill-link a').map((a) => a.getAttribute('href') ?? '');
		expect(links.map((href) => href.replace(/^.*\/tools\/templates\//, 'tools/templates/'))).toEqual(
			templateIds.map((id) => `tools/templates/?template=${id}`)
		);
	});
});
