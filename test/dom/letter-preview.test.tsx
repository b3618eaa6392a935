// The letter preview dialog under happy-dom, with pdf.js replaced (happy-dom cannot draw on a
// canvas; the e2e test draws the real letter): it says the letter is loading, shows one labelled
// picture per page with the page's text for screen readers, says so in Norwegian when the letter
// cannot be shown, keeps "Lagre PDF" in every case, and closes the document when it closes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { LetterPreviewDialog } from '@renderer/features/decisions/letters/LetterPreviewDialog';

const loader = vi.hoisted(() => {
  class PdfClosedError extends Error {}
  return { openPdf: vi.fn(), close: vi.fn(), PdfClosedError };
});
vi.mock('@renderer/components/pdf/pdf-loader', () => loader);

const A4 = { width: 595.28, height: 841.89 };

function fakeDocument(pages: string[][], drawing: () => Promise<void> = () => Promise.resolve()) {
  return {
    numPages: pages.length,
    getPage: async (n: number) => ({
      getViewport: ({ scale }: { scale: number }) => ({ width: A4.width * scale, height: A4.height * scale }),
      render: () => ({ promise: drawing(), cancel: () => {} }),
      getTextContent: async () => ({ items: pages[n - 1]!.map((str) => ({ str, hasEOL: true })) }),
    }),
  };
}

function opening(document: Promise<unknown>) {
  loader.openPdf.mockReturnValue({ document, close: loader.close });
}

const bytes = new Uint8Array([37, 80, 68, 70]);

beforeEach(() => {
  loader.openPdf.mockReset();
  loader.close.mockReset();
  // happy-dom lays nothing out: give the preview the width a dialog would have.
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('LetterPreviewDialog', () => {
  it('says the letter is loading, and still offers to save it', () => {
    opening(new Promise(() => {}));
    const onSave = vi.fn();
    render(<LetterPreviewDialog bytes={bytes} onSave={onSave} onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Forhåndsvisning av vedtaksbrev' });
    expect(within(dialog).getByRole('status').textContent).toBe('Laster brevet …');
    expect(loader.openPdf).toHaveBeenCalledWith(bytes);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lagre PDF' }));
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  it('shows every page as a labelled picture with its text for screen readers', async () => {
    opening(Promise.resolve(fakeDocument([['Vedtak om tilskudd', 'Språkkafé for nyankomne'], ['Klageadgang']])));
    render(<LetterPreviewDialog bytes={bytes} onSave={() => {}} onClose={() => {}} />);
    const region = await screen.findByRole('region', { name: 'Vedtaksbrevet' });
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(await within(region).findByRole('img', { name: 'Side 1 av 2' })).toBeTruthy();
    expect(within(region).getByRole('img', { name: 'Side 2 av 2' })).toBeTruthy();
    await waitFor(() => expect(region.getAttribute('aria-busy')).toBe('false'));
    expect(screen.queryByText('Laster brevet …')).toBeNull();
    expect(await within(region).findByText(/Språkkafé for nyankomne/)).toBeTruthy();
    expect(within(region).getByText('Klageadgang')).toBeTruthy();
  });

  it('says in Norwegian that the letter cannot be shown, and keeps "Lagre PDF"', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    opening(Promise.reject(new Error('Invalid PDF structure.')));
    const onSave = vi.fn();
    render(<LetterPreviewDialog bytes={bytes} onSave={onSave} onClose={() => {}} />);
    expect(
      await screen.findByText('Brevet kan ikke vises her. Bruk «Lagre PDF» og åpne brevet i et PDF-program.'),
    ).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Vedtaksbrevet' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Lagre PDF' }));
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  it('says so, too, when a page cannot be drawn', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    opening(Promise.resolve(fakeDocument([['Side én']], () => Promise.reject(new Error('Bad font')))));
    render(<LetterPreviewDialog bytes={bytes} onSave={() => {}} onClose={() => {}} />);
    expect(await screen.findByText(/Brevet kan ikke vises her/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Lagre PDF' })).toBeTruthy();
  });

  it('closes the document when the dialog goes away', async () => {
    opening(Promise.resolve(fakeDocument([['Side én']])));
    const onClose = vi.fn();
    const { unmount } = render(<LetterPreviewDialog bytes={bytes} onSave={() => {}} onClose={onClose} />);
    await screen.findByRole('img', { name: 'Side 1 av 1' });
    fireEvent.click(screen.getByRole('button', { name: 'Lukk' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(loader.close).not.toHaveBeenCalled();
    unmount();
    expect(loader.close).toHaveBeenCalledTimes(1);
  });
});
