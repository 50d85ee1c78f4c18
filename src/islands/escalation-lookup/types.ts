/**
 * Props of the escalation lookup island: plain, serialisable data prepared by
 * src/components/tools/EscalationLookup.astro from the runbook data (never read here directly).
 */
import type { EscalationLevel, EscalationMatrixRow } from '~/schemas/escalation';
import type { SearchSynonymGroup } from '~/schemas/search-synonyms';

/** An escalation level plus the value of its organisation contact setting ('' = not configured). */
export interface LevelView extends EscalationLevel {
	contactValue: string;
}

/** A matrix row plus where its situation links to. */
export interface RowView extends EscalationMatrixRow {
	/** The page that resolves the situation, or the guide's matrix section until that page exists. */
	href: string;
}

/** What the tool shows of a severity level. */
export interface SeverityOption {
	id: string;
	label: string;
	name: string;
	/** The quick reference's response time ("<15 min"). */
	responseTime: string;
	/** The quick reference's escalation path ("Notify on-call → Senior engineer"). */
	escalation: string;
}

/** The guide's decision criterion that makes a security incident SEV1, quoted when a security trigger is ticked below SEV1. */
export interface SecurityCriterion {
	question: string;
	answer: string;
	outcome: string;
}

export interface EscalationLookupProps {
	levels: LevelView[];
	rows: RowView[];
	synonyms: SearchSynonymGroup[];
	severities: SeverityOption[];
	securityCriterion?: SecurityCriterion | undefined;
	links: {
		/** The guide's escalation matrix section. */
		guideMatrix: string;
		/** The guide's escalation paths section (levels, triggers, response times). */
		guideLevels: string;
		/** The severity classifier, or the guide's severity section until it exists. */
		classifier: string;
		/** The lookup's own page. */
		tool: string;
		/** The incident console (who-now counts from its open incident's start). */
		console?: string;
	};
	/**
	 * Common issues, alerts and decision-tree steps the search links to, packed as one JSON string
	 * (packRelatedPages in src/lib/escalation/related.ts: a third of the size as an object prop).
	 */
	related: string;
	/** Contacts that are set up (war room, support, security, the engineering channel), for when a level's is not. */
	otherContacts: { label: string; text: string; href?: string }[];
	/** Who keeps this runbook, in words ("the Engram on-call team"). */
	runbookOwner: string;
	/**
	 * True inside the guide: the link is not kept in the guide's URL (other tools share that
	 * page), and an empty search points at the matrix just above instead of repeating it.
	 */
	embedded: boolean;
	/** Level of the tool's section headings: 2 on the tool page, 3 inside the guide's section. */
	headingLevel: 2 | 3;
}
