/**
 * Checks every internal link of a built site: each `href` (and `src`) in every HTML file must
 * resolve to a file of the build, under the base path, and each `#anchor` to an id on the target
 * page. Links to other origins are not followed but listed, so a test can allow only the
 * organisation's configured URLs. mailto:, tel:, data: and blob: links are ignored.
 *   node scripts/check-links.ts [dist]      (BASE_PATH=/runbook/ for a site under a path)
 * Exits 1 and prints the problems when any link is broken.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { normaliseBasePath } from '../src/lib/shared/base-path.ts';

export interface LinkReport {
	/** "page.html: href → what is wrong", one per broken link. */
	problems: string[];
	/** Links to other origins: "page.html: href". */
	external: { page: string; href: string }[];
	/** How many links were checked. */
	checked: number;
}

const ORIGIN = 'http://site.invalid';
const IGNORED_PROTOCOLS = new Set(['mailto:', 'tel:', 'data:', 'blob:']);

/** Every HTML file under `root`, relative to it. */
function listHtml(root: string, dir = root): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return listHtml(root, path);
		return entry.name.endsWith('.html') ? [relative(root, path).split('\\').join('/')] : [];
	});
}

/** The URL a built file is served at: "a/b/index.html" → "<base>a/b/". */
function pageUrlOf(file: string, base: string): URL {
	return new URL(base + file.replace(/(^|\/)index\.html$/, '$1'), ORIGIN);
}

/** The file a same-origin path resolves to, as a static host would serve it, or undefined. */
function resolveFile(root: string, path: string): string | undefined {
	const candidates = path === '' || path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`];
	return candidates.find((candidate) => {
		const full = join(root, candidate);
		return existsSync(full) && statSync(full).isFile();
	});
}

/** Checks the site built in `root`, served under `base` ("/" or "/runbook/"). */
export function checkLinks(root: string, base = '/'): LinkReport {
	const report: LinkReport = { problems: [], external: [], checked: 0 };
	const ids = new Map<string, Set<string>>();
	const idsOf = (file: string) => {
		let found = ids.get(file);
		if (!found) {
			const html = parse(readFileSync(join(root, file), 'utf8'));
			found = new Set(
				[...html.querySelectorAll('[id]').map((el) => el.id), ...html.querySelectorAll('a[name]').map((el) => el.getAttribute('name') ?? '')]
			);
			ids.set(file, found);
		}
		return found;
	};

	for (const page of listHtml(root)) {
		const html = parse(readFileSync(join(root, page), 'utf8'));
		const from = pageUrlOf(page, base);
		const links = [
			...html.querySelectorAll('[href]').map((el) => el.getAttribute('href') ?? ''),
			...html.querySelectorAll('[src]').map((el) => el.getAttribute('src') ?? ''),
		];
		for (const href of links) {
			report.checked += 1;
			const problem = (why: string) => report.problems.push(`${page}: ${href} → ${why}`);
			if (href.trim() === '') {
				problem('empty link');
				continue;
			}
			let url: URL;
			try {
				url = new URL(href, from);
			} catch {
				problem('not a valid URL');
				continue;
			}
			if (IGNORED_PROTOCOLS.has(url.protocol)) continue;
			if (url.protocol !== 'http:' && url.protocol !== 'https:') {
				problem(`unexpected ${url.protocol} link`);
				continue;
			}
			if (url.origin !== ORIGIN) {
				report.external.push({ page, href });
				continue;
			}
			const path = decodeURIComponent(url.pathname);
			if (!path.startsWith(base)) {
				problem(`outside the base path ${base}`);
				continue;
			}
			const target = resolveFile(root, path.slice(base.length));
			if (!target) {
				problem('no such file in the build');
				continue;
			}
			const anchor = decodeURIComponent(url.hash.slice(1));
			if (anchor !== '' && target.endsWith('.html') && !idsOf(target).has(anchor)) {
				problem(`no element with id "${anchor}" on ${target}`);
			}
		}
	}
	return report;
}

// Run directly: check dist/ (or the folder given) and fail on any broken link.
if (import.meta.url === `file://${process.argv[1]}`) {
	const root = process.argv[2] ?? 'dist';
	const report = checkLinks(root, normaliseBasePath(process.env.BASE_PATH));
	for (const { page, href } of report.external) console.log(`external: ${page}: ${href}`);
	if (report.problems.length > 0) {
		console.error(`${report.problems.length} broken link(s):\n${report.problems.join('\n')}`);
		process.exit(1);
	}
	console.log(`${report.checked} links checked in ${root}: none broken.`);
}
