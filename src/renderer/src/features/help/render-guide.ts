// The user guide's Markdown to HTML, once, inside the help page's own chunk. The guide is our own
// file from the repository, bundled at build time, so its HTML is trusted. Screenshots are looked
// up among the bundled images by file name, so `bilder/x.png` works on GitHub and in the program.
import { Marked, type Tokens } from 'marked';

export interface GuideHeading {
  id: string;
  text: string;
}

export interface RenderedGuide {
  /** The text of the guide's one `#` heading; the page shows it as its h1. */
  title: string;
  /** The `##` headings, for the table of contents. */
  sections: GuideHeading[];
  html: string;
  /** Images the Markdown names that are not bundled: a broken guide, caught by its test. */
  missingImages: string[];
}

/** `Søknader og import` → `soknader-og-import`: stable ids without æ ø å. */
export function headingId(text: string): string {
  const id = text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `hjelp-${id}`;
}

const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

export function renderGuide(markdown: string, images: Readonly<Record<string, string>>): RenderedGuide {
  const titleMatch = /^# (.+)$/m.exec(markdown);
  const title = titleMatch?.[1]?.trim() ?? '';
  const body = titleMatch ? markdown.replace(titleMatch[0], '') : markdown;
  const sections: GuideHeading[] = [];
  const missingImages: string[] = [];
  const byName = new Map(Object.entries(images).map(([path, url]) => [fileName(path), url]));

  const marked = new Marked({
    gfm: true,
    async: false,
    walkTokens(token) {
      if (token.type !== 'image') return;
      const image = token as Tokens.Image;
      const url = byName.get(fileName(image.href));
      if (url) image.href = url;
      else missingImages.push(image.href);
    },
    renderer: {
      heading({ tokens, depth, text }) {
        const id = headingId(text);
        if (depth === 2) sections.push({ id, text });
        return `<h${depth} id="${id}" tabindex="-1">${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
    },
  });
  const html = marked.parse(body) as string;
  return { title, sections, html, missingImages };
}
