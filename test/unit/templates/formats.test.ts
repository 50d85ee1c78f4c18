import { describe, expect, it } from 'vitest';
import { fillLines, type FieldValues } from '~/lib/templates/fill';
import { applyFormat, formatsFor, linesToText, reportFileName, type OutputFormat } from '~/lib/templates/formats';
import { parseUtcTime } from '~/lib/time/incident-time';
import { realModel, realSeverity } from '../../helpers/template-models';

const context = { now: parseUtcTime('2026-03-01 14:05')!, severity: realSeverity('sev1') };

const render = (id: string, values: FieldValues, format: OutputFormat) => {
	const model = realModel(id);
	return linesToText(applyFormat(fillLines(model.body, model, values, context), format, model.format));
};

describe('formats on offer', () => {
	it('messages: plain text and Slack; the report: Markdown and Slack', () => {
		expect(formatsFor('text')).toEqual(['plain', 'slack']);
		expect(formatsFor('markdown')).toEqual(['markdown', 'slack']);
	});
});

describe('plain text', () => {
	it('is the filled template as it is', () => {
		const text = render('sev1-notification', { impact: 'All users *down*' }, 'plain');
		expect(text.split('\n').slice(0, 4)).toEqual([
			'SEVERITY: SEV1 (Critical)',
			'START TIME: YYYY-MM-DD HH:MM UTC',
			'STATUS: Investigating / Mitigating / Resolved',
			'IMPACT: All users *down*',
		]);
	});
});

describe('Slack', () => {
	it('makes a message\'s labels bold and its dashes bullets', () => {
		const text = render('sev1-notification', { symptoms: 'CPU at 100%' }, 'slack');
		expect(text).toContain('*SEVERITY:* SEV1 (Critical)\n*START TIME:* YYYY-MM-DD HH:MM UTC\n');
		expect(text).toContain('*SYMPTOMS:*\n• CPU at 100%\n\n*AFFECTED SCOPE:*\n• Users: [All / Specific tenants / Percentage]');
		expect(text).toContain('*WAR ROOM:* [Zoom/Slack link]');
		// Sentence-case labels and prose stay as they are.
		expect(text).toContain('\nNext update: 2026-03-01 14:35 UTC');
	});

	it('does not bold a label typed by the user', () => {
		const text = render('sev1-customer-communication', { impact: 'NOTE: reads fail' }, 'slack');
		expect(text).toContain('*IMPACT:* NOTE: reads fail');
	});

	it('turns the report\'s headings and **bold** into *bold*, and its tables into lines', () => {
		const text = render('post-incident-report', { title: 'WAL | lag', 'time-alert': '09:05', 'immediate-1-owner': 'Ada' }, 'slack');
		expect(text.startsWith('*Incident Report: WAL | lag*\n\n*Incident ID*: INC-')).toBe(true);
		expect(text).toContain('*Severity*: SEV1\n');
		expect(text).toContain('\n*Timeline (All times in UTC)*\n');
		expect(text).toContain('*Time — Event — Actor*\n• HH:MM — Incident begins (first alert or symptom) — System\n• 09:05 — Alert fires — Monitoring\n');
		expect(text).toContain('• [Immediate fix applied] — Ada — YYYY-MM-DD — Complete');
		expect(text).not.toMatch(/^\|/m);
		expect(text).not.toContain('|------');
		expect(text).toContain('• Total users: [Number or percentage]');
	});

	it('leaves code blocks of the report alone', () => {
		const text = render('post-incident-report', { 'diagnostic-output': '# not a heading\n- not a bullet' }, 'slack');
		expect(text).toContain('```\n# not a heading\n- not a bullet\n```');
	});
});

describe('Markdown', () => {
	it('is the report as written, with typed values kept as text', () => {
		const text = render('post-incident-report', { title: '<img src=x onerror=alert(1)>', summary: 'Disk <full>' }, 'markdown');
		expect(text.startsWith('# Incident Report: \\<img src=x onerror=alert(1)>\n')).toBe(true);
		expect(text).toContain('\nDisk \\<full>\n');
	});

	it('escapes pipes and line breaks inside table cells, not inside code blocks', () => {
		const text = render(
			'post-incident-report',
			{ 'actor-closed': 'Ada | Bob\nCarol', 'error-logs': 'a | b <c>' },
			'markdown'
		);
		expect(text).toContain('| HH:MM | Incident closed | Ada \\| Bob Carol |');
		expect(text).toContain('```\na | b <c>\n```');
	});
});

describe('reportFileName', () => {
	it.each([
		['INC-2026-03-01-001', 'INC-2026-03-01-001.md'],
		['  INC-2026-03-01-012 ', 'INC-2026-03-01-012.md'],
		['../../etc/passwd', 'etc-passwd.md'],
		['<img src=x>', 'img-src-x.md'],
		['///', 'incident-report.md'],
		['', 'INC-YYYY-MM-DD-NNN.md'],
		[undefined, 'INC-YYYY-MM-DD-NNN.md'],
	])('%j → %j', (id, name) => {
		expect(reportFileName(id)).toBe(name);
	});
});
