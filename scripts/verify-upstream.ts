/**
 * Re-reads every upstream citation of content/data (`checked:` lists and defects' `evidence:`)
 * in an Engram checkout and reports the ones whose file or symbol is gone.
 *   npm run verify:upstream -- PATH_TO_ENGRAM_CHECKOUT
 * PATH may be a working tree (files are read from disk, at whatever commit it has checked out)
 * or a bare git directory (files are read at the commit pinned in content/data/upstream.yaml,
 * or at REV with --rev REV). Exits 1 when a citation no longer holds, 2 on bad arguments.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findCitations } from '../src/lib/upstream/provenance.ts';
import { checkCitations } from '../src/lib/upstream/verify.ts';
import { pinnedCommit, readDataFiles } from './data-files.ts';

const args = process.argv.slice(2);
const revAt = args.indexOf('--rev');
const rev = revAt >= 0 ? args.splice(revAt, 2)[1] : undefined;
const checkout = args[0];
if (!checkout || !existsSync(checkout) || !statSync(checkout).isDirectory()) {
	console.error('usage: npm run verify:upstream -- PATH_TO_ENGRAM_CHECKOUT [--rev REV]');
	process.exit(2);
}

const pin = pinnedCommit();
const isWorkTree = existsSync(join(checkout, '.git')) && rev === undefined;
const commit = rev ?? pin.commit;
const cache = new Map<string, string | undefined>();
/** The file's text in the checkout, or undefined when it does not exist there. */
function readUpstream(path: string): string | undefined {
	if (cache.has(path)) return cache.get(path);
	let text: string | undefined;
	if (isWorkTree) {
		const full = join(checkout!, path);
		text = existsSync(full) && statSync(full).isFile() ? readFileSync(full, 'utf8') : undefined;
	} else {
		try {
			const gitDir = existsSync(join(checkout!, '.git')) ? join(checkout!, '.git') : checkout!;
			text = execFileSync('git', ['--git-dir', gitDir, 'show', `${commit}:${path}`], {
				encoding: 'utf8',
				maxBuffer: 64 * 1024 * 1024,
				stdio: ['ignore', 'pipe', 'ignore'],
			});
		} catch {
			text = undefined;
		}
	}
	cache.set(path, text);
	return text;
}

const citations = readDataFiles().flatMap(([file, data]) => findCitations(file, data));
const problems = checkCitations(citations, readUpstream);
console.log(
	`Read ${new Set(citations.map((entry) => entry.citation.file)).size} upstream files for ${citations.length} citations ` +
		(isWorkTree ? `in the working tree of ${checkout}` : `at ${commit.slice(0, 12)} in ${checkout}`) +
		` (pinned: ${pin.repository} ${pin.commit.slice(0, 12)}).`
);
for (const problem of problems) console.log(`- ${problem}`);
console.log(problems.length === 0 ? 'Every citation still holds.' : `${problems.length} citation(s) no longer hold.`);
process.exitCode = problems.length > 0 ? 1 : 0;
