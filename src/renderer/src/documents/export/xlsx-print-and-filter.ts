// What write-excel-file has no option for, added as one of its "features" (its extension point for
// editing the sheet XML): a filter on the header row, printing fitted to one page wide with the
// header row repeated on every page. Elements go where the XLSX schema orders them.
import type { Feature } from 'write-excel-file/universal';
import {
  findElement,
  getCellAddress,
  getOrderOfSiblings,
  getSelfClosingTagMarkup,
  insertElementMarkupAccordingToOrderOfSiblings,
  replaceElement,
  sanitizeTextContent,
} from 'write-excel-file/utility';

/** The size of a sheet's table: a header row and `rows` data rows over `columns` columns. */
export interface SheetTable {
  columns: number;
  rows: number;
}

const WORKSHEET = 'xl/worksheets/sheet{id}.xml';

function worksheetOrder(): string[] {
  return getOrderOfSiblings(WORKSHEET, 'worksheet') ?? [];
}

function filterRange(table: SheetTable): string {
  return `${getCellAddress(0, 0)}:${getCellAddress(table.rows, table.columns - 1)}`;
}

/** `A1:W10` → `$A$1:$W$10`, the absolute form defined names use. */
function absolute(range: string): string {
  return range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
}

function sheetReference(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function withFitToWidth(xml: string): string {
  const pageSetup = findElement(xml, 'pageSetup');
  const attributes = { ...(pageSetup?.openingTagAttributes ?? {}), fitToWidth: 1, fitToHeight: 0 };
  const markup = getSelfClosingTagMarkup('pageSetup', attributes);
  return pageSetup
    ? replaceElement(xml, pageSetup, markup)
    : insertElementMarkupAccordingToOrderOfSiblings(xml, markup, worksheetOrder(), 'worksheet');
}

/** Tables by sheet name; sheets not named are left as they are. */
export function printAndFilterFeature(tables: ReadonlyMap<string, SheetTable>): Feature<Blob> {
  const tableOf = (sheet: string | undefined) => (sheet === undefined ? undefined : tables.get(sheet));
  return {
    files: {
      transform: {
        [WORKSHEET]: {
          transform(xml, sheetOptions) {
            const table = tableOf(sheetOptions.sheet);
            if (!table) return xml;
            let out = insertElementMarkupAccordingToOrderOfSiblings(
              xml,
              '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>',
              worksheetOrder(),
              'worksheet',
            );
            out = insertElementMarkupAccordingToOrderOfSiblings(
              out,
              getSelfClosingTagMarkup('autoFilter', { ref: filterRange(table) }),
              worksheetOrder(),
              'worksheet',
            );
            return withFitToWidth(out);
          },
        },
        'xl/workbook.xml': {
          transform(xml, sheetsOptions) {
            // Excel finds a sheet's filter and print titles through these hidden names (localSheetId
            // is the sheet's position in the workbook).
            const names = sheetsOptions.flatMap((options, index) => {
              const table = tableOf(options.sheet);
              if (!table || options.sheet === undefined) return [];
              const sheet = sheetReference(options.sheet);
              return [
                `<definedName name="_xlnm._FilterDatabase" localSheetId="${index}" hidden="1">${sanitizeTextContent(`${sheet}!${absolute(filterRange(table))}`)}</definedName>`,
                `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${sanitizeTextContent(`${sheet}!$1:$1`)}</definedName>`,
              ];
            });
            if (names.length === 0) return xml;
            const markup = `<definedNames>${names.join('')}</definedNames>`;
            const existing = findElement(xml, 'definedNames');
            if (existing && !existing.selfClosingTag) {
              throw new Error('xl/workbook.xml: definedNames already has content');
            }
            return existing
              ? replaceElement(xml, existing, markup)
              : insertElementMarkupAccordingToOrderOfSiblings(xml, markup, getOrderOfSiblings('xl/workbook.xml', 'workbook') ?? [], 'workbook');
          },
        },
      },
    },
  };
}
