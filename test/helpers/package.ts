/** Builds the zip with `npm run package`'s script into a temp folder and unpacks it beside it. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';

const ROOT = new URL('../../', import.meta.url).pathname;

export interface UnpackedZip {
	/** Every entry of the zip, by its path inside it. */
	files: Record<string, Uint8Array>;
	/** The folder it was unpacked into, ready to serve. */
	unzipped: string;
}

export function packageAndUnzip(prefix: string): UnpackedZip {
	const work = mkdtempSync(join(tmpdir(), prefix));
	const zipPath = join(work, 'runbook.zip');
	execFileSync(join(ROOT, 'node_modules/.bin/node'), ['scripts/package-site.ts', zipPath], { cwd: ROOT, stdio: 'pipe' });
	const files = unzipSync(readFileSync(zipPath));
	const unzipped = join(work, 'site');
	for (const [name, data] of Object.entries(files)) {
		mkdirSync(dirname(join(unzipped, name)), { recursive: true });
		writeFileSync(join(unzipped, name), data);
	}
	return { files, unzipped };
}
