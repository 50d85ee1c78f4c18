/** The real data files parse, agree with each other, and the explicit sidebar lists every page. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContentIntegrity } from '~/lib/integrity/content';
import { sidebar } from '~/config/sidebar';
import { commonIssueSlugs } from '~/config/common-issues';
import { loadRunbookData } from '../helpers/data';

const data = loadRunbookData();

describe('content integrity', () => {
	it('finds no problem in the real data', () => {
		expect(checkContentIntegrity(data)).toEqual([]);
	});

	it('names the file and field when a stated time and its minutes disagree', () => {
		const [sev1, ...rest] = data.severityLevels;
		const broken = { ...sev1!, rto: { ...sev1!.rto, minutes: 45 } };
		const problems = checkContentIntegrity({ ...data, severityLevels: [broken, ...rest] });
		expect(problems.join('\n')).toMatch(/severity-levels\.yaml \(sev1\) "rto": "summary" says 30 min but "minutes" is 45/);
	});

	it('rejects references to unknown severities, settings and pages', () => {
		const problems = checkContentIntegrity({
			...data,
			escalationLevels: [{ ...data.escalationLevels[0]!, contactSetting: 'nope', responseTimes: [{ severity: 'sev9', text: 'x' }] }],
			templates: [{ ...data.templates[0]!, body: 'Mail {{supportMail}}' }],
			escalationMatrix: [{ ...data.escalationMatrix[0]!, resolvedBy: 'no-such-page' }],
			docSlugs: [''],
		});
		// Which problems, not how many: each bad reference is named with its file, entry and field.
		expect(problems.sort()).toEqual(
			[
				'content/data/escalation-levels.yaml (level-1): "responseTimes" names unknown severity "sev9"',
				'content/data/escalation-levels.yaml (level-1): "contactSetting" names "nope", which content/data/organisation.yaml does not have',
				`content/data/escalation-matrix.yaml (${data.escalationMatrix[0]!.id}): "resolvedBy" points at "no-such-page", which is no page`,
				`content/data/templates (${data.templates[0]!.id}): {{supportMail}} is no setting of content/data/organisation.yaml`,
			].sort()
		);
	});

	it('rejects a decision criterion whose outcome is no level', () => {
		const [sev1, ...rest] = data.severityLevels;
		const criteria = [{ ...sev1!.criteria[0]!, outcome: 'SEV7' }];
		expect(checkContentIntegrity({ ...data, severityLevels: [{ ...sev1!, criteria }, ...rest] })).toEqual([
			`content/data/severity-levels.yaml (sev1): criterion "${criteria[0]!.id}" has outcome "SEV7", which is no severity label; mark it "hint: true" if it is advice`,
		]);
	});
});

describe('the explicit sidebar', () => {
	const slugsInSidebar = new Set<string>();
	const walk = (items: unknown[]) => {
		for (const item of items as { slug?: string; link?: string; items?: unknown[] }[]) {
			if (item.slug !== undefined) slugsInSidebar.add(item.slug);
			// Generated pages (the common issues) are `link` items: "/common-issues/wal-lag/".
			if (item.link !== undefined) slugsInSidebar.add(item.link.replace(/^\/|\/$/g, ''));
			if (item.items) walk(item.items);
		}
	};
	walk(sidebar);

	it('lists every page under content/docs', () => {
		const root = new URL('../../content/docs/', import.meta.url).pathname;
		const pages = (readdirSync(root, { recursive: true }) as string[])
			.filter((file) => /\.mdx?$/.test(file) && !file.split('/').some((part) => part.startsWith('_')))
			.map((file) => file.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, ''));
		expect(pages.filter((page) => !slugsInSidebar.has(page))).toEqual([]);
	});

	it('lists every tree and every common issue of the data folders, in their order', () => {
		const listed = [...slugsInSidebar];
		const treeFiles = readdirSync(new URL('../../content/data/trees/', import.meta.url)).map((name) => name.replace(/\.yaml$/, ''));
		const issueFiles = readdirSync(new URL('../../content/data/common-issues/', import.meta.url)).map((name) => name.replace(/\.yaml$/, ''));
		expect(listed.filter((slug) => /^troubleshooting\/(?!error-patterns$)./.test(slug)).map((slug) => slug.split('/')[1]).sort()).toEqual(treeFiles.sort());
		expect(listed.filter((slug) => slug.startsWith('common-issues/')).map((slug) => slug.split('/')[1])).toEqual([...commonIssueSlugs]);
		expect(new Set(issueFiles)).toEqual(new Set(commonIssueSlugs));
	});
});
