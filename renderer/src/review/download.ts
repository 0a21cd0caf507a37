/** Saves text as a file through the browser's download (Electron asks where to save it). */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or the download can lose its source.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
