import { describe, expect, it } from 'vitest';
import { shellPreloads } from '../../../scripts/vite/preload-shell-chunks';

const chunk = (fileName: string, imports: string[] = [], facadeModuleId: string | null = null) => ({
  type: 'chunk' as const,
  fileName,
  imports,
  facadeModuleId,
});

const bundle = {
  'index.js': chunk('index.js', ['react.js', 'schema.js'], '/repo/src/renderer/index.html'),
  'react.js': chunk('react.js'),
  'schema.js': chunk('schema.js'),
  'shell.js': chunk('shell.js', ['react.js', 'router.js', 'menu.js'], '/repo/src/renderer/src/app/SignedInApp.tsx'),
  'router.js': chunk('router.js', ['react.js']),
  'menu.js': chunk('menu.js', ['icons.js', 'router.js']),
  'icons.js': chunk('icons.js'),
  'page.js': chunk('page.js', ['react.js', 'table.js'], '/repo/src/renderer/src/features/x/Page.tsx'),
  'table.js': chunk('table.js'),
  'style.css': { type: 'asset' as const, fileName: 'style.css' },
};

describe('the shell chunks index.html preloads', () => {
  it('are the shell and everything it imports, dependencies first, without what index.html already links', () => {
    expect(shellPreloads(bundle, '/src/app/SignedInApp.tsx', new Set(['index.js', 'react.js', 'schema.js']))).toEqual([
      'router.js',
      'icons.js',
      'menu.js',
      'shell.js',
    ]);
  });

  it('leave out every page the shell only loads lazily', () => {
    const files = shellPreloads(bundle, '/src/app/SignedInApp.tsx', new Set());
    expect(files).not.toContain('page.js');
    expect(files).not.toContain('table.js');
  });

  it('fail the build when the shell module is not found, rather than preload nothing', () => {
    expect(() => shellPreloads(bundle, '/src/app/Renamed.tsx', new Set())).toThrow(/no chunk for \/src\/app\/Renamed\.tsx/);
  });
});
