/**
 * Serves the built site in dist/ on http://127.0.0.1:PORT under the build's base path.
 * PORT defaults to 4321; BASE_PATH must match the one the site was built with.
 */
import { existsSync } from 'node:fs';
import { normaliseBasePath } from '../src/lib/shared/base-path.ts';
import { startStaticServer } from './static-server.ts';

const root = process.env.DIST_DIR ?? 'dist';
if (!existsSync(`${root}/index.html`)) {
	console.error(`No built site in ${root}/. Run "npm run build" first (or "npm start", which builds).`);
	process.exit(1);
}
const { url } = await startStaticServer({
	root,
	base: normaliseBasePath(process.env.BASE_PATH),
	port: Number(process.env.PORT ?? 4321),
});
console.log(`\n  Engram on-call runbook is being served at ${url}\n  (Ctrl+C stops it)\n`);
