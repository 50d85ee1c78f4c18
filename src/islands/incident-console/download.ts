/** Saves `text` as a file in the browser: a Blob URL and a download link, no server involved. */
export function downloadText(fileName: string, text: string, type = 'application/json;charset=utf-8'): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
