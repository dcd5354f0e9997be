/** Saving text as a file the browser downloads (session files, the debrief as JSON). */

export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started once click() returns; the URL is only needed until then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
