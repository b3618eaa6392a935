// One sentence for what happened to a saved file: a path in Electron, a download in the browser.
import type { SaveFileResult } from '@shared/platform';
import { exportText } from '@renderer/i18n/export';

export function saveResultText(result: SaveFileResult, fileName: string): string {
  if (!result.saved) return exportText.cancelled;
  return result.path ? exportText.savedTo(result.path) : exportText.downloaded(fileName);
}
