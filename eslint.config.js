// Lint rules, including the import boundaries of docs/arkitektur.md ("Who may import whom"),
// so nobody has to remember them.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const r = 'src/renderer/src';

const iconBarrel = { name: '@mui/icons-material', message: 'Importer ikoner etter sti: @mui/icons-material/Add' };

// The scheme's words and the formats have one home, domain/vocabulary (test/unit/vocabulary checks
// that no copy appears); these point anyone reaching for a removed copy to it.
const vocabularyMessage = 'Ord og formater ligger i @renderer/domain/vocabulary (én definisjon for hele programmet).';
const removedVocabulary = [
  { name: '@renderer/i18n/applications', importNames: ['KIND_TEXT', 'SUB_GOAL_TEXT', 'TARGET_GROUP_TEXT', 'BUDGET_CATEGORY_TEXT', 'LOCATION_TEXT', 'ORGANISATION_KIND_TEXT'], message: vocabularyMessage },
  { name: '@renderer/i18n/organisations', importNames: ['organisationKindText', 'applicationKindText', 'decisionOutcomeText'], message: vocabularyMessage },
  { name: '@renderer/i18n/decisions', importNames: ['outcomeText'], message: vocabularyMessage },
  { name: '@renderer/i18n/form', importNames: ['callStatusText', 'applicationStatusText'], message: vocabularyMessage },
  { name: '@renderer/i18n/calls', importNames: ['subGoalText'], message: vocabularyMessage },
  { name: '@renderer/domain/workflow', importNames: ['CALL_STATUS_LABELS', 'APPLICATION_STATUS_LABELS'], message: vocabularyMessage },
];
const removedVocabularyFiles = {
  group: ['**/screening/format', '**/screening/labels', '**/decisions/letters/today'],
  importNames: ['formatKroner', 'formatIsoDate', 'joinNorwegian', 'todayIso', 'SUB_GOAL_LABELS', 'TARGET_GROUP_LABELS', 'KIND_PLURAL', 'ORGANISATION_KIND_LABELS'],
  message: `${vocabularyMessage} formatKroner → formatMoney, formatIsoDate → formatDate, todayIso → todayInOslo.`,
};

/**
 * Forbids imports matching `patterns` in files matching `files`. Flat config replaces a rule rather
 * than merging it, so every zone repeats the icon-barrel ban.
 */
function boundary(files, patterns, message) {
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { paths: [iconBarrel, ...removedVocabulary], patterns: [{ group: patterns, message }, removedVocabularyFiles] }],
    },
  };
}

const nodeModules = ['node:*', 'fs', 'path', 'os', 'child_process', 'electron', 'electron/*'];
const layersAboveDomain = ['**/data/**', '**/services/**', '**/features/**', '**/components/**', '**/documents/**', '**/app/**', '**/platform/**', 'react', 'react-dom', 'dexie', '@mui/*'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'screenshots/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: [`${r}/**/*.{ts,tsx}`],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  boundary([`${r}/**/*.{ts,tsx}`], nodeModules, 'Bare src/main får bruke Node- og Electron-moduler.'),
  boundary(['src/shared/**/*.ts'], [...nodeModules, '**/renderer/**', '**/main/**', '**/preload/**', 'react', 'dexie'],
    'src/shared er ren TypeScript + zod: ingen Electron, DOM, Node eller renderer-kode.'),
  boundary([`${r}/domain/**/*.ts`], [...nodeModules, ...layersAboveDomain],
    'domain får bare importere zod og @shared.'),
  boundary([`${r}/documents/**/*.ts`], [...nodeModules, '**/data/**', '**/services/**', '**/features/**', '**/components/**', '**/app/**', 'react', 'dexie', '@mui/*'],
    'documents får bare importere domain.'),
  boundary([`${r}/services/**/*.ts`], [...nodeModules, '**/features/**', '**/components/**', '**/app/**', '**/documents/**', 'react', '@mui/*'],
    'services får bare importere domain og data.'),
  boundary([`${r}/data/**/*.ts`], [...nodeModules, '**/services/**', '**/features/**', '**/components/**', '**/app/**', 'react', '@mui/*'],
    'data får bare importere domain.'),
  boundary([`${r}/features/**/*.{ts,tsx}`, `${r}/components/**/*.{ts,tsx}`, `${r}/app/**/*.{ts,tsx}`],
    [...nodeModules],
    'UI-koden når operativsystemet bare gjennom getPlatform().'),
  boundary(['src/preload/**/*.ts'], ['**/renderer/**', 'react', 'dexie', 'zod'],
    'preload er én liten CommonJS-fil uten npm-avhengigheter.'),
  {
    files: ['test/**/*.{ts,tsx}', 'scripts/**/*.ts', '*.config.{ts,js}'],
    rules: { 'no-restricted-imports': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
