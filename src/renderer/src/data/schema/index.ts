// All schema versions in order. A schema change is one new file here plus its migration test, numbered
// above the newest: a database already opened at a higher version never runs a lower one's upgrade.
import type { SchemaVersion } from './schema-version';
import { v1 } from './v1';
import { v2 } from './v2';
import { v3 } from './v3';
import { v4 } from './v4';
import { v5 } from './v5';
import { v6 } from './v6';
import { v7 } from './v7';
import { v9 } from './v9';
import { v10 } from './v10';
import { v11 } from './v11';
import { v12 } from './v12';
import { v13 } from './v13';
import { v14 } from './v14';
import { v17 } from './v17';
import { v18 } from './v18';
import { v21 } from './v21';
import { v22 } from './v22';

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [v1, v2, v3, v4, v5, v6, v7, v9, v10, v11, v12, v13, v14, v17, v18, v21, v22];
export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 0;
export { applySchemaVersions, type SchemaVersion } from './schema-version';
