import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { declaredLanguages } from '../src/story/format';
import { checkGlossary, parseGlossaryText } from '../src/story/glossary';
import { fillLanguages } from '../src/story/normalise';
import { formatProblem, type Problem } from '../src/story/problem';
import { validateStoryText } from '../src/story/validate';

/**
 * `npm run check-story [--zh] [--glossary FILE] [file]`: validates a story and prints every problem with
 * its JSON path, then warns where its English departs from the glossary (`glossary.json` beside the story
 * unless one is given).
 */
const { values, positionals } = parseArgs({
  options: { zh: { type: 'boolean', default: false }, glossary: { type: 'string' } },
  allowPositionals: true,
});
const file = positionals[0] ?? 'data/story.json';
const show = (p: Problem) => (values.zh ? `${p.path}: ${p.zh}` : formatProblem(p));
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    console.error(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    process.exit(2);
  }
}

const result = validateStoryText(read(file));
if (!result.ok) {
  for (const p of result.problems) console.error(show(p));
  console.error(`${file}: ${plural(result.problems.length, 'problem')}`);
  process.exit(1);
}
const s = result.story;
console.log(
  `${file}: valid story: ${s.paragraphs.length} paragraphs, ${s.events.length} events, ` +
    `${s.places.length} places, ${s.routes?.length ?? 0} routes`,
);

const beside = join(dirname(file), 'glossary.json');
// A glossary pairs Chinese terms with their English renderings: only a story in both languages has both.
const bilingual = declaredLanguages(s).length > 1;
const glossaryFile = bilingual ? (values.glossary ?? (existsSync(beside) ? beside : undefined)) : undefined;
if (glossaryFile) {
  const glossary = parseGlossaryText(read(glossaryFile));
  if (!glossary.ok) {
    for (const p of glossary.problems) console.error(`${glossaryFile}: ${show(p)}`);
    console.error(`${glossaryFile}: ${plural(glossary.problems.length, 'problem')} in the glossary`);
    process.exit(1);
  }
  const warnings = checkGlossary(fillLanguages(s), glossary.glossary);
  for (const p of warnings) console.error(`warning: ${show(p)}`);
  const terms = plural(glossary.glossary.terms.length, 'term');
  if (warnings.length) console.error(`${glossaryFile}: ${plural(warnings.length, 'warning')} (${terms})`);
  else console.log(`${glossaryFile}: every term rendered as the glossary says (${terms})`);
}
