// Only `version` is imported: Vite tree-shakes named JSON imports, so nothing else from
// package.json reaches the bundle.
import { version } from '../../../../package.json';

export const APP_VERSION: string = version;
export const APP_NAME = 'Tilskudd frivillige';
