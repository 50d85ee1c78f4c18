/**
 * The plain-text summary behind the result card's "Copy summary" button: short lines that read
 * well in Slack, email or a ticket. Action texts keep their `code` marks, which Slack renders.
 */

export interface SeveritySummaryInput {
	/** "SEV2 — High". */
	title: string;
	/** What decided the level, one line each. */
	decidedBy: string[];
	/** Advice such as "Consider SEV1", with its reason. */
	hints: string[];
	facts: { label: string; value: string }[];
	actions: { text: string; done: boolean }[];
	/** The shareable link that reproduces this result. */
	link?: string;
}

/** Builds the summary text; lines with nothing to say are left out. */
export function buildSeveritySummary(input: SeveritySummaryInput): string {
	const lines = [`Severity: ${input.title}`];
	if (input.decidedBy.length === 1) lines.push(`Decided by: ${input.decidedBy[0]}`);
	if (input.decidedBy.length > 1) lines.push('Decided by:', ...input.decidedBy.map((line) => `- ${line}`));
	lines.push(...input.hints.map((hint) => `Note: ${hint}`));
	lines.push(...input.facts.map((fact) => `${fact.label}: ${fact.value}`));
	if (input.actions.length > 0) {
		const done = input.actions.filter((action) => action.done).length;
		lines.push(`Required actions (${done} of ${input.actions.length} done):`);
		lines.push(...input.actions.map((action) => `${action.done ? '[x]' : '[ ]'} ${action.text}`));
	}
	if (input.link) lines.push(`Link: ${input.link}`);
	return lines.join('\n');
}
