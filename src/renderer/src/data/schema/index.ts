// All schema versions in order. A schema change is one new file here plus its migration test.
import type { SchemaVersion } from './schema-version';
import { v1 } from './v1';
import { v2 } from './v2';
import { v3 } from './v3';
import { v4 } from './v4';
import { v5 } from './v5';
import { v6 } from './v6';
import { v12 } from './v12';

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [v1, v2, v3, v4, v5, v6, v12];
export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 0;
export { applySchemaVersions, type SchemaVersion } from './schema-version';
