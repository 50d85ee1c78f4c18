/**
 * Runs on every page of a production build:
 * - registers the service worker (scope = the site's base path), so the runbook works offline
 *   after one visit;
 * - when a new version has been deployed and is waiting, shows "New version available — Reload"
 *   instead of silently mixing versions; Reload activates it and reloads once;
 * - shows a discreet indicator while the browser is offline, and reserves its height at the end of
 *   the page (--runbook-status-bar-space), so it never covers the last lines on a phone.
 * In `astro dev` nothing is registered, so the dev server is never cached.
 */

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

function statusBar(): HTMLElement {
	let bar = document.getElementById('runbook-status-bar');
	if (!bar) {
		bar = document.createElement('div');
		bar.id = 'runbook-status-bar';
		bar.className = 'runbook-status-bar';
		bar.setAttribute('role', 'status');
		bar.setAttribute('data-pagefind-ignore', '');
		document.body.append(bar);
		reserveSpace(bar);
	}
	return bar;
}

/** Keeps room under the page's content for the fixed bar, whatever it shows (0 when empty). */
function reserveSpace(bar: HTMLElement): void {
	const update = () => {
		const height = bar.childElementCount === 0 ? 0 : bar.getBoundingClientRect().height;
		document.documentElement.style.setProperty('--runbook-status-bar-space', `${Math.ceil(height)}px`);
	};
	if (typeof ResizeObserver === 'function') new ResizeObserver(update).observe(bar);
	new MutationObserver(update).observe(bar, { childList: true });
	update();
}

function showOfflineIndicator(offline: boolean): void {
	const bar = statusBar();
	let badge = bar.querySelector<HTMLElement>('.runbook-offline');
	if (!offline) {
		badge?.remove();
		return;
	}
	if (!badge) {
		badge = document.createElement('p');
		badge.className = 'runbook-offline';
		badge.textContent = 'Offline: showing the copy saved in this browser.';
		bar.append(badge);
	}
}

function showUpdateNotice(waiting: ServiceWorker): void {
	const bar = statusBar();
	if (bar.querySelector('.runbook-update')) return;
	const notice = document.createElement('p');
	notice.className = 'runbook-update';
	notice.textContent = 'A new version of the runbook is available. ';
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'tool-button tool-button--primary';
	button.textContent = 'Reload to update';
	button.addEventListener('click', () => {
		button.disabled = true;
		waiting.postMessage({ type: 'SKIP_WAITING' });
	});
	notice.append(button);
	bar.append(notice);
}

async function registerServiceWorker(): Promise<void> {
	if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
	const hadController = Boolean(navigator.serviceWorker.controller);
	let reloading = false;
	navigator.serviceWorker.addEventListener('controllerchange', () => {
		// Reload only when a new version replaced an old one, not on the very first install.
		if (!hadController || reloading) return;
		reloading = true;
		window.location.reload();
	});
	const registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
	const offerIfWaiting = () => {
		if (registration.waiting && navigator.serviceWorker.controller) showUpdateNotice(registration.waiting);
	};
	offerIfWaiting();
	registration.addEventListener('updatefound', () => {
		const installing = registration.installing;
		installing?.addEventListener('statechange', () => {
			if (installing.state === 'installed') offerIfWaiting();
		});
	});
}

window.addEventListener('online', () => showOfflineIndicator(false));
window.addEventListener('offline', () => showOfflineIndicator(true));
if (!navigator.onLine) showOfflineIndicator(true);
registerServiceWorker().catch((error: unknown) => {
	// Offline support is an extra: the page works without it. Log quietly for whoever debugs.
	console.info('Offline support unavailable:', error);
});
