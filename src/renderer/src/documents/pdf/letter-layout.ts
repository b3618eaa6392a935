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
    subheading: { fontSize: 10.5, margin: [0, 0, 0, 8] },
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
      // The postal address, where an appeal is sent.
      ...(letterhead.addressLines.some((l) => l.trim())
        ? [{ text: letterhead.addressLines.filter((l) => l.trim()).join(', '), style: 'unit' }]
        : []),
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

/**
 * A heading with its text. The heading and the first part of the text are one unbreakable block,
 * so a heading never stands alone at the bottom of a page.
 */
export function section(heading: string, ...body: Content[]): Content {
  const [first, ...rest] = body;
  const head: Content = { text: heading, style: 'sectionHeading', headlineLevel: SECTION_HEADING };
  return { stack: [first === undefined ? head : { stack: [head, first], unbreakable: true }, ...rest] };
}

/**
 * A section whose middle is fixed text the law needs said, with the municipality's own text before
 * and after it (left out when empty), and any extra content at the end.
 */
export function fixedSection(
  heading: string,
  before: string,
  fixed: readonly string[],
  after: string,
  extra: readonly Content[] = [],
): Content {
  const parts = [before, ...fixed, after].filter((p) => p.trim()).map((p) => paragraph(p));
  return section(heading, ...parts, ...extra);
}

/** The letter's title, which says the outcome, and the line under it naming the scheme. */
export function titleBlock(title: string, subtitle: string): Content {
  return { stack: [{ text: title, style: 'heading' }, { text: subtitle, style: 'subheading' }], unbreakable: true };
}

/**
 * Non-breaking spaces where a line break would tear a unit apart: after "§"/"§§" and "kr", and
 * inside "(§ 32)"-style references, so "(§" never ends a line.
 */
export function keepTogether(text: string): string {
  return text.replace(/(§§?) (?=\d)/g, '$1\u00a0').replace(/\bkr (?=\d)/g, 'kr\u00a0').replace(/(\d) og (?=\d)/g, '$1\u00a0og\u00a0');
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
