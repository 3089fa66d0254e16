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

const replaceIn = (ids: string[], from: string, to: string) => [
  ...new Set(ids.map((id) => (id === from ? to : id))),
];

/** The paragraph and the next as one: what linked either now links the one kept. */
export function mergeWithNext(story: StoryFile, id: string): StoryFile {
  const i = story.paragraphs.findIndex((p) => p.id === id);
  const a = story.paragraphs[i];
  const b = story.paragraphs[i + 1];
  if (!a || !b) return story;
  const join = (x?: string, y?: string) => (x && y ? joinLines([x, y]) : (x ?? y));
  const merged = { ...a, zh: join(a.zh, b.zh), en: join(a.en, b.en) };
  for (const lang of ['zh', 'en'] as const) if (merged[lang] === undefined) delete merged[lang];
  return {
    ...story,
    paragraphs: story.paragraphs.flatMap((p, j) => (j === i ? [merged] : j === i + 1 ? [] : [p])),
    events: story.events.map((e) => ({
      ...e,
      paragraphs: replaceIn(e.paragraphs, b.id, a.id),
      ...(e.facts
        ? { facts: e.facts.map((f) => (f.paragraph === b.id ? { ...f, paragraph: a.id } : f)) }
        : {}),
    })),
  };
}

/** The paragraph cut in two at `offset` of its text in `lang`; its links stay with the first half. */
export function splitParagraph(story: StoryFile, id: string, lang: Lang, offset: number): StoryFile {
  const i = story.paragraphs.findIndex((p) => p.id === id);
  const p = story.paragraphs[i];
  const text = p?.[lang];
  if (!p || !text || offset <= 0 || offset >= text.length) return story;
  const taken = new Set(story.paragraphs.map((x) => x.id));
  let n = 2;
  while (taken.has(`${id}-${n}`)) n++;
  const second = {
    id: `${id}-${n}`,
    ...(p.section ? { section: p.section } : {}),
    [lang]: text.slice(offset).trim(),
  };
  const paragraphs = [...story.paragraphs];
  paragraphs.splice(i, 1, { ...p, [lang]: text.slice(0, offset).trim() }, second);
  return { ...story, paragraphs };
}

/** The paragraph one place up (-1) or down (+1). */
export function moveParagraph(story: StoryFile, id: string, delta: -1 | 1): StoryFile {
  const i = story.paragraphs.findIndex((p) => p.id === id);
  const j = i + delta;
  const a = story.paragraphs[i];
  const b = story.paragraphs[j];
  if (!a || !b) return story;
  const paragraphs = [...story.paragraphs];
  paragraphs[i] = b;
  paragraphs[j] = a;
  return { ...story, paragraphs };
}
