/**
 * An integration that rewrites one of Starlight's browser scripts at build time (see
 * lazy-search.ts and fast-toc.ts). The build fails when the script is not found, as it would be
 * if an update renamed or moved it: a rewrite must never quietly stop applying.
 */
import type { AstroIntegration } from 'astro';

export function scriptRewrite(name: string, what: string, isTarget: (id: string) => boolean, rewrite: (source: string) => string): AstroIntegration {
	let rewritten = 0;
	return {
		name,
		hooks: {
			'astro:config:setup': ({ updateConfig, command }) => {
				if (command !== 'build') return;
				updateConfig({
					vite: {
						plugins: [
							{
								name,
								enforce: 'pre',
								transform(code, id) {
									if (!isTarget(id)) return undefined;
									// The server build sees an empty stub for client scripts: only the browser's copy has the code.
									if (this.environment.config.consumer !== 'client') return undefined;
									rewritten += 1;
									return { code: rewrite(code), map: null };
								},
							},
						],
					},
				});
			},
			'astro:build:done': () => {
				// The script is bundled once per build; none means the module was renamed or moved.
				if (rewritten === 0) throw new Error(`${what} was not found in the build.`);
			},
		},
	};
}
