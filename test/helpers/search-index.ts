/** Reads Pagefind's index of a build: every fragment (gzip, "pagefind_dcd" + JSON), by page URL. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DIST } from './dist';

export function searchIndex(root = DIST): Map<string, string> {
	const dir = join(root, 'pagefind/fragment');
	const pages = new Map<string, string>();
	for (const name of readdirSync(dir)) {
		const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8').replace(/^pagefind_dcd/, '');
		const fragment = JSON.parse(text) as { url: string; content: string };
		pages.set(fragment.url, fragment.content);
	}
	return pages;
}
