import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MAX_STORY_BYTES, tooLarge } from '../src/story/load';
import { formatProblem, type Problem } from '../src/story/problem';

/** How the import and export commands end: every problem on stderr, nothing written, a non-zero status. */
export function fail(file: string, problems: Problem[], zh: boolean, status = 1): never {
  for (const p of problems) console.error(zh ? `${p.path}: ${p.zh}` : formatProblem(p));
  console.error(`${file}: nothing written`);
  process.exit(status);
}

/** A file's text, or the reason it cannot be read (status 2: the file itself, not its content). */
export function readInput(file: string): string {
  try {
    const size = statSync(file).size;
    if (size > MAX_STORY_BYTES) {
      console.error(`${file}: ${tooLarge(size).message}`);
      process.exit(1);
    }
    return readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    process.exit(2);
  }
}

/** Writes the output, never over the file it was made from. */
export function writeOutput(out: string, from: string, text: string): void {
  if (resolve(out) === resolve(from)) {
    console.error(`${out}: the output would replace the file it is made from; choose another --out`);
    process.exit(2);
  }
  writeFileSync(out, text);
}
