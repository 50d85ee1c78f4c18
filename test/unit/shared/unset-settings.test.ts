/** The build's list of unset organisation settings and where they show. */
import { describe, expect, it } from 'vitest';
import { describeUnsetSettings, flattenSettings, settingsUsedIn } from '~/lib/shared/unset-settings';
import { configuredContacts, runbookOwnerText } from '~/lib/shared/contact';

const organisation = {
	name: 'Engram',
	supportEmail: 'support@example.com',
	pagerUrl: '',
	warRoomUrl: '',
	dashboards: { engramHealth: '', alertStatus: 'https://grafana.example.com/a' },
};

describe('flattenSettings', () => {
	it('lists text settings by dotted path', () => {
		expect(flattenSettings(organisation).map(([path]) => path)).toEqual([
			'name',
			'supportEmail',
			'pagerUrl',
			'warRoomUrl',
			'dashboards.engramHealth',
			'dashboards.alertStatus',
		]);
	});
});

describe('settingsUsedIn', () => {
	it('reads data-setting and data-uses-settings marks', () => {
		const html = '<span data-setting="pagerUrl"></span><div data-uses-settings="warRoomUrl supportEmail"></div><span data-setting="pagerUrl">';
		expect(settingsUsedIn(html).sort()).toEqual(['pagerUrl', 'supportEmail', 'warRoomUrl']);
	});
});

describe('describeUnsetSettings', () => {
	it('names each unset setting and up to three pages that show it', () => {
		const pages = new Map([
			['pagerUrl', ['/d/', '/a/', '/c/', '/b/']],
			['warRoomUrl', ['/tools/severity/']],
		]);
		expect(describeUnsetSettings(organisation, pages)).toEqual([
			'pagerUrl: 4 pages (/a/, /b/, /c/ and 1 more)',
			'warRoomUrl: 1 page (/tools/severity/)',
			'dashboards.engramHealth: no page marks it (a tool or template may still use it)',
		]);
	});
});

describe('contacts for a reader', () => {
	const read = (path: string) => (organisation as unknown as Record<string, string>)[path] ?? '';
	it('lists only the fallback contacts that are set, as links', () => {
		expect(configuredContacts(read)).toEqual([
			{ label: 'Customer support', setting: 'supportEmail', text: 'support@example.com', href: 'mailto:support@example.com' },
		]);
	});
	it('names who keeps the runbook in words, never a file path', () => {
		expect(runbookOwnerText('', 'Engram')).toBe('the Engram on-call team');
		expect(runbookOwnerText(' SRE team, #sre ', 'Engram')).toBe('SRE team, #sre');
	});
});
