/**
 * The islands' one way to save a file: `text` as `fileName` through a Blob URL and a download
 * link, no server involved. `type` is the file's media type, e.g. 'text/markdown;charset=utf-8'.
 */
export function downloadText(fileName: string, text: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// Revoke later: some browsers read the URL after click() returns.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Selects the text of `element` so it can be copied by hand. */
export function selectContents(element: HTMLElement): void {
	element.focus();
	const selection = window.getSelection();
	if (!selection) return;
	const range = document.createRange();
	range.selectNodeContents(element);
	selection.removeAllRanges();
	selection.addRange(range);
}
