/**
 * The bar on every page while an incident is open: id, severity, elapsed time and when the next
 * update is due, linking the incident console. Plain DOM, no framework (it must stay under 2 KB
 * gzip): it reads the index the console writes (src/lib/incident/storage.ts, saveIndex) and
 * follows it across tabs with the `storage` event. Nothing leaves the browser.
 */
// The console's index key (src/lib/incident/keys.ts; a unit test checks they agree). Not
// imported: a shared module would become a chunk of its own, one more request on every page.
const INDEX_KEY = 'engram-runbook:incident-index';

interface Summary {
	id: string;
	severity: string;
	practice: boolean;
	startedAt: number;
	nextDueAt: number | null;
	snoozeUntil: number | null;
}

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const href = `${base}incident/`;
let bar: HTMLElement | undefined;

function read(): Summary[] {
	try {
		const data = JSON.parse(localStorage.getItem(INDEX_KEY) ?? 'null') as { v?: number; open?: Summary[] } | null;
		return data?.v === 1 && Array.isArray(data.open) ? data.open.filter((s) => typeof s?.id === 'string' && typeof s.startedAt === 'number') : [];
	} catch {
		return [];
	}
}

const minutes = (ms: number) => Math.max(0, Math.floor(ms / 60_000));
function duration(ms: number): string {
	const m = minutes(ms);
	return m < 60 ? `${m} min` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

/** The tab icon while an update is due (a data URL: the CSP's img-src allows data:). */
const DUE_ICON =
	"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Ccircle cx='16' cy='16' r='16' fill='%23c00'/%3E%3Cpath d='M14 6h4v13h-4zM14 22h4v4h-4z' fill='%23fff'/%3E%3C/svg%3E";
const isDue = (s: Summary, now: number) => s.nextDueAt !== null && now >= s.nextDueAt && !(s.snoozeUntil !== null && s.snoozeUntil > now);

function render(): void {
	const open = read().sort((a, b) => b.startedAt - a.startedAt);
	// The tab icon says an update is due on every page, the console's too; the site's icon after.
	const icon = document.querySelector<HTMLLinkElement>('link[rel~="icon"]');
	if (icon) {
		icon.dataset.href ??= icon.href;
		const want = open.some((s) => isDue(s, Date.now())) ? DUE_ICON : icon.dataset.href;
		if (icon.href !== want) icon.href = want;
	}
	// The console shows all of this itself.
	if (open.length === 0 || location.pathname === href) {
		bar?.remove();
		bar = undefined;
		document.documentElement.classList.remove('has-incident-bar');
		return;
	}
	const now = Date.now();
	const first = open[0]!;
	let due = 'no update countdown';
	let late = false;
	if (first.nextDueAt !== null) {
		late = isDue(first, now);
		due = late ? `update due (${duration(now - first.nextDueAt)} late)` : now < first.nextDueAt ? `next update in ${duration(first.nextDueAt - now)}` : 'update snoozed';
	}
	if (!bar) {
		bar = document.createElement('aside');
		bar.className = 'incident-bar';
		bar.setAttribute('aria-label', 'Open incident');
		bar.setAttribute('data-pagefind-ignore', '');
		bar.append(document.createElement('a'));
		document.body.append(bar);
		document.documentElement.classList.add('has-incident-bar');
	}
	bar.classList.toggle('incident-bar--due', late);
	const link = bar.firstChild as HTMLAnchorElement;
	link.href = href;
	const more = open.length > 1 ? ` · +${open.length - 1} more open` : '';
	link.textContent = `${first.practice ? 'PRACTICE · ' : ''}${first.id} · ${first.severity} · ${duration(now - first.startedAt)} elapsed · ${due}${more}`;
}

render();
setInterval(render, 15_000);
addEventListener('storage', (event) => {
	if (event.key === INDEX_KEY || event.key === null) render();
});
