/**
 * One form field, by kind: text, multiline text, list (one item per line), UTC time or clock time
 * with a "Now" button, date, fixed choice, number, or a computed value that can be overridden.
 * Labelled with the field's words; the guide's own placeholder is shown as the hint.
 */
import type { FieldModel } from '~/lib/templates/model';
import type { Computed } from '~/lib/templates/fill';
import { clockButtonLabels, clockValue, hasClockButton, hintText, problemOf } from '~/lib/templates/field-hints';

interface Props {
	field: FieldModel;
	/** DOM id of the control; the label and hints hang off it. */
	controlId: string;
	/** The typed value; undefined for a computed field that is automatic. */
	value: string | undefined;
	/** For computed fields: the value or why there is none yet. */
	computed?: Computed | undefined;
	now: () => Date;
	onChange: (value: string) => void;
	/** Computed fields: drop the override and go back to the computed value. */
	onReset?: () => void;
	/** Number fields filling "[#N]": start the next update. */
	onNextUpdate?: () => void;
}

export function FieldControl({ field, controlId, value, computed, now, onChange, onReset, onNextUpdate }: Props) {
	const hintId = `${controlId}-hint`;
	const problemId = `${controlId}-problem`;
	const text = value ?? '';
	const problem = problemOf(field, text, computed, value === undefined);
	const describedBy = problem ? `${hintId} ${problemId}` : hintId;
	const common = {
		id: controlId,
		'aria-describedby': describedBy,
		'data-field': field.id,
		onInput: (event: Event) => onChange((event.currentTarget as HTMLInputElement).value),
	};

	let control;
	switch (field.kind) {
		case 'multiline':
		case 'list':
			control = <textarea {...common} rows={field.kind === 'list' ? 3 : 4} value={text} spellcheck />;
			break;
		case 'choice':
			control = (
				<select {...common} onChange={common.onInput} value={text}>
					<option value="">Choose…</option>
					{field.options?.map((option) => (
						<option value={option}>{option}</option>
					))}
					{text !== '' && !field.options?.includes(text) && <option value={text}>{text}</option>}
				</select>
			);
			break;
		case 'date':
			control = <input {...common} type="date" value={text} />;
			break;
		case 'number':
			control = <input {...common} type="number" min={1} step={1} inputMode="numeric" value={text} />;
			break;
		case 'computed':
			control = <input {...common} type="text" value={value ?? (computed && 'value' in computed ? computed.value : '')} />;
			break;
		default:
			control = <input {...common} type="text" value={text} autoComplete="off" spellcheck={field.kind === 'text'} />;
	}

	const clockLabels = clockButtonLabels(field);
	const clockButton = hasClockButton(field) ? (
		<button
			type="button"
			class="tool-button tg-inline-button"
			aria-label={clockLabels.label}
			onClick={() => onChange(clockValue(field, now()))}
		>
			{clockLabels.text}
		</button>
	) : null;

	return (
		<div class="tool-field tg-field" data-kind={field.kind}>
			<label for={controlId}>{field.label}</label>
			<div class={clockButton || onNextUpdate || (onReset && value !== undefined) ? 'tg-control-row' : undefined}>
				{control}
				{clockButton}
				{onNextUpdate && (
					<button type="button" class="tool-button tg-inline-button" onClick={onNextUpdate}>
						Start the next update
					</button>
				)}
				{onReset && value !== undefined && (
					<button type="button" class="tool-button tg-inline-button" onClick={onReset}>
						Use the computed value
					</button>
				)}
			</div>
			<p class="tool-hint" id={hintId}>
				{hintText(field)}
				{field.hint && <> {field.hint}</>}
				{field.tokens.length > 0 && (
					<>
						{' '}
						<span class="tg-guide-words">
							The guide: <code>{field.tokens.join('  ·  ')}</code>
						</span>
					</>
				)}
			</p>
			{problem && (
				<p class="tool-hint tg-problem" id={problemId}>
					{problem}
				</p>
			)}
		</div>
	);
}

