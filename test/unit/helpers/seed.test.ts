import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { COPIED_SEED_PATH, SHARED_SEED_PATH, parseSeed, readSeed } from '../../helpers/seed';

describe('the repository copy of the seed', () => {
	it.skipIf(!existsSync(SHARED_SEED_PATH))('is identical to the shared original', () => {
		expect(readFileSync(COPIED_SEED_PATH, 'utf8')).toBe(readFileSync(SHARED_SEED_PATH, 'utf8'));
	});
});

// The faithful-rendering test is only as good as its parser, so the parser is tested too.
describe('parseSeed', () => {
	const parts = parseSeed(readSeed());

	it('finds every heading of the seed', () => {
		expect(parts.headings).toContain('Incident Response Guide');
		expect(parts.headings).toContain('SEV1 - Critical');
		expect(parts.headings).toContain('Phase 2: Triage (5-15 minutes)');
		expect(parts.headings.at(-1)).toBe('Review Cadence');
	});

	it('keeps the report template in one block, inner code fences included', () => {
		expect(parts.codeLines).toContain('# Incident Report: [Short Descriptive Title]');
		expect(parts.codeLines).toContain('[Relevant diagnostic output]');
		expect(parts.codeLines).toContain('**Approved By**: [Name, Title]');
		expect(parts.headings).not.toContain('Executive Summary');
		expect(parts.listItems).toContain('Stay calm and methodical');
	});

	it('splits table rows into cells and drops separators', () => {
		expect(parts.tableRows[0]).toEqual(['Severity', 'Response Time', 'RTO', 'Impact', 'Escalation']);
		expect(parts.tableRows).toContainEqual(['Security breach', 'Escalate → Escalate →', 'All-hands']);
		expect(parts.tableRows.some((row) => row.every((cell) => /^-+$/.test(cell)))).toBe(false);
	});

	it('strips links, bold and code marks from list items', () => {
		expect(parts.listItems).toContain(
			'Run diagnostic script: ./scripts/diagnose_health.sh > /tmp/sev1-$(date +%s).txt'
		);
		expect(parts.listItems).toContain('Classify issue category using decision trees:');
	});

	it('collects the indented command blocks of the phases', () => {
		expect(parts.codeLines).toContain('./scripts/diagnose_health.sh > /tmp/incident-$(date +%s).txt');
		expect(parts.codeLines).toContain('# Always dry-run first');
	});
});
