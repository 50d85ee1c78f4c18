/**
 * The decision-tree walker: one question at a time, answers as buttons, Back and Start over,
 * ending at the outcome with its common-issue link.
 *
 * Design notes
 * - State is the path: the ids of the answers chosen so far (src/lib/trees/tree.ts). It lives
 *   in the URL (`?path=a,b,c`, replaceState), so a link pasted into chat reopens the same step,
 *   and a reload loses nothing. A malformed path keeps its valid prefix and shows a notice.
 * - The server renders a short placeholder; the walk starts after hydration, because only the
 *   browser knows the URL. Without JavaScript the nested list below the walker has everything.
 * - After each step focus moves to the new question or outcome heading; a polite live region
 *   announces an outcome. Nothing typed or chosen is sent anywhere.
 */
// First: the server's text stays as it is when the island hydrates.
import '../shared/join-text-runs';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
	arrivalAnnouncement,
	back,
	choose,
	continueWalk,
	currentNode,
	describePath,
	flagLines,
	labelOf,
	questionOf,
	showsContext,
	startWalk,
	walkFromSearch,
	walkSearch,
} from '~/lib/trees/tree';
import { splitCodeSpans } from '~/lib/shared/code-spans';
import { useCopy } from '../shared/useCopy';
import { useOpenIncident } from '../shared/useOpenIncident';
import { incidentName } from '~/lib/incident/tool-link';
import type { IssueLink, WalkerLink, WalkerNode, WalkerProps } from './types';
import { Notice } from '../shared/Notice';

export default function TreeWalker({ tree, issues }: WalkerProps) {
	const [linkApplied, setLinkApplied] = useState(false);
	const [path, setPath] = useState<string[]>(startWalk());
	const [notices, setNotices] = useState<string[]>([]);
	const [announcement, setAnnouncement] = useState('');
	const { status: feedback, copy: copyWithFallback, clear: clearFeedback } = useCopy();
	const headingRef = useRef<HTMLHeadingElement>(null);
	const pathTextRef = useRef<HTMLTextAreaElement>(null);
	const moveFocus = useRef(false);
	const ids = `walker-${tree.id}`;
	const { incident, log } = useOpenIncident();
	const [logged, setLogged] = useState('');

	// Read the walk from the link once, in the browser. The server rendered the first question;
	// a page opened without a walk in its link changes nothing here, so hydrating costs no second
	// render (and rewrites nothing on the page).
	const linkRead = useRef(false);
	useEffect(() => {
		linkRead.current = true;
		if (window.location.search === '') return;
		const initial = walkFromSearch(tree, window.location.search);
		setPath(initial.path);
		if (initial.notices.length > 0) setNotices(initial.notices);
		setLinkApplied(true);
	}, []);

	// Keep the URL in step with the walk, then move focus if a button asked for it.
	useEffect(() => {
		if (!linkRead.current) return;
		window.history.replaceState(window.history.state, '', walkUrl(path));
		if (moveFocus.current) {
			moveFocus.current = false;
			headingRef.current?.focus();
		}
	}, [path, linkApplied]);

	// An outcome reached while an incident is open goes into its log, once per outcome.
	const reached = linkRead.current ? currentNode(tree, path).outcome : undefined;
	const endId = path[path.length - 1] ?? '';
	useEffect(() => {
		if (!reached || !incident) return;
		const written = log(
			{ source: 'tree-walker', kind: `outcome:${tree.id}:${endId}`, text: `Decision tree “${tree.title}” walked to: ${reached.action} (${walkUrl(path).href})` },
			true
		);
		setLogged(written?.ok ? `Logged in ${incidentName(incident)}.` : '');
	}, [endId, reached !== undefined, incident?.uid]);

	const node = currentNode(tree, path);
	const outcome = node.outcome;

	const go = (next: string[]) => {
		moveFocus.current = true;
		setNotices([]);
		clearFeedback();
		setAnnouncement(arrivalAnnouncement(tree, next));
		setPath(next);
	};

	const copy = (text: string, what: string, select: () => void) => void copyWithFallback(text, `${what} copied.`, select);

	// Only a walk that has begun has a line (and the page's address, which the server cannot know).
	const pathLine = path.length > 0 ? describePath(tree, path, (slug) => issues[slug]?.text ?? slug, walkUrl(path).href) : '';

	return (
		<div class="tool tree-walker" data-pagefind-ignore>
			{notices.length > 0 && (
				<Notice as="div" tone="warning" role="alert">
					{notices.map((notice) => (
						<p key={notice}>{notice}</p>
					))}
				</Notice>
			)}

			{path.length > 0 && (
				<nav aria-label="Your answers so far">
					<ol class="tree-walker__trail">
						{path.map((id) => (
							<li key={id}>{labelOf(tree.nodes[id] ?? { text: id })}</li>
						))}
					</ol>
				</nav>
			)}

			{outcome ? (
				<div class="tool-card tree-walker__outcome">
					<p class="tree-walker__kicker">Outcome{logged && <span class="tree-walker__logged"> · {logged}</span>}</p>
					<h3 id={`${ids}-heading`} ref={headingRef} tabIndex={-1}>
						{outcome.action}
					</h3>
					{outcome.detail && <p>{codeSpans(outcome.detail)}</p>}
					{outcome.command && (
						<Command
							label="First step"
							command={outcome.command}
							onCopy={(text, select) => copy(text, 'Command', select)}
						/>
					)}
					{outcome.issue && issues[outcome.issue] && <IssueLine link={issues[outcome.issue]!} />}
					{outcome.ref && <RefLine link={outcome.ref} />}
					<Flags node={node} outcomeInferred={outcome.inferred === true} />
					{outcome.continueAt && (
						<div class="tool-actions">
							<button type="button" class="tool-button tool-button--primary" onClick={() => go(continueWalk(tree, path))}>
								Continue with the next check: {labelOf(tree.nodes[outcome.continueAt] ?? { text: outcome.continueAt })}
							</button>
						</div>
					)}
				</div>
			) : (
				<div class="tree-walker__question">
					{showsContext(tree, path) ? (
						<p class="tree-walker__context">{codeSpans(node.text)}</p>
					) : null}
					<h3 id={`${ids}-heading`} ref={headingRef} tabIndex={-1}>
						{questionOf(node) ?? node.text}
					</h3>
					<Flags node={node} outcomeInferred={false} />
					{node.check && (
						<Command label="How to check" command={node.check} onCopy={(text, select) => copy(text, 'Command', select)} />
					)}
					<ul class="tree-walker__answers" role="list" aria-labelledby={`${ids}-heading`}>
						{(node.children ?? []).map((childId) => (
							<li key={childId}>
								<button type="button" class="tool-button tree-walker__answer" onClick={() => go(choose(tree, path, childId))}>
									{labelOf(tree.nodes[childId] ?? { text: childId })}
								</button>
							</li>
						))}
					</ul>
				</div>
			)}

			{path.length > 0 && (
				<div class="tool-field tree-walker__copy">
					<label for={`${ids}-path`}>Your walk as one line (for chat or the incident ticket)</label>
					<textarea id={`${ids}-path`} ref={pathTextRef} readOnly rows={3} value={pathLine} />
				</div>
			)}

			<div class="tool-actions">
				{path.length > 0 && (
					<button
						type="button"
						class="tool-button"
						onClick={() => copy(pathLine, 'Your walk', () => pathTextRef.current?.select())}
					>
						Copy my walk
					</button>
				)}
				<button type="button" class="tool-button" disabled={path.length === 0} onClick={() => go(back(path))}>
					<span aria-hidden="true">←</span> Back
				</button>
				<button type="button" class="tool-button" disabled={path.length === 0} onClick={() => go(startWalk())}>
					Start over
				</button>
			</div>

			<Notice role="status" tone={feedback?.ok ? 'success' : 'warning'} visible={Boolean(feedback)}>
				{feedback?.message ?? ''}
			</Notice>
			<p class="sr-only" aria-live="polite">
				{announcement}
			</p>
		</div>
	);
}

