import type { Lang, StoryFile } from '../story/schema';

type Paragraph = StoryFile['paragraphs'][number];
type Section = NonNullable<StoryFile['sections']>[number];

/** A heading as articles number them: （一）, 一、, 第二部分, Part II, Chapter 3, II., and its title after it. */
const HEADING =
  /^\s*((?:[（(][一二三四五六七八九十]+[）)])|(?:[一二三四五六七八九十]+、)|(?:第[一二三四五六七八九十\d]+[部章节]分?)|(?:(?:Part|Chapter|Section)\s+[IVXLC\d]+)|(?:[IVXLC]+\.))[\s:：.、-]*(.*)$/i;

const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

/** One paragraph's lines joined: no space between Chinese characters, one between words, hyphenated words rejoined. */
function joinLines(lines: string[]): string {
  return lines.reduce((text, line) => {
    if (!text) return line;
    if (/[A-Za-z]-$/.test(text) && /^[a-z]/.test(line)) return text.slice(0, -1) + line;
    const last = text.at(-1) ?? '';
    return CJK.test(last) || CJK.test(line[0] ?? '') ? text + line : `${text} ${line}`;
  }, '');
}

/**
 * An article's text as paragraphs and sections: blank lines part paragraphs (a text without any
 * has a paragraph a line), and short numbered blocks become section headings.
 */
export function makeParagraphs(text: string, lang: Lang): { paragraphs: Paragraph[]; sections: Section[] } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blank = lines.some((l, i) => !l.trim() && lines.slice(0, i).some((x) => x.trim()));
  const blocks = (blank ? text.replace(/\r\n?/g, '\n').split(/\n\s*\n/) : lines)
    .map((block) =>
      joinLines(
        block
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean),
      ),
    )
    .filter(Boolean);
  const paragraphs: Paragraph[] = [];
  const sections: Section[] = [];
  for (const block of blocks) {
    const heading = block.length <= 40 ? HEADING.exec(block) : null;
    if (heading?.[1]) {
      const title = heading[2]?.trim();
      sections.push({
        id: `s${sections.length + 1}`,
        label: { [lang]: heading[1].trim() },
        ...(title ? { title: { [lang]: title } } : {}),
      });
      continue;
    }
    const section = sections.at(-1)?.id;
    paragraphs.push({
      id: `p${String(paragraphs.length + 1).padStart(3, '0')}`,
      ...(section ? { section } : {}),
      [lang]: block,
    });
  }
  return { paragraphs, sections };
}
