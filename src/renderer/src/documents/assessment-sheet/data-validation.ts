// write-excel-file has no data validation of its own; this feature adds Excel's «whole number
// between» rule to the score columns and hides the id column, by the library's documented
// extension points (files.transform on the sheet XML).
import type { Feature } from 'write-excel-file/universal';
import {
  getOrderOfSiblings,
  insertElementMarkupAccordingToOrderOfSiblings,
  sanitizeAttributeValue,
} from 'write-excel-file/utility';

export interface WholeNumberRange {
  /** e.g. "G4:G40". */
  sqref: string;
  min: number;
  max: number;
  errorTitle: string;
  error: string;
  promptTitle: string;
  prompt: string;
}

function validationXml(r: WholeNumberRange): string {
  const attributes = [
    ['type', 'whole'],
    ['operator', 'between'],
    ['allowBlank', '1'],
    ['showInputMessage', '1'],
    ['showErrorMessage', '1'],
    ['errorStyle', 'stop'],
    ['errorTitle', r.errorTitle],
    ['error', r.error],
    ['promptTitle', r.promptTitle],
    ['prompt', r.prompt],
    ['sqref', r.sqref],
  ]
    .map(([k, v]) => `${k}="${sanitizeAttributeValue(v!)}"`)
    .join(' ');
  return `<dataValidation ${attributes}><formula1>${r.min}</formula1><formula2>${r.max}</formula2></dataValidation>`;
}

/** Validations and a hidden column on the first sheet only. */
export function scoringSheetFeature(ranges: readonly WholeNumberRange[], hiddenColumnIndex: number): Feature<Blob> {
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transformElementAttributes: (tagName, attributes, index, _options, properties) =>
            tagName === 'col' && properties.sheetIndex === 0 && index === hiddenColumnIndex
              ? { ...attributes, hidden: 1 }
              : attributes,
          transform: (xml, _options, properties) => {
            if (properties.sheetIndex !== 0 || ranges.length === 0) return xml;
            const markup = `<dataValidations count="${ranges.length}">${ranges.map(validationXml).join('')}</dataValidations>`;
            const order = getOrderOfSiblings('xl/worksheets/sheet{id}.xml', 'worksheet') ?? [];
            return insertElementMarkupAccordingToOrderOfSiblings(xml, markup, order, 'worksheet');
          },
        },
      },
    },
  };
}
