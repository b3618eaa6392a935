import { describe, expect, it } from 'vitest';
import { startChunkFiles, type ChunkInfo } from '../../../scripts/vite/start-chunk-preload';

const chunk = (fileName: string, imports: string[] = [], extra: Partial<ChunkInfo> = {}): ChunkInfo => ({
  type: 'chunk',
  fileName,
  imports,
  facadeModuleId: null,
  ...extra,
});

// The entry loads react and ui; the shell adds router and nav; the list adds table.
const bundle: Record<string, ChunkInfo> = {
  'assets/index.js': chunk('assets/index.js', ['assets/react.js', 'assets/ui.js'], { isEntry: true, facadeModuleId: '/app/src/main.tsx' }),
  'assets/react.js': chunk('assets/react.js'),
  'assets/ui.js': chunk('assets/ui.js', ['assets/react.js']),
  'assets/SignedInApp.js': chunk('assets/SignedInApp.js', ['assets/ui.js', 'assets/router.js', 'assets/nav.js'], {
    facadeModuleId: '/app/src/app/SignedInApp.tsx',
  }),
  'assets/router.js': chunk('assets/router.js', ['assets/react.js']),
  'assets/nav.js': chunk('assets/nav.js', ['assets/router.js']),
  'assets/ApplicationsPage.js': chunk('assets/ApplicationsPage.js', ['assets/router.js', 'assets/table.js'], {
    facadeModuleId: 'C:\\app\\src\\features\\applications\\ApplicationsPage.tsx',
  }),
  'assets/table.js': chunk('assets/table.js'),
  'assets/OtherPage.js': chunk('assets/OtherPage.js', ['assets/big.js'], { facadeModuleId: '/app/src/features/other/OtherPage.tsx' }),
  'assets/big.js': chunk('assets/big.js'),
  'assets/logo.svg': { type: 'asset', fileName: 'assets/logo.svg' },
};

describe('start chunk preload', () => {
  it('lists each page and what it imports, in order, once, without what the entry loads', () => {
    expect(startChunkFiles(bundle, ['src/app/SignedInApp.tsx', 'src/features/applications/ApplicationsPage.tsx'])).toEqual([
      'assets/SignedInApp.js',
      'assets/router.js',
      'assets/nav.js',
      'assets/ApplicationsPage.js',
      'assets/table.js',
    ]);
  });

  it('leaves out pages not asked for', () => {
    expect(startChunkFiles(bundle, ['src/app/SignedInApp.tsx'])).not.toContain('assets/big.js');
  });

  it('fails the build when a page has no chunk (renamed or moved)', () => {
    expect(() => startChunkFiles(bundle, ['src/app/Gone.tsx'])).toThrow(/no chunk for src\/app\/Gone.tsx/);
  });
});
