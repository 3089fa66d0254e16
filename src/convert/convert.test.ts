import { describe, expect, it } from 'vitest';
import { makeStory } from '../story/fixtures';
import { normaliseStory } from '../story/normalise';
import { formatProblem } from '../story/problem';
import type { StoryFile } from '../story/schema';
import { validateStory } from '../story/validate';
import { parseFreeDate } from './dates';
import { htmlParagraphs } from './html-text';
import { type ConversionReport, importText } from './index';
import { toTimelineJs } from './to-timelinejs';

const TODAY = new Date('2026-12-03T00:00:00Z');

/** Converts a file's text and checks that what comes out is a valid story. */
function convert(text: string, lang?: 'en' | 'zh'): { story: StoryFile; report: ConversionReport } {
  const result = importText(text, { today: TODAY, lang });
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('; '));
  if (result.format === 'story') throw new Error('read as a story');
  const checked = validateStory(result.story);
  if (!checked.ok) throw new Error(checked.problems.map(formatProblem).join('; '));
  return result;
}

const problemOf = (text: string) => {
  const result = importText(text);
  return result.ok ? '' : result.problems.map(formatProblem).join('; ');
};

describe('HTML to plain text', () => {
  it('keeps paragraph breaks and decodes entities', () => {
    expect(htmlParagraphs('<p>One &amp; <i>two</i></p><p>Three<br>four</p>plain')).toEqual([
      'One & two',
      'Three',
      'four',
      'plain',
    ]);
  });

  it('drops scripts, embeds and handlers, and tolerates broken tags', () => {
    const hostile =
      '<p>Safe</p><script>alert(1)</script><img src=x onerror="alert(2)"><iframe src="javascript:alert(3)">x</iframe>' +
      '<style>p{}</style><p>Still <b>here<p>and <a href="javascript:alert(4)">here</a>';
    expect(htmlParagraphs(hostile)).toEqual(['Safe', 'Still here', 'and here']);
    expect(htmlParagraphs('<p unclosed="')).toEqual([]);
  });
});

