/**
 * Draws the app icons (public/icons/*.png) from public/favicon.svg with Chromium.
 * Run after changing the favicon: node scripts/icons.ts
 */
import { readFileSync } from 'node:fs';
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
} finally {
	await browser.close();
}
