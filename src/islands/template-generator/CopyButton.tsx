/**
 * A copy (or download) button that never sends text with holes by accident: while fields are
 * still empty, the first press says how many and only a second press acts.
 */
import { useEffect, useState } from 'preact/hooks';
import { emptyWarning } from '~/lib/templates/messages';

interface Props {
	label: string;
	/** Text of the button while waiting for the second press, e.g. "3 fields empty — copy anyway?". */
	armedVerb: string;
	/** How many fields the copied text still leaves empty. */
	empty: number;
	/** Changes whenever the text changes, so a pending confirmation is not applied to new text. */
	textKey: string;
	primary?: boolean;
	onAct: () => void;
	onArmed: (message: string) => void;
}

export function CopyButton({ label, armedVerb, empty, textKey, primary = false, onAct, onArmed }: Props) {
	const [armed, setArmed] = useState(false);
	useEffect(() => setArmed(false), [textKey, empty]);
	const warning = emptyWarning(empty, armedVerb);
	return (
		<button
			type="button"
			class={`tool-button${primary ? ' tool-button--primary' : ''}${armed ? ' tg-armed' : ''}`}
			onClick={() => {
				if (empty > 0 && !armed) {
					setArmed(true);
					onArmed(`${warning} Press the button again to go ahead.`);
					return;
				}
				setArmed(false);
				onAct();
			}}
		>
			{armed ? warning : label}
		</button>
	);
}
