// Adds <link rel="modulepreload"> to index.html for the chunks a returning officer's start needs
// after the entry: the shell and the page the program most often opens on. The entry would ask
// for them itself, but only once it has been fetched and run; from the HTML they load alongside it.
import type { Plugin } from 'vite';

/** The part of a bundle chunk this needs (Rollup's and Rolldown's OutputChunk both fit). */
export interface ChunkInfo {
  type: 'chunk' | 'asset';
  fileName: string;
  isEntry?: boolean;
  facadeModuleId?: string | null;
  imports?: readonly string[];
}

function staticClosure(bundle: Record<string, ChunkInfo>, start: string[]): string[] {
  const seen: string[] = [];
  const stack = [...start].reverse();
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.includes(file) || !bundle[file]) continue;
    seen.push(file);
    stack.push(...[...(bundle[file].imports ?? [])].reverse());
  }
  return seen;
}

/**
 * The files to preload, in order: each page's chunk and the chunks it imports statically, without
 * those the entry already loads. Pages are matched by the end of their module path.
 */
export function startChunkFiles(bundle: Record<string, ChunkInfo>, pages: readonly string[]): string[] {
  const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
  const entries = chunks.filter((c) => c.isEntry).map((c) => c.fileName);
  const loadedByEntry = new Set(staticClosure(bundle, entries));
  const pageChunks = pages.map((page) => {
    const chunk = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(page));
    if (!chunk) throw new Error(`start-chunk-preload: no chunk for ${page}`);
    return chunk.fileName;
  });
  return staticClosure(bundle, pageChunks).filter((file) => !loadedByEntry.has(file));
}

export function startChunkPreload(pages: readonly string[]): Plugin {
  return {
    name: 'start-chunk-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        return startChunkFiles(bundle as Record<string, ChunkInfo>, pages).map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
