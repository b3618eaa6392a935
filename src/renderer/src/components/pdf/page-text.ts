// The text of a PDF page as plain lines, for screen readers (the page itself is a picture).
// Takes pdf.js getTextContent() items: text runs with `str` and `hasEOL`, and marked-content
// markers without `str`, which are skipped.

export function pageText(items: readonly object[]): string {
  let text = '';
  for (const item of items) {
    if (!('str' in item) || typeof item.str !== 'string') continue;
    text += item.str;
    if ('hasEOL' in item && item.hasEOL === true) text += '\n';
  }
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
