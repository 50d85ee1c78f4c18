/**
 * The islands' one copy hook: copies with src/lib/shared/clipboard.ts (Clipboard API, then the
 * legacy command) and, when the browser refuses both, keeps the text for a read-only box that it
 * focuses and selects, so the reader can press Ctrl+C. Nothing is lost. When the text is already
 * on screen (a preview, a command block), pass `select` instead: it selects that element and no
 * box is shown.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { copyText, type CopyResult } from '~/lib/shared/clipboard';

export interface CopyStatus {
	ok: boolean;
	message: string;
	/** Set when copying failed: the text to show for a manual copy. */
	text?: string;
}

export function useCopy() {
	const [status, setStatus] = useState<CopyStatus | undefined>();
	const fallback = useRef<HTMLTextAreaElement>(null);
	useEffect(() => {
		if (status?.text !== undefined) {
			fallback.current?.focus();
			fallback.current?.select();
		}
	}, [status]);
	/** Copies `text`; says `done` when it worked. `select`: on failure, select the text where it is shown. */
	const copy = async (text: string, done: string, select?: () => void): Promise<CopyResult> => {
		const result = await copyText(text);
		if (result.ok) setStatus({ ok: true, message: done });
		else if (select) {
			select();
			setStatus({ ok: false, message: result.error });
		} else setStatus({ ok: false, message: result.error, text });
		return result;
	};
	/** Forgets the last result (a new step, a new text). */
	const clear = () => setStatus(undefined);
	return { status, fallback, copy, clear };
}
