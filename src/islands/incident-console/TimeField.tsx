/** A UTC time typed as the guide writes it ("2026-03-01 14:05"), with the local time beside it. */
import { parseUtcTime } from './time';
import { localBeside } from './time';

interface Props {
	id: string;
	label: string;
	value: string;
	onInput: (value: string) => void;
}

export function TimeField({ id, label, value, onInput }: Props) {
	const parsed = parseUtcTime(value);
	return (
		<div class="tool-field">
			<label for={id}>{label} (UTC)</label>
			<input
				id={id}
				type="text"
				inputMode="numeric"
				autoComplete="off"
				spellcheck={false}
				value={value}
				aria-describedby={`${id}-hint`}
				aria-invalid={parsed ? undefined : 'true'}
				onInput={(event) => onInput(event.currentTarget.value)}
			/>
			<span class="tool-hint" id={`${id}-hint`}>
				{parsed ? `YYYY-MM-DD HH:MM · ${localBeside(parsed.getTime())}` : 'Write it as YYYY-MM-DD HH:MM, in UTC.'}
			</span>
		</div>
	);
}
