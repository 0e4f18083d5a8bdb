/**
 * Saves text as a file through the browser's download, entirely on the device.
 * @param fileName suggested name, e.g. `warmstart-progress-2025-03-14.json`.
 */
export function downloadTextFile(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after `click` returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Today's local date as `YYYY-MM-DD`, for file names. */
export function localDateStamp(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
