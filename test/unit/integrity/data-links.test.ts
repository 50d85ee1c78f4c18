import { describe, expect, it } from 'vitest';
import { checkDataLinks } from '~/lib/integrity/data-links';

describe('checkDataLinks', () => {
	const pages = ['', 'backup-restore', 'common-issues/wal-lag'];

	it('accepts links to pages, anchors on the page and absolute URLs, and ignores code spans', () => {
		const data = {
			text: 'See [the WAL](common-issues/wal-lag#verify), [above](#top), [Engram](https://example.org/x).',
			steps: [{ text: 'Run `[a](not-a-link)` first.' }],
			count: 3,
		};
		expect(checkDataLinks([{ file: 'content/data/x.yaml', data }], pages)).toEqual([]);
	});

	it('names the file, the entry and the field of each link to no page', () => {
		const entries = [
			{ file: 'content/data/response-phases.yaml', id: 'resolution', data: { actionGroups: [{ text: 'Read [the issues](common-issuez).' }] } },
			{ file: 'content/data/organisation.yaml', data: { note: '[Restore](backup-restore#x) or [old](troubleshooting.md)' } },
		];
		expect(checkDataLinks(entries, pages)).toEqual([
			'content/data/response-phases.yaml (resolution) actionGroups.0.text: links to "common-issuez", which is no page',
			'content/data/organisation.yaml note: links to "troubleshooting.md", which is no page',
		]);
	});
});
