/**
 * The escalation lookup island: "find the situation" over the escalation matrix, and "who do I
 * need now?" from severity, minutes since start and the guide's escalation triggers.
 *
 * State: the search text, the severity, the minutes text (kept exactly as typed, so nothing is
 * lost; only a valid value reaches the link) and the ticked trigger ids. On the tool page the
 * state lives in the URL (q, severity, minutes, triggers; see src/lib/escalation/url.ts), read
 * once on load and rewritten with replaceState as the user types, so a pasted link shows the same
 * answer. Inside the guide the URL is left alone: the guide hosts other tools too, and an
 * "Open on the lookup page" link carries the state instead. Nothing is stored or sent anywhere.
 *
 * The server renders the tool in its first state (nothing typed, nothing chosen), so hydration only
 * attaches handlers: the page does not change, shift or lay itself out again when scripts arrive.
 * Without JavaScript the wrapper (EscalationLookup.astro) hides the tool and shows its plain
 * version instead: the matrix, the triggers and the response times.
 */
// First: the server's text stays as it is when the island hydrates.
import '../shared/join-text-runs';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { parseDurationInput } from '~/lib/time/duration-input';
import { buildEscalationSearch, escalationParamSpec, type EscalationUrlState } from '~/lib/escalation/url';
import { parseUrlState } from '~/lib/shared/url-state';
import { decideWhoNow } from '~/lib/escalation/who-now';
import { summariseWhoNow } from '~/lib/escalation/who-now-text';
import { elapsedMinutes } from '~/lib/incident/clock';
import { severityOf } from '~/lib/incident/record';
import { useOpenIncident } from '../shared/useOpenIncident';
import { contactText } from './ContactValue';
import { EngageButton, IncidentMinutes } from './WhoNowIncident';
import { CopyAction } from './CopyAction';
import { SituationSearch } from './SituationSearch';
import { WhoNow } from './WhoNow';
import type { EscalationLookupProps } from './types';
import './escalation-lookup.css';
import { Notice } from '../shared/Notice';

export default function EscalationLookup(props: EscalationLookupProps) {
	const { levels, rows, synonyms, severities, links, embedded, headingLevel } = props;
	const [linkApplied, setLinkApplied] = useState(false);
	const [query, setQuery] = useState('');
	const [severity, setSeverity] = useState('');
	const [minutesText, setMinutesText] = useState('');
	const [ticked, setTicked] = useState<string[]>([]);
	const [notices, setNotices] = useState<string[]>([]);
	// With an open incident the minutes come from its stored start, never typed (ticks every 30 s).
	const { incident, log } = useOpenIncident();
	const [now, setNow] = useState(() => Date.now());
	useEffect(() => {
		if (!incident) return;
		setNow(Date.now());
		const tick = setInterval(() => setNow(Date.now()), 30_000);
		return () => clearInterval(tick);
	}, [incident?.uid]);
	// The incident's severity, unless the link or the reader chose one.
	useEffect(() => {
		const level = incident && severityOf(incident);
		if (level && severities.some((s) => s.id === level)) setSeverity((current) => current || level);
	}, [incident?.uid]);

	const triggerIds = useMemo(() => levels.flatMap((level) => level.triggers.map((t) => t.id)), [levels]);
	const spec = useMemo(
		() =>
			escalationParamSpec(
				severities.map((s) => s.id),
				triggerIds
			),
		[severities, triggerIds]
	);

	// Read the link once, after hydration (the server render cannot know it). A page opened
	// without one changes no state here, so hydrating costs no second render of the whole tool.
	const linkRead = useRef(false);
	useEffect(() => {
		linkRead.current = true;
		if (embedded || window.location.search === '') return;
		const { state, notices: linkNotices } = parseUrlState(window.location.search, spec);
		if (state.q !== undefined) setQuery(state.q);
		if (state.severity !== undefined) setSeverity(state.severity);
		if (state.minutes !== undefined) setMinutesText(String(state.minutes));
		if (state.triggers !== undefined) setTicked(state.triggers);
		if (linkNotices.length > 0) setNotices(linkNotices);
		// Renders once more, so the link is rewritten to what is shown (a bad part dropped).
		setLinkApplied(true);
	}, []);

	const parsedMinutes = parseDurationInput(minutesText);
	const minutes = incident ? elapsedMinutes(incident, now) : parsedMinutes.status === 'ok' ? parsedMinutes.minutes : undefined;
	const linkState: Partial<EscalationUrlState> = {
		q: query.trim() === '' ? '' : query,
		severity,
		...(minutes === undefined || incident ? {} : { minutes }),
		triggers: ticked,
	};
	const search = buildEscalationSearch(linkState);

	// Keep the link in step with what is on screen, without adding history entries. A layout
	// effect runs right after each render, so a reload straight after typing keeps the text.
	useLayoutEffect(() => {
		if (!linkRead.current || embedded) return;
		const url = `${window.location.pathname}${search}${window.location.hash}`;
		if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
			window.history.replaceState(window.history.state, '', url);
		}
	}, [linkApplied, embedded, search]);

	const decision = decideWhoNow({ severity: severity || undefined, minutesSinceStart: minutes, ticked }, levels, {
		severities,
		matrix: rows,
	});
	const toolLink = `${links.tool}${search}`;
	const summary = () =>
		summariseWhoNow(decision, { minutesSinceStart: minutes, contact: contactText(decision.engage, props.otherContacts), now: new Date() });

	return (
		<div class="escalation-lookup tool" data-pagefind-ignore>
			{notices.length > 0 && (
				<Notice as="div" tone="warning" role="status">
					<p>Parts of the link you opened could not be used:</p>
					<ul>
						{notices.map((notice) => (
							<li key={notice}>{notice}</li>
						))}
					</ul>
				</Notice>
			)}
			{/* "Who do I need now?" comes first: its answer is the one needed at once. The matrix search follows. */}
			<p class="escalation-jump">
				Looking up a situation instead? <a href="#escalation-search-heading">Find the situation</a> is below.
			</p>
			<WhoNow
				props={props}
				severity={severity}
				onSeverity={setSeverity}
				minutesText={minutesText}
				onMinutesText={setMinutesText}
				ticked={ticked}
				onTicked={setTicked}
				onClear={() => {
					setSeverity('');
					setMinutesText('');
					setTicked([]);
				}}
				decision={decision}
				minutes={minutes}
				{...(incident && minutes !== undefined && links.console
					? { incidentMinutes: <IncidentMinutes incident={incident} minutes={minutes} consoleHref={links.console} /> }
					: {})}
				actions={
					<>
						{incident && <EngageButton incident={incident} level={decision.engage} log={log} />}
						<CopyAction
							label="Copy summary"
							text={summary}
							done="Summary copied. Paste it into the incident channel."
						/>
						{embedded ? (
							<a class="tool-button" href={toolLink}>
								Open on the lookup page
							</a>
						) : (
							<CopyAction
								label="Copy link"
								text={() => window.location.href}
								done="Link copied: it opens this page with the same search and answers."
							/>
						)}
					</>
				}
			/>
			<SituationSearch
				query={query}
				onQuery={setQuery}
				rows={rows}
				levels={levels}
				synonyms={synonyms}
				related={props.related}
				severity={severities.find((s) => s.id === severity)}
				links={links}
				embedded={embedded}
				headingLevel={headingLevel}
			/>
		</div>
	);
}
