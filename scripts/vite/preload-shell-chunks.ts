// Vite plugin: index.html also preloads the app shell's chunks (router, menu, app bar), which every
// start but the very first needs. Vite links only the entry's own imports; the shell is a dynamic
// import, so its ~25 chunks were asked for only once the entry had been fetched and evaluated. Linked
// here, the browser fetches and compiles them beside the entry.
import type { HtmlTagDescriptor, Plugin } from 'vite';

interface BundleChunk {
  type: 'chunk' | 'asset';
  fileName: string;
  facadeModuleId?: string | null;
  imports?: readonly string[];
}

/** The shell chunk's file and every chunk it imports statically, in load order; none of `linked`. */
export function shellPreloads(bundle: Record<string, BundleChunk>, shellModule: string, linked: ReadonlySet<string>): string[] {
  const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
  const shell = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(shellModule));
  if (!shell) throw new Error(`preload-shell-chunks: no chunk for ${shellModule}; was the shell renamed?`);
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const files: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of byFile.get(file)?.imports ?? []) visit(imported);
    if (!linked.has(file)) files.push(file);
  };
  visit(shell.fileName);
  return files;
}

/** The chunk files index.html already loads or preloads. */
function linkedFiles(html: string): Set<string> {
  return new Set([...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]!));
}

export function preloadShellChunks(shellModule: string): Plugin {
  return {
    name: 'preload-shell-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx): HtmlTagDescriptor[] {
        if (!ctx.bundle) return [];
        return shellPreloads(ctx.bundle as Record<string, BundleChunk>, shellModule, linkedFiles(html)).map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
          injectTo: 'head',
        }));
      },
    },
  };
}
