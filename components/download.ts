/** Hands a text file to the browser's downloads, as a link with `download` would. */
export function downloadFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  // Firefox only follows a download link that is in the document.
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the blob after the click returns, so the URL must outlive it a little.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
