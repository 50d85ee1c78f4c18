/** Saves `text` as a file in the browser (no server involved): a Blob URL and a download link. */
export function downloadText(fileName: string, text: string, type = 'text/markdown;charset=utf-8'): void {
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
