// Hands bytes to the browser as a file download (the browser's stand-in for a save dialog).
export function downloadBytes(fileName: string, bytes: Uint8Array, doc: Document = document): void {
  // Platform bytes never sit on a SharedArrayBuffer; the cast satisfies BlobPart's typing.
  downloadBlob(fileName, new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' }), doc);
}

/** A Blob (e.g. a backup assembled from chunks) downloads as it is, without a copy into memory. */
export function downloadBlob(fileName: string, blob: Blob, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoke later: revoking at once can cancel the download in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
