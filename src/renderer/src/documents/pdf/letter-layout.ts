// The look of a municipal letter: letterhead, addressee and reference block, sections, signature,
// footer. Pure pdfmake content; the words come from the caller.
import type { Content, StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Letterhead } from '@renderer/domain/decisions/letterhead';

const INK = '#1a1a1a';
const MUTED = '#555555';
const RULE = '#8a8a8a';
/** A4 width minus the side margins, for the horizontal rules. */
const TEXT_WIDTH = 595.28 - 2 * 62;

export const LETTER_PAGE: Pick<TDocumentDefinitions, 'pageSize' | 'pageMargins' | 'defaultStyle' | 'styles'> = {
  pageSize: 'A4',
  pageMargins: [62, 42, 62, 60],
  defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.15, color: INK },
  styles: {
    municipality: { fontSize: 17, bold: true },
    unit: { fontSize: 10, color: MUTED },
    heading: { fontSize: 12.5, bold: true, margin: [0, 16, 0, 2] },
    outcome: { fontSize: 11, bold: true, margin: [0, 0, 0, 8] },
    sectionHeading: { fontSize: 10.5, bold: true, margin: [0, 8, 0, 2] },
    paragraph: { margin: [0, 0, 0, 4] },
    label: { bold: true },
    small: { fontSize: 8, color: MUTED },
  } satisfies StyleDictionary,
};

export function rule(marginTop = 6, marginBottom = 10): Content {
  return {
    canvas: [{ type: 'line', x1: 0, y1: 0, x2: TEXT_WIDTH, y2: 0, lineWidth: 0.6, lineColor: RULE }],
    margin: [0, marginTop, 0, marginBottom],
  };
}

export function letterheadBlock(letterhead: Letterhead, municipalityName: string): Content {
  const names: Content = {
    stack: [
      { text: municipalityName, style: 'municipality' },
      ...(letterhead.unitName ? [{ text: letterhead.unitName, style: 'unit' }] : []),
    ],
    margin: [0, letterhead.logoDataUrl ? 6 : 0, 0, 0],
  };
  const top: Content = letterhead.logoDataUrl
    ? { columns: [{ image: letterhead.logoDataUrl, fit: [44, 44], width: 52 }, names], columnGap: 8 }
    : names;
  return { stack: [top, rule(6, 14)] };
}

/** Addressee to the left, the reference block (label: value) to the right. */
export function addressAndReferences(addressLines: readonly string[], references: ReadonlyArray<[string, string]>): Content {
  return {
    columns: [
      { width: '*', stack: addressLines.map((line, i) => (i === 0 ? { text: line, bold: true } : line)) },
      {
        width: 'auto',
        table: {
          body: references.map(([label, value]) => [
            { text: label, style: 'small', margin: [0, 1, 8, 1] },
            { text: value, margin: [0, 0, 0, 1] },
          ]),
        },
        layout: 'noBorders',
      },
    ],
    columnGap: 20,
  };
}

/** Two-column facts table with thin horizontal lines. */
export function factsTable(rows: ReadonlyArray<[string, string]>): Content {
  return {
    table: {
      widths: [130, '*'],
      body: rows.map(([label, value]) => [
        { text: label, style: 'label', margin: [0, 3, 0, 3] },
        { text: value, margin: [0, 3, 0, 3] },
      ]),
    },
    layout: {
      hLineWidth: (i: number, node: { table: { body: unknown[] } }) => (i === 0 || i === node.table.body.length ? 0.8 : 0.4),
      vLineWidth: () => 0,
      hLineColor: () => RULE,
      paddingLeft: () => 4,
      paddingRight: () => 4,
    },
    margin: [0, 4, 0, 6],
  };
}

const SECTION_HEADING = 1;

export function section(heading: string, ...body: Content[]): Content {
  return { stack: [{ text: heading, style: 'sectionHeading', headlineLevel: SECTION_HEADING }, ...body] };
}

/** Moves a section heading that would stand last on a page to the next page. */
export const keepHeadingsWithText: NonNullable<TDocumentDefinitions['pageBreakBefore']> = (node, queries) =>
  node.headlineLevel === SECTION_HEADING && queries.getFollowingNodesOnPage().length === 0;

export function paragraph(text: string | Content[]): Content {
  return { text, style: 'paragraph' };
}

/** "Label: text" with the label in bold, as one paragraph. */
export function labelled(label: string, text: string): Content {
  return { text: [{ text: `${label}: `, bold: true }, text], style: 'paragraph' };
}

/** Contact line, closing and signatures, kept on one page so the signature never stands alone. */
export function signatureBlock(
  contact: string,
  closing: string,
  signatories: Letterhead['signatories'],
  note: string,
): Content {
  return {
    stack: [
      paragraph(contact),
      { text: closing, margin: [0, 8, 0, 18] },
      {
        columns: signatories.map((s) => ({
          width: 200,
          stack: [{ text: s.name, bold: true }, ...(s.title ? [{ text: s.title }] : [])],
        })),
        columnGap: 24,
      },
      { text: note, style: 'small', italics: true, margin: [0, 10, 0, 0] },
    ],
    unbreakable: true,
  };
}

/** Footer on every page: the sender's contact line, and "Side x av y". */
export function footer(contactLine: string, pageLabel: (page: number, pages: number) => string) {
  return (currentPage: number, pageCount: number): Content => ({
    margin: [62, 14, 62, 0],
    stack: [
      rule(0, 4),
      {
        columns: [
          { text: contactLine, style: 'small', width: '*' },
          { text: pageLabel(currentPage, pageCount), style: 'small', width: 60, alignment: 'right', noWrap: true },
        ],
        columnGap: 12,
      },
    ],
  });
}
