import { parseArgs } from 'node:util';
import { toTimelineJs } from '../src/convert/to-timelinejs';
import { normaliseStory } from '../src/story/normalise';
import type { Lang } from '../src/story/schema';
import { validateStoryText } from '../src/story/validate';
import { fail, readInput, writeOutput } from './cli-io';
import { StoryProblems, writeEdition } from './edition/build.ts';

/**
 * `npm run export -- [story.json] --format timelinejs --out timeline.json [--lang en|zh]`: writes a
 * story in a peer's format. `--out FILE.html` without `--format` is the one-file edition.
 */
const { values, positionals } = parseArgs({
  options: {
    out: { type: 'string' },
    format: { type: 'string' },
    lang: { type: 'string' },
    zh: { type: 'boolean', default: false },
  },
  allowPositionals: true,
});
function usage(): never {
  console.error(
    'usage: npm run export -- [story.json] --format timelinejs --out timeline.json [--lang en|zh]\n' +
      '       npm run export -- [story.json] --out FILE.html',
  );
  process.exit(2);
}
const file = positionals[0] ?? 'data/story.json';
const out = values.out ?? usage();
if (values.lang && values.lang !== 'en' && values.lang !== 'zh') usage();

/** TimelineJS3 JSON in one language: the one asked for, or English where the story has it. */
function exportTimelineJs(): void {
  const result = validateStoryText(readInput(file));
  if (!result.ok) fail(file, result.problems, values.zh);
  const story = normaliseStory(result.story);
  const asked = values.lang as Lang | undefined;
  const lang = asked ?? (story.languages.includes('en') ? 'en' : (story.languages[0] ?? 'en'));
  const timeline = toTimelineJs(story.story, { lang });
  writeOutput(out, file, `${JSON.stringify(timeline, null, 2)}\n`);
  console.log(
    `${file}: wrote ${out}: a TimelineJS3 timeline of ${timeline.events.length} events, in ${lang}`,
  );
}

/** The one-file edition: the app, its data and fonts in one HTML file. */
async function exportEdition(): Promise<void> {
  try {
    const bytes = await writeEdition(positionals[0], out);
    console.log(`${out}: one-file edition, ${(bytes / 1024 / 1024).toFixed(2)} MB`);
  } catch (error) {
    if (!(error instanceof StoryProblems)) throw error;
    console.error(`${error.message}\nNothing was written.`);
    process.exit(1);
  }
}

if (values.format === 'timelinejs') exportTimelineJs();
else if ((values.format ?? 'edition') === 'edition' && /\.html?$/i.test(out)) await exportEdition();
else usage();
