import { useCopy } from '../shared/useCopy';

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
	const { status, fallback, copy: copyValue } = useCopy();
	const copy = () => copyValue(text(), done);

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
