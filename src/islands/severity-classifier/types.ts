/** The plain, serialisable props the .astro wrapper passes to the severity classifier island. */
import type { Classifier } from '../../lib/severity/classify';

/** A link the wrapper resolved: the tool page when it exists, else the guide section. */
export interface ResolvedToolLink {
	href: string;
	label: string;
}

/** One escalation level as it applies to a severity ("Level 2 Senior Engineer: <2 hours"). */
export interface EscalationContact {
	/** "Level 2: Senior Engineer". */
	name: string;
	/** Response time for this severity, in the guide's words. */
	respondWithin: string;
	/** How to reach the level, in the guide's words. */
	contact: string;
	/** The organisation's configured contact (link, email or text), when set. */
	configured?: { text: string; href?: string };
}

/** A contact to use now: the organisation's value when set, else nothing (the card then shows the others). */
export interface NowContact {
	/** "Pager", "War room". */
	label: string;
	/** The configured value as a link or text; absent when not set up in this runbook. */
	configured?: { text: string; href?: string };
}

export type { OtherContact } from '../shared/OtherContacts';
import type { OtherContact } from '../shared/OtherContacts';

/** "What to do now", first on the result card, from the level's data. */
export interface NowView {
	/** The guide's response time ("Immediate (page on-call engineer)"). */
	respond: string;
	/** The level's escalation path ("Page on-call → War room"). */
	path: string;
	/** When the first status update is due ("within 15 minutes"), when the level has one. */
	firstUpdate?: string;
	/** The first update's due time in minutes, for a clock time on the card. */
	firstUpdateMinutes?: number;
	/** The guide's update cadence ("Updates every 30 minutes until resolved"). */
	updates: string;
	/** The pager and the war room, for the levels that use them. */
	contacts: NowContact[];
}

/** Everything the result card shows for one level. */
export interface LevelView {
	id: string;
	label: string;
	name: string;
	definition: string;
	responseTime: string;
	rto: string;
	updates: string;
	escalation: string;
	escalationContacts: EscalationContact[];
	now: NowView;
	/**
	 * Required actions: `text` is the data's inline Markdown (copied as is, Slack renders `code`),
	 * `html` the same rendered at build time by src/lib/shared/inline-markdown.ts, which escapes everything.
	 */
	actions: { text: string; html: string }[];
	examples: string[];
	templateLink: ResolvedToolLink;
	escalationLink: ResolvedToolLink;
}

export interface SeverityClassifierProps {
	classifier: Classifier;
	/** Most severe first. */
	levels: LevelView[];
	/** Why the impact question exists (it is not in the guide). */
	impactExplanation: string;
	/** Contacts that are set up (war room, support, security, the engineering channel), for when one is not. */
	otherContacts: OtherContact[];
	/** Who keeps this runbook, in words ("the Engram on-call team"). */
	runbookOwner: string;
	/** The search synonym groups: the symptom filter matches words as the escalation lookup does. */
	synonyms: { id: string; words: string[] }[];
	/** True on the classifier's own page; false when embedded in a page other tools share. */
	ownsUrl: boolean;
	/** Level of the question and result headings: 2 on the tool page, 3 inside the guide. */
	headingLevel: 2 | 3;
	/** When embedded: the classifier's own page, for a bigger view. */
	toolPageHref?: string;
}
