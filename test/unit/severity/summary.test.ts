import { describe, expect, it } from 'vitest';
import { buildSeveritySummary } from '~/lib/severity/summary';

describe('buildSeveritySummary', () => {
	it('writes short lines for chat, with ticks and the link', () => {
		const text = buildSeveritySummary({
			title: 'SEV2 — High',
			decidedBy: ['Can ANY user access the service? Yes', 'Are error rates >5%? Yes'],
			hints: ['Consider SEV1 (we cannot restore within 2 hours)'],
			facts: [{ label: 'RTO', value: '2 hours' }],
			actions: [
				{ text: 'Notify on-call engineer within 15 minutes', done: true },
				{ text: 'Run `diagnose_health.sh`', done: false },
			],
			link: 'https://runbook.example/tools/severity/?answers=a:yes',
		});
		expect(text).toBe(
			[
				'Severity: SEV2 — High',
				'Decided by:',
				'- Can ANY user access the service? Yes',
				'- Are error rates >5%? Yes',
				'Note: Consider SEV1 (we cannot restore within 2 hours)',
				'RTO: 2 hours',
				'Required actions (1 of 2 done):',
				'[x] Notify on-call engineer within 15 minutes',
				'[ ] Run `diagnose_health.sh`',
				'Link: https://runbook.example/tools/severity/?answers=a:yes',
			].join('\n')
		);
	});

	it('puts a single reason on one line and leaves out what is empty', () => {
		expect(buildSeveritySummary({ title: 'SEV4 — Low', decidedBy: ['Symptom: Feature requests'], hints: [], facts: [], actions: [] })).toBe(
			'Severity: SEV4 — Low\nDecided by: Symptom: Feature requests'
		);
	});
});
