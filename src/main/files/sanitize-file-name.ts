// Suggested names come from case data ("Vedtak 2025/12.pdf"): make them a valid bare file name
// instead of refusing them. Backups, which skip the dialog, are validated strictly instead.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const FORBIDDEN = /[/\\:*?"<>|\u0000-\u001f]/g;

export function sanitizeFileName(name: string, fallback = 'dokument'): string {
  const cleaned = name
    .replace(FORBIDDEN, '-')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '')
    .slice(0, 200);
  return cleaned === '' ? fallback : cleaned;
}