describe('TimelineJS3 JSON', () => {
  const timeline = {
    title: {
      start_date: { year: '', month: '' },
      text: { headline: 'The <i>long</i> view', text: '<p>From the start of time.</p><p>To a minute.</p>' },
      media: { url: '<iframe src="https://example.org/video"></iframe>', credit: 'Someone' },
      background: { color: '#123456', opacity: '50' },
    },
    events: [
      {
        start_date: { year: '1815', month: '06', day: '18', hour: '11', minute: '35' },
        text: { headline: 'Battle', text: '<p>A battle.</p><p>Second paragraph.</p>' },
        media: { url: 'https://example.org/a.jpg', caption: '<b>A picture</b>', credit: 'A museum' },
        group: 'Wars',
        unique_id: 'Waterloo 1815',
      },
      {
        start_date: { year: -13800000000 },
        text: { headline: 'Big Bang', text: '' },
        display_date: 'Long ago',
      },
      { start_date: { year: -138, display_date: '138 BC' }, text: { headline: 'Envoy', text: 'Zhang Qian' } },
      {
        start_date: { year: 2024, month: 7, day: 3, hour: 9, minute: 5, second: 30 },
        text: { headline: 'Seconds' },
      },
      { start_date: { year: 2000 }, end_date: { year: 1990 }, text: { headline: 'Backwards' } },
      { start_date: { year: 1990, month: '' }, text: { headline: '', text: '' } },
    ],
    eras: [{ start_date: { year: 1800 }, end_date: { year: 1900 }, text: { headline: 'An era' } }],
  };

  it('brings every event across with its date and headline, in time order, with an article', () => {
    const { story, report } = convert(JSON.stringify(timeline));
    expect(story.languages).toEqual(['en']);
    expect(story.title).toEqual({ en: 'The long view' });
    expect(story.events.map((e) => [e.date, e.precision, e.title.en])).toEqual([
      ['-271820', 'year', 'Big Bang'],
      ['-0137', 'year', 'Envoy'],
      ['1815-06-18T11:35Z', 'minute', 'Battle'],
      ['1990', 'year', 'Event 4'],
      ['2000', 'year', 'Backwards'],
      ['2024-07-03T09:05Z', 'minute', 'Seconds'],
    ]);
    // The title slide's text first, then one paragraph per event in time order.
    expect(story.paragraphs.map((p) => p.en)).toEqual([
      'From the start of time.',
      'To a minute.',
      'Big Bang',
      'Zhang Qian',
      'A battle.\n\nSecond paragraph.',
      'Event 4',
      'Backwards',
      'Seconds',
    ]);
    expect(report).toMatchObject({
      format: 'timelinejs',
      events: 6,
      places: 0,
      paragraphs: 8,
      media: 2,
      eras: 1,
      styling: 1,
      nearestDates: 2,
      endsDropped: 1,
      undated: 0,
    });
  });

  it('keeps media, groups, display dates and ids as text', () => {
    const { story } = convert(JSON.stringify(timeline));
    const battle = story.events.find((e) => e.title.en === 'Battle');
    expect(battle?.id).toBe('waterloo-1815');
    expect(battle?.summary.en).toBe('A battle.');
    // The title slide's media go with the file's first event: the story itself has no notes.
    expect(battle?.notes?.en).toBe(
      'Media of the title or overview slide: https://example.org/video · Someone\n' +
        'Media: https://example.org/a.jpg · A picture · A museum\nGroup: Wars',
    );
    expect(story.events.find((e) => e.title.en === 'Big Bang')?.dateNote?.en).toBe('In the source: Long ago');
    expect(story.events.find((e) => e.title.en === 'Seconds')?.dateNote?.en).toBe(
      'In the source: year 2024, month 7, day 3, hour 9, minute 5, second 30',
    );
    expect(story.events.find((e) => e.title.en === 'Envoy')?.dateNote?.en).toBe('In the source: 138 BC');
  });

  it('reads numbers and strings alike', () => {
    const asNumbers = convert(
      JSON.stringify({ events: [{ start_date: { year: 2017, month: 6 }, text: { headline: 'A' } }] }),
    );
    const asStrings = convert(
      JSON.stringify({
        events: [{ start_date: { year: '2017', month: '6', day: '' }, text: { headline: 'A' } }],
      }),
    );
    expect(asNumbers.story.events[0]?.date).toBe('2017-06');
    expect(asStrings.story.events[0]).toEqual(asNumbers.story.events[0]);
  });

  it('writes a Chinese timeline as a Chinese story, or in the language asked for', () => {
    const zh = {
      events: [
        {
          start_date: { year: 2013, month: 9 },
          text: { headline: '一带一路倡议提出', text: '<p>在阿斯塔纳</p>' },
        },
      ],
    };
    expect(convert(JSON.stringify(zh)).story.events[0]?.title).toEqual({ zh: '一带一路倡议提出' });
    expect(convert(JSON.stringify(zh), 'en').story.languages).toEqual(['en']);
  });

  it('reads the older TimelineJS2 shape', () => {
    const old = {
      timeline: {
        headline: 'Old',
        type: 'default',
        date: [
          { startDate: '2011,12,10', headline: 'First', text: '<p>Text</p>', asset: { media: 'x.jpg' } },
        ],
      },
    };
    const { story } = convert(JSON.stringify(old));
    expect(story.events[0]).toMatchObject({ date: '2011-12-10', title: { en: 'First' } });
  });

  it('keeps StoryMap-style locations some timelines carry', () => {
    const withPlace = {
      events: [{ start_date: { year: 2024 }, text: { headline: 'A' }, location: { lat: '43.2', lon: 51.6 } }],
    };
    expect(convert(JSON.stringify(withPlace)).story.places[0]?.coordinates).toEqual([51.6, 43.2]);
  });
});

