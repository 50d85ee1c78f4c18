/**
 * `npm run package`: writes runbook-<version>.zip of the built site (dist/), with index.html at the
 * zip's root, ready to unzip onto any static host. Builds first when dist/ is missing.
 * The zip is made for the base path dist/ was built with (BASE_PATH); unzip it at that path.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { spawnSync } from 'node:child_process';
import { zipSync, type Zippable } from 'fflate';

const DIST = process.env.DIST_DIR ?? 'dist';
const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const output = process.argv[2] ?? `runbook-${version}.zip`;

if (!existsSync(join(DIST, 'index.html'))) {
	console.log('No build yet: building the site…');
	const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
	if (build.status !== 0) process.exit(build.status ?? 1);
}

function collect(dir: string, into: Zippable): number {
	let count = 0;
	for (const name of readdirSync(dir).sort()) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) {
			count += collect(path, into);
		} else if (!name.endsWith('.zip')) {
			// Zip paths always use "/" and are relative to dist/, so index.html sits at the root.
			into[relative(DIST, path).split(sep).join('/')] = readFileSync(path);
			count += 1;
		}
	}
	return count;
}

const files: Zippable = {};
const count = collect(DIST, files);
// A fixed date keeps the zip byte-identical for the same build.
const zip = zipSync(files, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
writeFileSync(output, zip);
console.log(`${output}: ${count} files, ${(zip.length / 1024).toFixed(0)} KiB`);
