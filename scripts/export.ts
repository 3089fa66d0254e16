import { parseArgs } from 'node:util';
import { StoryProblems, writeEdition } from './edition/build.ts';

/**
 * `npm run export -- [story.json] --out FILE.html`: the one-file edition of a story (the built-in
 * one when none is given), which opens from a folder or a USB stick with no server and no network.
 */
const { values, positionals } = parseArgs({
  options: { out: { type: 'string' }, format: { type: 'string' } },
  allowPositionals: true,
});
if (values.format && values.format !== 'edition') {
  console.error(`--format ${values.format}: this command writes the one-file edition (--format edition)`);
  process.exit(2);
}
if (!values.out) {
  console.error('usage: npm run export -- [story.json] --out FILE.html');
  process.exit(2);
}
try {
  const bytes = await writeEdition(positionals[0], values.out);
  console.log(`${values.out}: one-file edition, ${(bytes / 1024 / 1024).toFixed(2)} MB`);
} catch (error) {
  if (!(error instanceof StoryProblems)) throw error;
  console.error(`${error.message}\nNothing was written.`);
  process.exit(1);
}
