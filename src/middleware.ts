/**
 * Runs before every page and endpoint renders, at build time (the site is static): the whole-data
 * checks first, so a bad link or a command without provenance fails the build before any page is
 * written, with every problem listed (src/data/data-checks.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { checkRunbookData } from './data/data-checks';

export const onRequest = defineMiddleware(async (_context, next) => {
	await checkRunbookData();
	return next();
});
