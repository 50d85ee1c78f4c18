/**
 * Launches Debian's Chromium through playwright-core, with the flags this closed network needs:
 * without the background-networking switches Chromium keeps trying to reach Google's hosts.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** True when a Chromium binary is installed where we look for it. */
export function hasChromium(): boolean {
	return existsSync(CHROMIUM_PATH);
}

/** `extraArgs` adds Chromium switches, e.g. a host-resolver rule for tests that need a non-local host name. */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROMIUM_PATH,
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--disable-dev-shm-usage',
			...extraArgs,
		],
	});
}
