import { describe, expect, it } from 'vitest';
import {
	copiedMessage,
	emptyWarning,
	fillSummary,
	fillableCount,
	firstUpdateNotice,
	otherTabNotice,
	savedNote,
	sectionsOf,
	usesSeverity,
} from '~/lib/templates/messages';
import { parseUtcTime } from '~/lib/time/incident-time';
import { realModel, realSeverity } from '../../helpers/template-models';

const notification = realModel('sev1-notification');
const sev1 = realSeverity('sev1');
const at = (text: string) => parseUtcTime(text)!;

describe('firstUpdateNotice', () => {
	it('says by when the first update is due while there is time left', () => {
		const notice = firstUpdateNotice(notification, { 'start-time': '2026-03-01 14:00' }, { now: at('2026-03-01 14:05'), severity: sev1 });
		expect(notice).toEqual({
			tone: 'info',
			text: 'SEV1: send this first update within 15 minutes of the start, by 14:15 UTC (10 minutes left).',
		});
	});

	it('warns once it is overdue', () => {
		const notice = firstUpdateNotice(notification, { 'start-time': '2026-03-01 14:00' }, { now: at('2026-03-01 14:45'), severity: sev1 });
		expect(notice?.tone).toBe('warning');
		expect(notice?.text).toBe('SEV1: this first update was due by 14:15 UTC, 30 minutes ago. Send it now.');
	});

	it('says nothing without a readable start time, a severity, or for other templates', () => {
		const now = at('2026-03-01 14:05');
		expect(firstUpdateNotice(notification, { 'start-time': 'soon' }, { now, severity: sev1 })).toBeUndefined();
		expect(firstUpdateNotice(notification, { 'start-time': '2026-03-01 14:00' }, { now })).toBeUndefined();
		expect(firstUpdateNotice(realModel('sev1-progress-update'), {}, { now, severity: sev1 })).toBeUndefined();
	});
});

describe('the form summary', () => {
	it('counts the fields the engineer fills in, not the severity picker', () => {
		const count = fillableCount(notification);
		expect(count).toBe(notification.fields.filter((f) => f.tokens.length > 0 && f.kind !== 'severity').length);
		expect(count).toBeGreaterThan(5);
	});

	it.each([
		[0, 9, 'All 9 fields are filled in.'],
		[3, 9, '3 of 9 fields still empty; they are marked in the preview.'],
	])('%i empty of %i', (empty, total, text) => expect(fillSummary(empty, total)).toBe(text));

	it('lists the sections in the order of their first field', () => {
		const sections = sectionsOf(notification);
		expect(new Set(sections).size).toBe(sections.length);
		expect(sections[0]).toBe(notification.fields[0]!.section);
	});

	it('shows the severity picker only for templates that use the severity', () => {
		expect(usesSeverity(notification)).toBe(true);
		expect(usesSeverity({ ...notification, fields: notification.fields.filter((f) => f.kind === 'text') })).toBe(false);
	});
});

describe('messages', () => {
	it.each([
		[1, 'copy', '1 field empty — copy anyway?'],
		[3, 'download', '3 fields empty — download anyway?'],
	])('warns about %i empty field(s) before a %s', (empty, verb, text) => expect(emptyWarning(empty, verb)).toBe(text));

	it('names what was copied and in which format', () => {
		expect(copiedMessage('subject', 'slack')).toBe('Copied the subject (text). Paste it where it goes.');
		expect(copiedMessage('body', 'slack')).toBe('Copied the body (slack). Paste it where it goes.');
		expect(copiedMessage('body', 'markdown')).toBe('Copied the body (markdown). Paste it where it goes.');
	});

	it('says where the draft is kept, when it was last saved, or that saving failed', () => {
		expect(savedNote(false, undefined)).toBe('Saved in this browser as you type. Nothing you type leaves this browser.');
		expect(savedNote(false, at('2026-03-01 14:05'))).toBe(
			'Saved in this browser as you type (last at 14:05 UTC). Nothing you type leaves this browser.'
		);
		expect(savedNote(true, at('2026-03-01 14:05'))).toMatch(/^This browser refused to save the draft/);
	});
});

describe('otherTabNotice', () => {
	const field = (id: string, label: string) => ({ id, label });
	const model = { fields: [field('a', 'Impact'), field('b', 'Status'), field('c', 'Owner'), field('d', 'Next step'), field('e', 'Link')] } as unknown as Parameters<typeof otherTabNotice>[0];

	it('names the fields another tab changed, in the form’s order, in a sentence', () => {
		expect(otherTabNotice(model, ['a'])).toEqual({ tone: 'info', text: 'Another tab changed “Impact”; both tabs’ edits are kept.' });
		expect(otherTabNotice(model, ['b', 'a']).text).toBe('Another tab changed “Impact” and “Status”; both tabs’ edits are kept.');
		expect(otherTabNotice(model, ['c', 'b', 'a']).text).toBe('Another tab changed “Impact”, “Status” and “Owner”; both tabs’ edits are kept.');
	});

	it('counts the rest beyond three fields, and says “this draft” for fields the form no longer has', () => {
		expect(otherTabNotice(model, ['a', 'b', 'c', 'd', 'e']).text).toBe('Another tab changed “Impact”, “Status” and 3 other fields; both tabs’ edits are kept.');
		expect(otherTabNotice(model, ['gone']).text).toBe('Another tab changed this draft; both tabs’ edits are kept.');
	});

	it('uses the real field labels', () => {
		expect(otherTabNotice(notification, ['impact']).text).toMatch(/^Another tab changed “[^”]+”; both tabs’ edits are kept\.$/);
	});
});
