import { useRef, useState } from 'preact/hooks';
import { copyText } from '~/lib/clipboard';

interface CopyActionProps {
	label: string;
	/** The text to copy, computed when the button is pressed. */
	text: () => string;
	/** Said after a successful copy. */
	done: string;
}

/**
 * A copy button that announces the result. When the browser refuses, the text appears in a
 * selected read-only box so it can be copied by hand: nothing is lost.
 */
export function CopyAction({ label, text, done }: CopyActionProps) {
	const [status, setStatus] = useState<{ ok: boolean; message: string; text?: string } | undefined>();
	const fallback = useRef<HTMLTextAreaElement>(null);

	const copy = async () => {
		const value = text();
		const result = await copyText(value);
		if (result.ok) {
			setStatus({ ok: true, message: done });
		} else {
			setStatus({ ok: false, message: result.error, text: value });
			requestAnimationFrame(() => fallback.current?.select());
		}
	};

	return (
		<div class="copy-action">
			<button type="button" class="tool-button" onClick={copy}>
				{label}
			</button>
			<p class="copy-action__status" role="status">
				{status?.message ?? ''}
			</p>
			{status && !status.ok && status.text !== undefined && (
				<textarea
					class="copy-action__fallback"
					ref={fallback}
					readOnly
					rows={5}
					aria-label={`${label}: text to copy by hand`}
					value={status.text}
				/>
			)}
		</div>
	);
}
