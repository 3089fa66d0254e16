import { parseArgs } from 'node:util';
import { importText } from '../src/convert/index';
import { translator } from '../src/i18n/messages';
import { reportLines } from '../src/lib/import-report';
import { problem } from '../src/story/problem';
import { validateStory } from '../src/story/validate';
import { fail, readInput, writeOutput } from './cli-io';

/**
 * `npm run import -- FILE [--out story.json] [--lang en|zh] [--zh]`: converts a TimelineJS (JSON or
 * spreadsheet CSV) or StoryMapJS file into a story and reports what came across; `--zh` reports in
 * Chinese. Without `--out` the story goes to standard output. On any problem nothing is written.
 */
const { values, positionals } = parseArgs({
  options: { out: { type: 'string' }, lang: { type: 'string' }, zh: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const file = positionals[0];
if (!file || (values.lang && values.lang !== 'en' && values.lang !== 'zh')) {
  console.error('usage: npm run import -- FILE [--out story.json] [--lang en|zh] [--zh]');
  process.exit(2);
}
const lang = values.lang === 'en' || values.lang === 'zh' ? values.lang : undefined;
const name = file.split(/[\\/]/).pop() ?? file;
const result = importText(readInput(file), { lang, fileName: name.replace(/\.[^.]+$/, '') });
if (!result.ok) fail(file, result.problems, values.zh);
if (result.format === 'story')
  fail(
    file,
    [
      problem(
        '(file)',
        'this is already a story in this app’s format: nothing to convert (npm run check-story checks it)',
        '这已经是本应用格式的故事，无需转换（可用 npm run check-story 检查）',
      ),
    ],
    values.zh,
  );
// The converters make valid stories; a bug there must not write a file the app refuses.
const checked = validateStory(result.story);
if (!checked.ok) fail(file, checked.problems, values.zh);

const report = reportLines(result.report, name, translator(values.zh ? 'zh' : 'en'));
const json = `${JSON.stringify(result.story, null, 2)}\n`;
if (values.out) writeOutput(values.out, file, json);
else process.stdout.write(json);
console.error([report.title, ...report.lines.map((l) => `  ${l}`)].join('\n'));
if (values.out) console.error(`wrote ${values.out}`);
