/**
 * Copying text out of the runbook must work wherever it is hosted: the async Clipboard API in a
 * secure context (https, localhost), the legacy copy command on plain-http internal hosts, and
 * when both fail the caller selects the text for a manual copy and says so.
 */

export type CopyResult = { ok: true; method: 'clipboard-api' | 'exec-command' } | { ok: false; error: string };

/** The browser surface copyText needs; injectable so the logic is testable without a browser. */
export interface ClipboardEnvironment {
	isSecureContext: boolean;
	writeText?: (text: string) => Promise<void>;
	/** Copies with a hidden textarea and document.execCommand('copy'); returns whether it worked. */
	legacyCopy: (text: string) => boolean;
}

export async function copyText(text: string, env: ClipboardEnvironment = browserClipboard()): Promise<CopyResult> {
	if (env.isSecureContext && env.writeText) {
		try {
			await env.writeText(text);
			return { ok: true, method: 'clipboard-api' };
		} catch {
			// Permission denied or no user gesture: try the legacy path next.
		}
	}
	try {
		if (env.legacyCopy(text)) return { ok: true, method: 'exec-command' };
	} catch {
		// fall through
	}
	return { ok: false, error: 'The browser blocked copying. The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.' };
}

/** The real browser environment. */
export function browserClipboard(): ClipboardEnvironment {
	const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
	return {
		isSecureContext: typeof window !== 'undefined' && window.isSecureContext,
		...(clipboard ? { writeText: (text: string) => clipboard.writeText(text) } : {}),
		legacyCopy: (text) => {
			const area = document.createElement('textarea');
			area.value = text;
			area.setAttribute('readonly', '');
			area.style.position = 'fixed';
			area.style.opacity = '0';
			const previousFocus = document.activeElement as HTMLElement | null;
			document.body.append(area);
			area.select();
			try {
				// Deprecated but the only copy path on plain-http hosts.
				return document.execCommand('copy');
			} finally {
				area.remove();
				previousFocus?.focus();
			}
		},
	};
}
