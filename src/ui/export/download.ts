/** Offers a file the page built to the user as a download: nothing leaves the browser. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** CSV as a download, with a byte-order mark so Excel reads UTF-8 (accents, non-Latin names) correctly. */
export function downloadCsv(csv: string, fileName: string): void {
  downloadBlob(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }), fileName);
}

/** A file name safe on every OS: letters, digits, dashes; e.g. "scorecard-figures-2026-11-23.csv". */
export function fileNameFor(parts: readonly string[], extension: string): string {
  const base = parts
    .map((part) => part.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, ''))
    .filter((part) => part.length > 0)
    .join('-')
    .toLowerCase();
  return `${base || 'export'}.${extension}`;
}

/** `name-2026-11-23.ext` in the user's local date. */
export function datedFileName(base: string, extension: string, now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${base}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${extension}`;
}
