/** The filled text as it will be copied; placeholders still empty are marked, not by colour alone. */
import type { RenderedLine } from '~/lib/templates/fill';

interface Props {
	id: string;
	label: string;
	lines: RenderedLine[];
	/** One line of text (the subject) or a scrollable block (the body). */
	variant: 'subject' | 'body';
	/** Clicking an empty placeholder jumps to its field. */
	onPickField: (fieldId: string) => void;
}

export function Preview({ id, label, lines, variant, onPickField }: Props) {
	return (
		<pre
			id={id}
			class={`tg-preview tg-preview--${variant}`}
			// Focusable so keyboard users can scroll a long body, and so a failed copy can select it.
			tabIndex={0}
			aria-label={label}
		>
			{lines.map((line, lineIndex) => (
				<>
					{lineIndex > 0 && '\n'}
					{line.parts.map((part) =>
						part.state === 'empty' ? (
							<mark
								class="tg-empty"
								title="Not filled in yet: click to go to its field"
								onClick={() => part.field && onPickField(part.field)}
							>
								{part.text}
							</mark>
						) : part.state === 'filled' ? (
							<span class="tg-filled">{part.text}</span>
						) : (
							part.text
						)
					)}
				</>
			))}
		</pre>
	);
}
