/**
 * The site answers /favicon.ico: browsers ask for it on every document that links no icon (the
 * Prometheus rules, the policy text), and a missing one is a 404 on the host and in the console.
 * It is an .ico holding one 32 px PNG (scripts/icons.ts), and the service worker keeps it offline.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuilt, BASE_DIST, DIST } from '../helpers/dist';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('favicon.ico', () => {
	it.each([DIST, BASE_DIST])('%s: one 32 px PNG image in an icon file, precached', (root) => {
		assertBuilt();
		const ico = readFileSync(join(root, 'favicon.ico'));
		expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)], 'reserved, type icon, one image').toEqual([0, 1, 1]);
		expect([ico[6], ico[7]], 'width and height').toEqual([32, 32]);
		const [size, offset] = [ico.readUInt32LE(14), ico.readUInt32LE(18)];
		expect(offset + size).toBe(ico.length);
		expect(ico.subarray(offset, offset + 8).equals(PNG_SIGNATURE), 'a PNG image').toBe(true);
		expect(readFileSync(join(root, 'sw.js'), 'utf8')).toContain('"favicon.ico"');
	});
});