describe('TimelineJS spreadsheet (CSV)', () => {
  const csv = [
    'Headline,Text,Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Media,Media Credit,Media Caption,Media Thumbnail,Alt Text,Type,Tag,Background',
    'A timeline,"An intro, with a comma",,,,,,,,,,,,,,,title,,',
    '"The ""first"" one","Line one',
    '',
    'Line two",1404,9,8,14:30,,,,,,pic.jpg,"Credit, Inc.",,,,,Travels,#aabbcc',
    'An era,,1400,,,,1500,,,,,,,,,,era,,',
    'Second,Plain,-200,,,,-100,,,,,,,,,,,,',
  ].join('\r\n');

  it('finds columns by name and reads quotes, commas and line breaks in cells', () => {
    const { story, report } = convert(csv);
    expect(story.title.en).toBe('A timeline');
    expect(story.paragraphs[0]?.en).toBe('An intro, with a comma');
    expect(story.events.map((e) => [e.date, e.end, e.title.en])).toEqual([
      ['-0199', '-0099', 'Second'],
      ['1404-09-08T14:30Z', undefined, 'The "first" one'],
    ]);
    expect(story.events[1]?.paragraphs.map((id) => story.paragraphs.find((p) => p.id === id)?.en)).toEqual([
      'Line one Line two',
    ]);
    expect(story.events[1]?.notes?.en).toBe('Media: pic.jpg · Credit, Inc.\nGroup: Travels');
    expect(report).toMatchObject({ format: 'timelinejs-csv', events: 2, eras: 1, media: 1, styling: 1 });
  });

  it('reads 12-hour times and an older sheet with Start Date', () => {
    const older = 'Start Date,End Date,Headline,Text\n7/3/2024,2024-07-05,Visit,"<p>One</p><p>Two</p>"\n';
    const { story } = convert(older);
    expect(story.events[0]).toMatchObject({ date: '2024-07-03', end: '2024-07-05', summary: { en: 'One' } });
    const pm = 'Year,Month,Day,Time,Headline\n2024,7,3,2:30 PM,Talk\n';
    expect(convert(pm).story.events[0]?.date).toBe('2024-07-03T14:30Z');
  });
});

describe('StoryMapJS JSON', () => {
  const storymap = (extra: Record<string, unknown> = {}) => ({
    storymap: {
      language: 'en',
      slides: [
        { type: 'overview', text: { headline: 'A journey', text: '<p>Where it starts.</p>' }, location: {} },
        {
          date: '1790-2010',
          text: { headline: 'Kuryk', text: 'A port' },
          location: { lat: '43.18', lon: '51.67', zoom: 9, name: 'Kuryk port' },
        },
        { date: 'Sept 3', text: { headline: 'Astana', text: '' }, location: { lat: 51.13, lon: 71.43 } },
        {
          date: 'June 3, 1815',
          text: { headline: 'Back in Kuryk', text: '' },
          location: { lat: 43.18, lon: 51.67 },
        },
        { text: { headline: 'Nowhere' }, location: { lat: 100, lon: 0 } },
        { type: 'overview', text: { headline: 'The end', text: '<p>Closing words.</p>' } },
      ],
      ...extra,
    },
  });

  it('makes places at exactly the coordinates, shared by slides at one spot', () => {
    const { story, report } = convert(JSON.stringify(storymap()));
    expect(story.title.en).toBe('A journey');
    expect(story.places.map((p) => [p.id, p.coordinates, p.name.en])).toEqual([
      ['kuryk-port', [51.67, 43.18], 'Kuryk port'],
      ['place-2', [71.43, 51.13], 'Astana'],
    ]);
    expect(story.events.map((e) => [e.title.en, e.date, e.end, e.places])).toEqual([
      ['Kuryk', '1790', '2010', ['kuryk-port']],
      // "Sept 3" has no year: it takes the year of the slide before it.
      ['Astana', '1790-09-03', undefined, ['place-2']],
      ['Back in Kuryk', '1815-06-03', undefined, ['kuryk-port']],
      ['Nowhere', '1815-06-03', undefined, []],
    ]);
    expect(story.events[0]?.view).toEqual({ center: [51.67, 43.18], zoom: 9 });
    expect(story.paragraphs.at(0)?.en).toBe('Where it starts.');
    expect(story.paragraphs.slice(-2).map((p) => p.en)).toEqual(['The end', 'Closing words.']);
    expect(report).toMatchObject({
      format: 'storymapjs',
      events: 4,
      places: 2,
      badLocations: 1,
      undated: 1,
      yearsFromContext: 1,
    });
  });

  it('refuses a gigapixel story, whose positions are on a picture', () => {
    for (const extra of [
      { map_type: 'zoomify' },
      { map_as_image: true },
      { zoomify: { path: 'x', width: 1, height: 1 } },
    ])
      expect(problemOf(JSON.stringify(storymap(extra)))).toMatch(
        /gigapixel story: its slides are positions on a picture/,
      );
  });

  it('takes a story with no overview, or several', () => {
    const none = {
      storymap: { slides: [{ date: '2013', text: { headline: 'Only' }, location: { lat: 1, lon: 2 } }] },
    };
    expect(convert(JSON.stringify(none)).story.title.en).toBe('Untitled story');
  });
});

