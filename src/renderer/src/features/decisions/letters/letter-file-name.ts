// File names for letters: <orgnr>-<tittel>-<vedtakstype>.pdf, in characters every file system
// and zip tool accepts (Norwegian letters spelled out, everything else a hyphen).
import type { LetterKind } from '@renderer/domain/letter';

const SPELLED: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', Æ: 'Ae', Ø: 'O', Å: 'A' };

/** "Språkkafé for nyankomne!" → "Sprakkafe-for-nyankomne". */
export function safeFileNamePart(text: string, maxLength = 60): string {
  const plain = text
    .replace(/[æøåÆØÅ]/g, (c) => SPELLED[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  const safe = plain
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
  return safe || 'uten-navn';
}

export function letterFileName(orgnr: string, title: string, kind: LetterKind): string {
  return `${safeFileNamePart(orgnr, 20)}-${safeFileNamePart(title)}-${kind.replace(/_/g, '-')}.pdf`;
}

/** The folder (Electron) or, with `.zip`, the archive (browser) a batch of letters is saved as. */
export function lettersFolderName(year: number): string {
  return `vedtaksbrev-${year}`;
}
