import { Parser } from 'htmlparser2';

/** Tags that end a paragraph: their text stands apart from what comes before and after. */
const BLOCKS = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'table',
  'section',
  'article',
  'figure',
  'figcaption',
  'hr',
  'pre',
]);
/** Tags whose content is never text a reader sees. */
const HIDDEN = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'noscript',
  'template',
  'svg',
  'head',
]);

/**
 * The readable text of an HTML fragment, one string per paragraph. A real parser reads it (entities
 * decoded, broken tags tolerated); nothing is rendered or run, and scripts and embeds are dropped.
 */
export function htmlParagraphs(html: string): string[] {
  const paragraphs: string[] = [];
  let current = '';
  let hidden = 0;
  const breakParagraph = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
    current = '';
  };
  const parser = new Parser(
    {
      onopentagname(name) {
        if (HIDDEN.has(name)) hidden++;
        else if (BLOCKS.has(name)) breakParagraph();
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
        else if (BLOCKS.has(name)) breakParagraph();
      },
      ontext(text) {
        if (hidden === 0) current += text;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  breakParagraph();
  return paragraphs;
}

/** The readable text of an HTML fragment on one line (headlines, captions, credits). */
export const htmlLine = (html: string): string => htmlParagraphs(html).join(' ');

/** The first address (`src` or `href`) in an HTML snippet: some media fields hold a whole `<iframe>`. */
export function firstAddress(html: string): string | undefined {
  let found: string | undefined;
  const parser = new Parser({
    onopentag(_name, attributes) {
      found ??= attributes.src ?? attributes.href;
    },
  });
  parser.write(html);
  parser.end();
  return found;
}
