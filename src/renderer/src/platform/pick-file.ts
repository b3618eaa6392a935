// The browser's stand-in for an open dialog: a hidden <input type="file">.
import type { FileFilter } from '@shared/platform';

/** "*" means any file, so it yields no accept list at all. */
export function acceptFromFilters(filters: FileFilter[] | undefined): string {
  const extensions = (filters ?? []).flatMap((filter) => filter.extensions);
  if (extensions.length === 0 || extensions.includes('*')) return '';
  return [...new Set(extensions.map((ext) => `.${ext.toLowerCase()}`))].join(',');
}

/** Resolves with the chosen file, or null when the user cancels. */
export function pickFile(filters: FileFilter[] | undefined, doc: Document = document): Promise<File | null> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    const accept = acceptFromFilters(filters);
    if (accept) input.accept = accept;
    input.style.display = 'none';

    const finish = (file: File | null): void => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true });
    // Chromium fires "cancel" when the dialog is dismissed.
    input.addEventListener('cancel', () => finish(null), { once: true });

    doc.body.append(input);
    input.click();
  });
}
