/**
 * Astro integration that gives every built page its own Content-Security-Policy (see
 * csp-policy.ts): after the build it hashes each page's inline scripts and styles and writes the
 * policy as a <meta> at the top of <head>. It also writes `content-security-policy.txt`, the same
 * policy for the whole site (every page's hashes) plus `frame-ancestors 'none'`, for hosts that
 * send the policy as a header (README, "Security headers").
 * It must run before the offline integration, so the service worker precaches the final pages.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildPolicy, hashSource, inlineSources, withPolicy, type Hash } from './csp-policy.ts';

export const HEADER_POLICY_FILE = 'content-security-policy.txt';

async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

export function csp(): AstroIntegration {
	return {
		name: 'runbook-csp',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const allScripts = new Set<Hash>();
				const allStyles = new Set<Hash>();
				const files = await htmlFiles(outDir);
				for (const file of files) {
					const html = await readFile(file, 'utf8');
					const { scripts, styles } = inlineSources(html);
					const scriptHashes = scripts.map(hashSource);
					const styleHashes = styles.map(hashSource);
					for (const h of scriptHashes) allScripts.add(h);
					for (const h of styleHashes) allStyles.add(h);
					await writeFile(file, withPolicy(html, buildPolicy({ scriptHashes, styleHashes })));
				}
				const header = buildPolicy({ scriptHashes: allScripts, styleHashes: allStyles }, [['frame-ancestors', "'none'"]]);
				await writeFile(join(outDir, HEADER_POLICY_FILE), `${header}\n`);
				logger.info(
					`Content-Security-Policy on ${files.length} pages (${allScripts.size} script and ${allStyles.size} style hashes in all)`
				);
			},
		},
	};
}
