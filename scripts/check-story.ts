import { readFileSync } from 'node:fs';
import { formatProblem, validateStoryText } from '../src/story/validate';

/** `npm run check-story [--zh] [file]`: validates a story and prints every problem with its JSON path. */
const args = process.argv.slice(2);
const zh = args.includes('--zh');
const file = args.find((a) => !a.startsWith('--')) ?? 'data/story.json';
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  process.exit(2);
}
const result = validateStoryText(text);
if (result.ok) {
  const s = result.story;
  console.log(
    `${file}: valid story: ${s.paragraphs.length} paragraphs, ${s.events.length} events, ` +
      `${s.places.length} places, ${s.routes?.length ?? 0} routes`,
  );
} else {
  for (const p of result.problems) console.error(zh ? `${p.path}: ${p.zh}` : formatProblem(p));
  console.error(`${file}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`);
  process.exit(1);
}
