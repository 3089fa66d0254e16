import { describe, expect, it } from 'vitest';
import { makeEvent, makeParagraph, makePlace, makeRoute, makeStory } from './fixtures';
import { formatProblem } from './problem';
import { suggest, validateStory, validateStoryText } from './validate';

function problems(input: unknown): string[] {
  const result = validateStory(input);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('validateStory', () => {
  it('accepts a valid story', () => {
    expect(validateStory(makeStory()).ok).toBe(true);
  });

  it('names an unknown place and suggests the closest id', () => {
    const story = makeStory({ events: [makeEvent('e', { places: ['astana', 'kuryk-port'] })] });
    expect(problems(story)).toContain(
      'events[0].places[1]: unknown place "kuryk-port" (did you mean "kuryk"?)',
    );
  });

  it('reports unknown paragraphs, routes, sections and route places', () => {
    const story = makeStory({
      paragraphs: [makeParagraph('p01', { section: 's9' }), makeParagraph('p02')],
      routes: [makeRoute('r', { places: ['astana', 'nowhere'] })],
      events: [makeEvent('e', { paragraphs: ['p01', 'p99'], routes: ['rr'] })],
    });
    expect(problems(story)).toEqual(
      expect.arrayContaining([
        'paragraphs[0].section: unknown section "s9"',
        'routes[0].places[1]: unknown place "nowhere"',
        expect.stringMatching(/^events\[0\]\.paragraphs\[1\]: unknown paragraph "p99"/),
        'events[0].routes[0]: unknown route "rr" (did you mean "r"?)',
      ]),
    );
  });

  it('reports duplicate ids', () => {
    const story = makeStory({ places: [makePlace('astana'), makePlace('dushanbe'), makePlace('astana')] });
    expect(problems(story)).toContain('places[2].id: duplicate id "astana"');
  });

  it('reports malformed, impossible and inconsistent dates', () => {
    const story = makeStory({
      events: [
        makeEvent('a', { date: '3 July 2024' }),
        makeEvent('b', { date: '2024-02-30' }),
        makeEvent('c', { date: '2013', precision: 'day' }),
        makeEvent('d', { date: '2024-07-05', end: '2024-07-04' }),
      ],
    });
    const found = problems(story);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^events\[0\]\.date: not an ISO 8601 date/),
        'events[1].date: "2024-02-30" is not a day on the calendar',
        'events[2].precision: "day" needs a more precise date than "2013"',
        'events[3].end: ends (2024-07-04) before it starts (2024-07-05)',
      ]),
    );
  });

  it('reports coordinates out of range', () => {
    const story = makeStory({
      places: [makePlace('astana', [51.1, 171.4]), makePlace('dushanbe', [200, 0])],
    });
    expect(problems(story)).toEqual(
      expect.arrayContaining([
        'places[0].coordinates[1]: latitude must be between -90 and 90',
        'places[1].coordinates[0]: longitude must be between -180 and 180',
      ]),
    );
  });

  it('requires every event to link a paragraph', () => {
    const story = makeStory({ events: [makeEvent('e', { paragraphs: [] })] });
    expect(problems(story)).toContain('events[0].paragraphs: an event must link at least one paragraph');
  });

  it('reports one mode per leg', () => {
    const story = makeStory({
      routes: [makeRoute('r', { places: ['astana', 'dushanbe', 'kuryk'], modes: ['air'] })],
    });
    expect(problems(story)).toContain('routes[0].modes: has 1 modes for 2 legs (one mode per leg)');
  });

  it('reports missing fields, wrong types, bad enums and unknown fields, all at once', () => {
    const { title: _title, ...untitled } = makeStory();
    const story = {
      ...untitled,
      events: [{ ...makeEvent('e'), category: 'sports', colour: 'red' }],
      places: [{ ...makePlace('astana'), name: 'Astana' }],
    };
    expect(problems(story)).toEqual(
      expect.arrayContaining([
        'title: is missing (expected object)',
        expect.stringMatching(/^events\[0\]\.category: must be one of "diplomacy"/),
        'events[0]: unknown field "colour"',
        'places[0].name: must be object, not string',
      ]),
    );
  });

  it('words range, whole-number, format and list-length problems itself', () => {
    const story = makeStory({
      events: [makeEvent('e', { view: { center: [70, 40], zoom: 30 } })],
      routes: [makeRoute('r', { modes: [] })],
    });
    const bad = { ...story, source: { ...story.source, url: 'not an address' } };
    expect(problems(bad)).toEqual(
      expect.arrayContaining([
        'events[0].view.zoom: must be at most 22',
        'routes[0].modes: needs at least 1 item(s)',
        'source.url: is not a valid url',
      ]),
    );
  });

  it('reports empty translations', () => {
    const story = makeStory({ paragraphs: [makeParagraph('p01', { en: ' ' }), makeParagraph('p02')] });
    expect(problems(story)).toContain('paragraphs[0].en: the English text is empty');
  });

  it('turns a JSON syntax error into one problem with its line', () => {
    const result = validateStoryText('{\n  "title": {}\n  "x": 1}');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(formatProblem(result.problems[0] ?? { path: '', message: '', zh: '' })).toBe(
        '(file): not valid JSON at line 3, column 3: a comma or a closing bracket is missing before this',
      );
  });

  it('points at an extra comma and a missing bracket, and accepts a byte-order mark', () => {
    const first = (text: string) => {
      const result = validateStoryText(text);
      return result.ok ? 'ok' : formatProblem(result.problems[0] ?? { path: '', message: '', zh: '' });
    };
    expect(first('{\n  "a": [1, 2,],\n}')).toBe(
      '(file): not valid JSON at line 2, column 14: a value is expected here (an extra comma?)',
    );
    expect(first('{"a": [1, 2}')).toMatch(
      /^\(file\): not valid JSON at line 1, column 12: a comma or a closing bracket/,
    );
    expect(first('')).toMatch(/^\(file\): not valid JSON at line 1, column 1/);
    expect(first(`\uFEFF${JSON.stringify(makeStory())}`)).toBe('ok');
  });

  it('rejects what is not an object', () => {
    expect(problems([])).toEqual(['(story): a story must be a JSON object']);
  });
});