describe('free-text dates', () => {
  it('reads dates people write, and not what is not a date', () => {
    const iso = (t: string) => parseFreeDate(t)?.start.iso;
    expect(iso('138 BCE')).toBe('-0137');
    expect(iso('3 June 1815')).toBe('1815-06-03');
    expect(iso('Jan. 2020')).toBe('2020-01');
    expect(iso('1815年6月3日')).toBe('1815-06-03');
    expect(iso('公元前138年')).toBe('-0137');
    expect(iso('c. 631')).toBe('0631');
    expect(parseFreeDate('1790\u20132010')?.end?.iso).toBe('2010');
    expect(iso('Sept 3')).toBeUndefined();
    expect(parseFreeDate('Aug 23', 2005)).toMatchObject({
      start: { iso: '2005-08-23' },
      yearFromContext: true,
    });
    expect(iso('')).toBeUndefined();
  });
});

describe('detection and broken input', () => {
  it('gives a clear message for bad JSON, an unknown format, an empty or a too large file', () => {
    expect(problemOf('{"events": [}')).toMatch(/^\(file\): not valid JSON at line 1, column 13/);
    expect(problemOf('{"hello": 1}')).toMatch(/unknown format/);
    expect(problemOf('just some words')).toMatch(/unknown format/);
    expect(problemOf('  \n')).toBe('(file): the file is empty');
    expect(problemOf(`{"events": []}`)).toMatch(/no events/);
    expect(problemOf(' '.repeat(65 * 1024 * 1024))).toMatch(
      /the file is 65.0 MB; a story file can be at most 64 MB/,
    );
  });

  it('hands a story of our own back for the usual validation', () => {
    const result = importText(JSON.stringify(makeStory()));
    expect(result.ok && result.format).toBe('story');
    const broken = importText(JSON.stringify({ title: { en: 'No source yet' }, paragraphs: [] }));
    expect(broken.ok && broken.format).toBe('story');
  });
});

describe('export to TimelineJS3', () => {
  it('writes slides TimelineJS reads, escaped, and reads back to the same events and places', () => {
    const story = normaliseStory(makeStory({ title: { zh: '故事', en: 'A <story>' } })).story;
    const timeline = toTimelineJs(story, { lang: 'en' });
    expect(timeline.title?.text.headline).toBe('A &lt;story&gt;');
    expect(timeline.events[0]).toMatchObject({
      start_date: { year: 2024, month: 7, day: 2 },
      text: { headline: 'Event arrival', text: '<p>Summary of arrival</p><p>Paragraph p01</p>' },
      unique_id: 'arrival',
      location: { lat: 51.13, lon: 71.43, name: 'astana' },
    });
    const back = convert(JSON.stringify(timeline)).story;
    expect(back.title.en).toBe('A <story>');
    expect(back.events.map((e) => [e.id, e.date, e.title.en, e.places])).toEqual([
      ['arrival', '2024-07-02', 'Event arrival', ['astana']],
      ['summit', '2024-07-04', 'Event summit', ['astana']],
    ]);
  });

  it('writes years before the common era as TimelineJS counts them', () => {
    const story = makeStory();
    const [first] = story.events;
    if (first) story.events = [{ ...first, date: '-0137', precision: 'year' }];
    expect(toTimelineJs(story, { lang: 'zh' }).events[0]?.start_date).toEqual({ year: -138 });
  });
});
