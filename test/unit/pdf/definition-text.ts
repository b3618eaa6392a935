// All words of a pdfmake document definition, for checks that need no rendering.
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

function collect(node: unknown, out: string[]): void {
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) node.forEach((n) => collect(n, out));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    for (const key of ['text', 'stack', 'columns', 'ul', 'ol']) if (key in o) collect(o[key], out);
    if (o['table'] && typeof o['table'] === 'object') collect((o['table'] as { body: unknown }).body, out);
  }
}

export function definitionText(doc: TDocumentDefinitions): string {
  const out: string[] = [];
  collect(doc.content, out);
  return out.join(' ').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');
}