/** This page's URL for a walk. */
function walkUrl(path: readonly string[]): URL {
	const url = new URL(window.location.href);
	url.search = walkSearch(path);
	return url;
}

/** A command block with its copy button; on failure the text is selected for a manual copy. */
function Command(props: { label: string; command: string; onCopy: (text: string, select: () => void) => void }) {
	const preRef = useRef<HTMLPreElement>(null);
	const select = () => {
		const pre = preRef.current;
		const selection = window.getSelection();
		if (pre && selection) selection.selectAllChildren(pre);
	};
	const command = props.command.trimEnd();
	return (
		<div class="tree-walker__command">
			<p class="tree-walker__command-label">{props.label}</p>
			{/* Focusable so a keyboard can scroll a long command sideways. */}
			<pre ref={preRef} tabIndex={0}>
				<code>{command}</code>
			</pre>
			<div class="tool-actions">
				<button type="button" class="tool-button tree-walker__copy-command" onClick={() => props.onCopy(command, select)}>
					Copy command<span class="sr-only">: {props.label.toLowerCase()}</span>
				</button>
			</div>
		</div>
	);
}

function IssueLine({ link }: { link: IssueLink }) {
	return (
		<p class="tree-walker__issue">
			Resolve it with <a href={link.href}>{link.text}</a>
		</p>
	);
}

function RefLine({ link }: { link: WalkerLink }) {
	return <p>Read on: {link.href ? <a href={link.href}>{codeSpans(link.text)}</a> : codeSpans(link.text)}</p>;
}

/** The source flags and caveats, shown discreetly where they apply. */
function Flags({ node, outcomeInferred }: { node: WalkerNode; outcomeInferred: boolean }) {
	return (
		<>
			{flagLines(node, outcomeInferred).map((line) => (
				<p class="tree-walker__flag" key={line}>
					{line}
				</p>
			))}
			{node.caveat && (
				<p class="tree-walker__caveat">
					<strong>Note:</strong> {codeSpans(node.caveat)}
				</p>
			)}
		</>
	);
}

/** Data text with `code` spans as <code> elements. */
function codeSpans(text: string) {
	return splitCodeSpans(text).map((part, index) => (part.code ? <code key={index}>{part.text}</code> : part.text));
}
