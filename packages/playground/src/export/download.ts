/** Saves data to the user's disk through a temporary link; nothing leaves the browser. */
export function downloadDataUrl(url: string, filename: string): void {
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.rel = "noopener";
  document.body.appendChild(a);
  a.click();
  a.remove();
}

export function downloadText(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  downloadDataUrl(url, filename);
  // The click has started the download synchronously; the URL is no longer needed after.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
