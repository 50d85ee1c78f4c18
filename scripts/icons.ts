/**
 * Draws the app icons (public/icons/*.png) and public/favicon.ico from public/favicon.svg with
 * Chromium. Run after changing the favicon: node scripts/icons.ts
 *
 * Why a favicon.ico beside the SVG: the pages link favicon.svg, but a browser shows the site's
 * plain files too (the Prometheus rules, the policy text) and asks those for /favicon.ico; without
 * one, every such visit logs a 404 on the host and in the browser's console.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { launchChromium } from './chromium.ts';

const svg = readFileSync('public/favicon.svg', 'utf8');
const browser = await launchChromium();
try {
	for (const { file, size, padding } of [
		{ file: 'icon-192.png', size: 192, padding: 0 },
		{ file: 'icon-512.png', size: 512, padding: 0 },
		// Maskable icons keep their content inside the central 80% "safe zone".
		{ file: 'icon-maskable-512.png', size: 512, padding: 0.1 },
	]) {
		const page = await browser.newPage({ viewport: { width: size, height: size } });
		const inner = Math.round(size * (1 - 2 * padding));
		await page.setContent(
			`<body style="margin:0;background:#3b4cca;display:grid;place-items:center;height:${size}px">` +
				svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `) +
				'</body>'
		);
		await page.screenshot({ path: `public/icons/${file}`, omitBackground: padding === 0 });
		await page.close();
		console.log(`public/icons/${file}`);
	}
	const page = await browser.newPage({ viewport: { width: 32, height: 32 } });
	await page.setContent(`<body style="margin:0">${svg.replace('<svg ', '<svg width="32" height="32" ')}</body>`);
	writeFileSync('public/favicon.ico', icoOfPng(await page.screenshot({ omitBackground: true }), 32));
	await page.close();
	console.log('public/favicon.ico');
} finally {
	await browser.close();
}

/** An .ico file holding one PNG image (the format browsers have read since Windows Vista). */
function icoOfPng(png: Buffer, size: number): Buffer {
	const header = Buffer.alloc(22);
	header.writeUInt16LE(0, 0); // reserved
	header.writeUInt16LE(1, 2); // type: icon
	header.writeUInt16LE(1, 4); // one image
	header.writeUInt8(size, 6); // width
	header.writeUInt8(size, 7); // height
	header.writeUInt8(0, 8); // no palette
	header.writeUInt8(0, 9); // reserved
	header.writeUInt16LE(1, 10); // colour planes
	header.writeUInt16LE(32, 12); // bits per pixel
	header.writeUInt32LE(png.length, 14); // image size
	header.writeUInt32LE(22, 18); // image offset: right after this header
	return Buffer.concat([header, png]);
}
