import { describe, expect, it } from 'vitest';
import { describeContact } from '~/lib/shared/contact';

describe('describeContact', () => {
	it.each([
		['', { kind: 'not-configured' }],
		['   ', { kind: 'not-configured' }],
		[
			'https://pager.example.com/rota',
			{ kind: 'link', href: 'https://pager.example.com/rota', text: 'https://pager.example.com/rota' },
		],
		['oncall@example.com', { kind: 'link', href: 'mailto:oncall@example.com', text: 'oncall@example.com' }],
		['+1 555 0100 (Alex)', { kind: 'text', text: '+1 555 0100 (Alex)' }],
		['#engram-escalations', { kind: 'text', text: '#engram-escalations' }],
		// Not an internet address: pages and islands alike show it as text (they used to disagree).
		['ops@pager', { kind: 'text', text: 'ops@pager' }],
		['javascript:alert(1)', { kind: 'text', text: 'javascript:alert(1)' }],
		['<img src=x onerror=alert(1)>', { kind: 'text', text: '<img src=x onerror=alert(1)>' }],
	])('%j', (value, expected) => expect(describeContact(value)).toEqual(expected));
});
