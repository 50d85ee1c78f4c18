import { describePath, type RowMatch, type TermMatch } from '~/lib/escalation/lookup';
import { shortResponse } from '~/lib/escalation/who-now-text';
import { ContactValue } from './ContactValue';
import { Heading } from '../shared/Heading';
import type { LevelView, RowView, SeverityOption } from './types';

interface SituationCardProps {
	row: RowView;
	levels: LevelView[];
	/** Why it matched, when it came from a search. */
	matches?: RowMatch<RowView>['matches'] | undefined;
	severity?: SeverityOption | undefined;
	headingLevel: number;
}

/** One situation: its link, why it matched, and the path across the levels with each level's facts. */
export function SituationCard({ row, levels, matches = [], severity, headingLevel }: SituationCardProps) {
	const { steps, notInvolved } = describePath(row, levels);
	const notes = matches.filter((match) => match.kind === 'synonym' || match.kind === 'typo');
	return (
		<article class="tool-card escalation-situation" aria-labelledby={`situation-${row.id}`}>
			<Heading level={headingLevel} id={`situation-${row.id}`} class="escalation-situation__title">
				<a href={row.href}>{row.situation}</a>
			</Heading>
			{notes.length > 0 && <p class="escalation-situation__match">{notes.map(describeMatch).join(' ')}</p>}
			<ol class="escalation-path" aria-label={`Who acts on “${row.situation}”, in order`}>
				{steps.map(({ level, action, handsOn }) => (
					<li class={`escalation-step${handsOn ? ' escalation-step--hands-on' : ''}`} key={level.id}>
						<p class="escalation-step__head">
							<span class="escalation-step__level">
								Level {level.number} · {level.name}
							</span>
							<strong class="escalation-step__action">{action}</strong>
						</p>
						<dl class="escalation-step__facts">
							<div>
								<dt>Response time</dt>
								<dd>{shortResponse(level, severity)}</dd>
							</div>
							<div>
								<dt>Contact</dt>
								<dd>
									<ContactValue level={level} compact />
								</dd>
							</div>
						</dl>
						<details class="escalation-step__more">
							<summary>
								What Level {level.number} can do<span class="sr-only"> for “{row.situation}”</span>
							</summary>
							<div class="escalation-step__lists">
								<div>
									<p>Capabilities</p>
									<ul>
										{level.capabilities.map((item) => (
											<li key={item}>{item}</li>
										))}
									</ul>
								</div>
								<div>
									<p>Authority</p>
									<ul>
										{level.authority.map((item) => (
											<li key={item}>{item}</li>
										))}
									</ul>
								</div>
							</div>
						</details>
					</li>
				))}
			</ol>
			{notInvolved.length > 0 && (
				<p class="escalation-situation__idle">
					Not involved: {notInvolved.map((level) => `Level ${level.number} (${level.name})`).join(', ')}.
				</p>
			)}
		</article>
	);
}

function describeMatch(match: TermMatch): string {
	return match.kind === 'typo'
		? `“${match.term}” was read as “${match.matched}”.`
		: `“${match.term}” counts as “${match.matched}”.`;
}
