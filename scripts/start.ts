/**
 * `npm start`: builds the site when dist/ is missing or older than its sources, then serves it.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['content', 'src', 'public', 'astro.config.mjs', 'package-lock.json'];

function newestMtime(path: string): number {
	let info;
	try {
		info = statSync(path);
	} catch {
		return 0;
	}
	if (!info.isDirectory()) return info.mtimeMs;
	return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), info.mtimeMs);
}

const stamp = join(process.env.DIST_DIR ?? 'dist', 'index.html');
const builtAt = newestMtime(stamp);
const sourcesAt = Math.max(...SOURCES.map(newestMtime));
if (builtAt === 0 || sourcesAt > builtAt) {
	console.log(builtAt === 0 ? 'No build yet: building the site…' : 'Sources changed: rebuilding the site…');
	const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
	if (build.status !== 0) process.exit(build.status ?? 1);
}
await import('./serve.ts');
