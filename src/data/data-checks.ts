/**
 * The checks that need the whole of the runbook data at once: every link names a page, every
 * command has provenance, every defect reference names a defect. They run once per build, before
 * the first page or endpoint renders (src/middleware.ts), and a failure lists every problem of
 * both kinds in one error, each naming its file: one build shows a maintainer all there is to fix.
 * (A broken file or an unknown key fails earlier, while the content syncs: src/content.config.ts.)
 */
import { AstroError } from 'astro/errors';
import { getDataLinkProblems } from './pages';
import { getProvenanceProblems } from './upstream';

let checked: Promise<void> | undefined;

/** Resolves once the data passed; rejects with one AstroError listing every problem found. */
export function checkRunbookData(): Promise<void> {
	checked ??= (async () => {
		const [links, provenance] = await Promise.all([getDataLinkProblems(), getProvenanceProblems()]);
		const sections = [
			links.length > 0 &&
				`Links in the runbook data name ${links.length} page(s) that do not exist (point each at an existing page, as in "common-issues/wal-lag#verify", or remove it):\n- ${links.join('\n- ')}`,
			provenance.length > 0 &&
				`Provenance: ${provenance.length} problem(s) (every command needs \`checked:\`, the upstream file and a symbol it contains, or \`ours:\`, why it is our own step):\n- ${provenance.join('\n- ')}`,
		].filter((section): section is string => typeof section === 'string');
		if (sections.length > 0) {
			throw new AstroError(sections.join('\n\n'), 'Fix the data files named above; npm run build lists every such problem at once.');
		}
	})();
	return checked;
}
