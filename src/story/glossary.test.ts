import { describe, expect, it } from 'vitest';
import { makeEvent, makeParagraph, makePlace, makeStory } from './fixtures';
import { checkGlossary, type Glossary, parseGlossaryText } from './glossary';
import { formatProblem } from './problem';

const glossary = (...terms: Glossary['terms']): Glossary => ({ terms });
const warnings = (...args: Parameters<typeof checkGlossary>) => checkGlossary(...args).map(formatProblem);

describe('checkGlossary', () => {
  it('warns where the Chinese holds a term and the English renders it otherwise, with the path and id', () => {
    const story = makeStory({
      paragraphs: [
        makeParagraph('p01', { zh: '习近平抵达阿斯塔纳。', en: 'Xi arrived in Nur-Sultan.' }),
        makeParagraph('p02', { zh: '阿斯塔纳峰会。', en: 'The Astana summit.' }),
      ],
    });
    expect(warnings(story, glossary({ zh: '阿斯塔纳', en: 'Astana' }))).toEqual([
      'paragraphs[0].en: "阿斯塔纳" should be rendered "Astana" (p01)',
    ]);
  });

  it('reads every text of an event, place and route, not only paragraphs', () => {
    const story = makeStory({
      places: [makePlace('astana'), makePlace('dushanbe'), makePlace('kuryk')],
      events: [
        makeEvent('e', {
          title: { zh: '会见埃尔多安', en: 'Xi meets Erdogan' },
          facts: [
            {
              label: { zh: '埃尔多安任期', en: 'Years in office' },
              value: 10,
              unit: { zh: '年', en: 'years' },
            },
          ],
        }),
      ],
    });
    expect(warnings(story, glossary({ zh: '埃尔多安', en: 'Erdoğan' }))).toEqual([
      'events[0].title.en: "埃尔多安" should be rendered "Erdoğan" (e)',
      'events[0].facts[0].label.en: "埃尔多安" should be rendered "Erdoğan" (e)',
    ]);
  });

  it('accepts the other forms a term lists, and its words capitalised in titles and at the start of a sentence', () => {
    const story = makeStory({
      paragraphs: [
        makeParagraph('p01', { zh: '塔吉克斯坦儿童', en: 'Tajik children' }),
        makeParagraph('p02', { zh: '人类命运共同体', en: 'Community With a Shared Future for humanity' }),
      ],
    });
    const terms = glossary(
      { zh: '塔吉克斯坦', en: 'Tajikistan', forms: ['Tajik'] },
      { zh: '命运共同体', en: 'community with a shared future' },
    );
    expect(warnings(story, terms)).toEqual([]);
    // Capitals are accepted, not dropped: "UN" is not found in "unwavering".
    const un = makeStory({ paragraphs: [makeParagraph('p01', { zh: '联合国', en: 'an unwavering role' })] });
    expect(warnings(un, glossary({ zh: '联合国', en: 'UN' }))).toHaveLength(1);
  });

  it('applies a term tied to places only to texts tied to them: events there and the paragraphs they link', () => {
    const story = makeStory({
      paragraphs: [
        makeParagraph('p01', { zh: '总统府', en: 'the presidential palace' }),
        makeParagraph('p02', { zh: '总统府', en: 'the presidential palace' }),
      ],
      places: [makePlace('akorda'), makePlace('palace-of-nation')],
      events: [
        makeEvent('astana', { places: ['akorda'], paragraphs: ['p01'] }),
        makeEvent('dushanbe', {
          places: ['palace-of-nation'],
          paragraphs: ['p02'],
          summary: { zh: '总统府', en: 'the Akorda' },
        }),
      ],
    });
    const terms = glossary(
      { zh: '总统府', en: 'Akorda', places: ['akorda'] },
      { zh: '总统府', en: 'Palace of the Nation', places: ['palace-of-nation'] },
    );
    expect(warnings(story, terms)).toEqual([
      'paragraphs[0].en: "总统府" should be rendered "Akorda" (p01)',
      'paragraphs[1].en: "总统府" should be rendered "Palace of the Nation" (p02)',
      'events[1].summary.en: "总统府" should be rendered "Palace of the Nation" (dushanbe)',
    ]);
  });

  it('leaves a term inside a longer one to the longer term', () => {
    const story = makeStory({
      paragraphs: [
        makeParagraph('p01', { zh: '白俄罗斯加入', en: 'Belarus joined' }),
        makeParagraph('p02', { zh: '俄罗斯和白俄罗斯', en: 'Belarus and its neighbour' }),
      ],
    });
    const terms = glossary({ zh: '俄罗斯', en: 'Russia' }, { zh: '白俄罗斯', en: 'Belarus' });
    expect(warnings(story, terms)).toEqual(['paragraphs[1].en: "俄罗斯" should be rendered "Russia" (p02)']);
  });

  it('treats the dashes Chinese writes between names as one', () => {
    const story = makeStory({
      paragraphs: [
        makeParagraph('p01', { zh: '中国－中亚峰会', en: 'China-Central Asia Summit' }),
        makeParagraph('p02', { zh: '中国—中亚峰会', en: 'China–Central Asia Summit' }),
      ],
    });
    expect(warnings(story, glossary({ zh: '中国－中亚峰会', en: 'China–Central Asia Summit' }))).toEqual([
      'paragraphs[0].en: "中国－中亚峰会" should be rendered "China–Central Asia Summit" (p01)',
    ]);
  });
});

describe('parseGlossaryText', () => {
  it('reads a glossary', () => {
    const result = parseGlossaryText('{"terms": [{"zh": "阿斯塔纳", "en": "Astana", "note": "since 2022"}]}');
    expect(result.ok && result.glossary.terms[0]?.en).toBe('Astana');
  });

  it('lists what is wrong with a glossary, with its path, and where its JSON breaks', () => {
    const wrong = parseGlossaryText(
      '{"terms": [{"zh": "阿斯塔纳"}, {"zh": "杜尚别", "en": "Dushanbe", "plural": "s"}]}',
    );
    expect(wrong.ok ? [] : wrong.problems.map(formatProblem)).toEqual([
      'terms[0].en: is missing (expected string)',
      'terms[1]: unknown field "plural"',
    ]);
    const broken = parseGlossaryText('{"terms": [}');
    expect(broken.ok ? [] : broken.problems.map(formatProblem)).toEqual([
      '(file): not valid JSON at line 1, column 12: a value is expected here (an extra comma?)',
    ]);
  });
});
