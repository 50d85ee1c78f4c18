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
	/** True on the classifier's own page; false when embedded in a page other tools share. */
	ownsUrl: boolean;
	/** Level of the question and result headings: 2 on the tool page, 3 inside the guide. */
	headingLevel: 2 | 3;
	/** When embedded: the classifier's own page, for a bigger view. */
	toolPageHref?: string;
}
