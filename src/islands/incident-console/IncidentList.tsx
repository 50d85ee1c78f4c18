/** The incidents of this browser: open, resolved, archived; practice ones listed apart. */
import { Heading } from '~/islands/shared/Heading';
import { levelOf, startedAt, statusOf, textField, type Incident, type IncidentStatus } from '~/lib/incident/record';
import { utcTime } from '~/lib/incident/report';
import type { LevelView } from './types';

interface Props {
	incidents: Incident[];
	levels: LevelView[];
	selected: string | undefined;
	onSelect: (uid: string) => void;
	headingLevel: number;
}

const GROUPS: { status: IncidentStatus; label: string }[] = [
	{ status: 'open', label: 'Open' },
	{ status: 'resolved', label: 'Resolved' },
	{ status: 'archived', label: 'Archived' },
];

export function IncidentList({ incidents, levels, selected, onSelect, headingLevel }: Props) {
	const sorted = [...incidents].sort((a, b) => startedAt(b) - startedAt(a));
	const section = (practice: boolean) => {
		const mine = sorted.filter((i) => i.practice === practice);
		if (mine.length === 0) return null;
		return (
			<section class="ic-list" aria-labelledby={`ic-list-${practice ? 'practice' : 'real'}`}>
				<Heading level={headingLevel + 1} id={`ic-list-${practice ? 'practice' : 'real'}`}>
					{practice ? 'Practice incidents (PRACTICE)' : 'Incidents'}
				</Heading>
				{GROUPS.map((group) => {
					const items = mine.filter((i) => statusOf(i) === group.status);
					if (items.length === 0) return null;
					return (
						<div class="ic-list__group">
							<p class="ic-list__label">
								{group.label} ({items.length})
							</p>
							<ul>
								{items.map((incident) => (
									<li>
										<button
											type="button"
											class="ic-list__item"
											aria-current={incident.uid === selected ? 'true' : undefined}
											onClick={() => onSelect(incident.uid)}
										>
											{incident.practice && <span class="ic-practice">PRACTICE</span>}
											<span class="ic-list__id">{incident.id}</span>
											<span class="ic-sev">{levelOf(incident, levels)?.label ?? '?'}</span>
											<span class="ic-list__title">{textField(incident, 'title')}</span>
											<span class="ic-list__time">{utcTime(startedAt(incident))}</span>
										</button>
									</li>
								))}
							</ul>
						</div>
					);
				})}
			</section>
		);
	};
	return (
		<div class="tool ic-lists">
			<Heading level={headingLevel} id="ic-lists-heading">
				Incidents in this browser
			</Heading>
			{incidents.length === 0 ? <p>None yet. A declared incident stays in this browser only.</p> : [section(false), section(true)]}
		</div>
	);
}
