/**
 * A small static file server for the built site: serves `root` under `base` on 127.0.0.1, the way
 * any static host would (directory index.html, 404.html, correct MIME types, no traversal).
 * Used by `npm start`, `npm run preview` and the browser tests.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const MIME: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pagefind': 'application/octet-stream',
	'.md': 'text/markdown; charset=utf-8',
	'.zip': 'application/zip',
};

export interface StaticServerOptions {
	/** The folder to serve (the built dist/). */
	root: string;
	/** The URL path the site lives under, with slashes: "/" or "/runbook/". */
	base?: string;
	/** 0 picks a free port. */
	port?: number;
	host?: string;
	/**
	 * Gzip text files for clients that accept it, as static hosts do (Lighthouse's simulated slow
	 * network times the bytes actually sent). Off for the tests: loopback needs no compression.
	 */
	compress?: boolean;
}

/** Text types worth compressing (the rest is compressed already, or tiny). */
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|xml|wasm)|image\/svg)/;

export interface RunningServer {
	server: Server;
	/** The site's URL, base path included, e.g. http://127.0.0.1:4321/runbook/ */
	url: string;
	close: () => Promise<void>;
}

/** Starts the server and resolves once it listens. */
export async function startStaticServer(options: StaticServerOptions): Promise<RunningServer> {
	const root = resolve(options.root);
	const base = options.base ?? '/';
	const host = options.host ?? '127.0.0.1';

	const server = createServer(async (request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		let pathname: string;
		try {
			pathname = decodeURIComponent(url.pathname);
		} catch {
			response.writeHead(400).end('Bad request');
			return;
		}
		if (!pathname.startsWith(base)) {
			if (pathname === base.replace(/\/$/, '')) {
				response.writeHead(301, { Location: base }).end();
				return;
			}
			await sendNotFound(response, root);
			return;
		}
		const relative = normalize(pathname.slice(base.length));
		const filePath = join(root, relative);
		if (filePath !== root && !filePath.startsWith(root + sep)) {
			response.writeHead(403).end('Forbidden');
			return;
		}
		const found = await findFile(filePath, url.pathname.endsWith('/'));
		if (found === 'directory-without-slash') {
			response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
			return;
		}
		if (!found) {
			await sendNotFound(response, root);
			return;
		}
		const type = MIME[extname(found).toLowerCase()] ?? 'application/octet-stream';
		const gzip = options.compress === true && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
		response.writeHead(200, {
			'Content-Type': type,
			'Cache-Control': cacheControlFor(found),
			...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
		});
		if (request.method === 'HEAD') {
			response.end();
			return;
		}
		if (gzip) createReadStream(found).pipe(createGzip()).pipe(response);
		else createReadStream(found).pipe(response);
	});

	await new Promise<void>((done) => server.listen(options.port ?? 0, host, done));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : options.port;
	return {
		server,
		url: `http://${host}:${port}${base}`,
		close: () => new Promise<void>((done) => server.close(() => done())),
	};
}

/** HTML and the service worker must be revalidated; hashed assets can be kept for a year. */
export function cacheControlFor(filePath: string): string {
	if (filePath.includes(`${sep}_astro${sep}`)) return 'public, max-age=31536000, immutable';
	if (filePath.endsWith('.html') || filePath.endsWith('sw.js')) return 'no-cache';
	return 'public, max-age=3600';
}

async function findFile(
	filePath: string,
	askedForDirectory: boolean
): Promise<string | 'directory-without-slash' | null> {
	try {
		const info = await stat(filePath);
		if (info.isFile()) return filePath;
		if (info.isDirectory()) {
			if (!askedForDirectory) {
				// Let the caller redirect "/page" to "/page/" so relative URLs resolve as on real hosts.
				const index = await stat(join(filePath, 'index.html')).catch(() => null);
				return index ? 'directory-without-slash' : null;
			}
			const index = join(filePath, 'index.html');
			return (await stat(index).catch(() => null))?.isFile() ? index : null;
		}
	} catch {
		return null;
	}
	return null;
}

async function sendNotFound(response: import('node:http').ServerResponse, root: string) {
	const page = join(root, '404.html');
	const exists = await stat(page).catch(() => null);
	response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
	if (exists) createReadStream(page).pipe(response);
	else response.end('<!doctype html><title>Not found</title><h1>Not found</h1>');
}