describe('problems in Chinese', () => {
  it('gives every problem a Chinese reason as well', () => {
    const story = makeStory({
      events: [makeEvent('e', { places: ['kuryk-port'], date: '2024-02-30', paragraphs: [] })],
      places: [makePlace('astana', [200, 0]), makePlace('kuryk')],
    });
    const result = validateStory(story);
    const zh = result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.zh}`);
    expect(zh).toEqual(
      expect.arrayContaining([
        'events[0].places[0]: 未知的地点 "kuryk-port"（是否指 "kuryk"？）',
        'events[0].date: "2024-02-30" 不是日历上存在的日期',
        'events[0].paragraphs: 每个事件至少要关联一个段落',
        'places[0].coordinates[0]: 经度必须在 -180 到 180 之间',
      ]),
    );
  });
});

describe('suggest', () => {
  it('offers close ids only', () => {
    expect(suggest('dushanbee', ['astana', 'dushanbe'])).toBe('dushanbe');
    expect(suggest('lianyungang', ['astana', 'dushanbe'])).toBeUndefined();
  });
});

describe('one-language stories', () => {
  /** The factory's story with every text in English only. */
  const englishOnly = () => {
    const story = structuredClone(makeStory({ languages: ['en'] })) as Record<string, unknown>;
    const strip = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(strip);
      else if (v && typeof v === 'object') {
        delete (v as Record<string, unknown>).zh;
        Object.values(v).forEach(strip);
      }
    };
    strip(story);
    return story;
  };

  it('accepts texts only in the story language', () => {
    expect(problems(englishOnly())).toEqual([]);
  });

  it('asks for the story language in every text, in English and Chinese', () => {
    const story = englishOnly() as { events: { title: Record<string, string> }[]; paragraphs: object[] };
    story.events[1] = { ...story.events[1], title: { zh: '只有中文' } } as never;
    story.paragraphs[0] = { id: 'p01' };
    const result = validateStory(story);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatProblem)).toEqual([
      'events[1].title.en: the English text is missing (the story is in English)',
      'paragraphs[0].en: the English text is missing (the story is in English)',
    ]);
    expect(result.problems[0]?.zh).toBe('缺少英文文本（故事语言包括英文）');
  });

  it('still asks a story without languages for both', () => {
    const story = englishOnly();
    delete story.languages;
    expect(problems(story)).toContain('title.zh: the Chinese text is missing (the story is in Chinese)');
  });

  it('refuses an unknown or repeated language', () => {
    expect(problems({ ...makeStory(), languages: ['fr'] })).toEqual([
      expect.stringMatching(/^languages\[0\]: must be one of "zh", "en"/),
    ]);
    expect(problems({ ...makeStory(), languages: ['zh', 'zh'] })).toEqual([
      'languages: lists a language twice',
    ]);
  });
});
