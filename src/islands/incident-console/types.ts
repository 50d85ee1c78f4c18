/** The console's props: plain data from the runbook's YAML, built by src/components/incident/IncidentConsole.astro. */
import type { MetricInfo, MilestoneInfo } from '~/lib/incident/report';
import type { RoleId, SeverityLevelInfo } from '~/lib/incident/record';

export interface ChecklistItem {
	/** Stable key of the tick ("required:sev1:0", "phase:triage:2"). */
	key: string;
	/** Plain text, as logged. */
	text: string;
	/** The same as HTML (inline Markdown rendered by the server). */
	html: string;
}

export interface LevelView extends SeverityLevelInfo {
	/** One-line impact (quick reference). */
	impact: string;
	checklist: ChecklistItem[];
}

export interface PhaseView {
	id: string;
	name: string;
	window: string;
	goal: string;
	checklist: ChecklistItem[];
	/** The phase's section of the guide. */
	href: string;
}

export interface ConsoleProps {
	levels: LevelView[];
	phases: PhaseView[];
	milestones: MilestoneInfo[];
	metrics: MetricInfo[];
	defaultRoles: Record<RoleId, string>;
	/** Links into the guide: the whole guide, the handoff procedure, the report template. */
	guide: { href: string; handoff: string; communication: string };
	/** The communication templates (id, title), each linked with the incident; `update` is the progress update's id. */
	templates: { id: string; title: string }[];
	updateTemplate?: string | undefined;
	/** The organisation's own incident tracker, when set (organisation.yaml incidentTrackingUrl). */
	trackingUrl?: string | undefined;
}
