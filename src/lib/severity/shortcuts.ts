/**
 * The classifier's keyboard shortcuts: Y answers Yes and N answers No while the tool is on screen
 * (focus anywhere on the page, not only inside the tool), never while typing in a field, never
 * with Ctrl, Alt or Cmd (browser shortcuts), and never during IME composition.
 */
import type { Answer } from './classify';

/** What the key handler knows about one key press. */
export interface ShortcutEvent {
	key: string;
	/** Alt, Ctrl or Meta held. */
	modifier: boolean;
	/** IME composition in progress. */
	composing: boolean;
	/** Another handler took the key already. */
	defaultPrevented: boolean;
	/** Focus is in a text field, select or editable element. */
	inField: boolean;
	/** Focus is inside the classifier. */
	inTool: boolean;
	/** Some of the classifier is in the viewport. */
	onScreen: boolean;
}

/** The answer a key press gives, or undefined when it should do nothing. */
export function shortcutAnswer(event: ShortcutEvent): Exclude<Answer, 'unsure'> | undefined {
	if (event.modifier || event.composing || event.defaultPrevented || event.inField) return undefined;
	if (!event.inTool && !event.onScreen) return undefined;
	const key = event.key.toLowerCase();
	return key === 'y' ? 'yes' : key === 'n' ? 'no' : undefined;
}
