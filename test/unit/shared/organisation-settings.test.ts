import { describe, expect, it } from 'vitest';
import { readSetting, requireSetting } from '~/lib/shared/organisation-settings';

const organisation = { supportEmail: 'support@example.com', pager: '', dashboards: { engramHealth: 'https://g.example/d' } };

describe('organisation settings', () => {
	it('reads top-level and dotted settings, empty ones included', () => {
		expect(readSetting(organisation, 'supportEmail')).toBe('support@example.com');
		expect(readSetting(organisation, 'dashboards.engramHealth')).toBe('https://g.example/d');
		expect(readSetting(organisation, 'pager')).toBe('');
	});
	it('gives undefined for a path that names no text setting', () => {
		expect(readSetting(organisation, 'dashboards')).toBeUndefined();
		expect(readSetting(organisation, 'dashbaords.engramHealth')).toBeUndefined();
	});
	it('throws, naming the file, for a typo when the setting is required', () =>
		expect(() => requireSetting(organisation, 'suportEmail')).toThrow(
			'"suportEmail" is not a setting of content/data/organisation.yaml'
		));
});
