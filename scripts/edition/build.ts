import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { formatProblem } from '../../src/story/problem.ts';
import { validateStoryText } from '../../src/story/validate.ts';
import { packEdition } from './pack.ts';

const ROOT = new URL('../../', import.meta.url);
export const BUILT_IN_STORY = new URL('data/story.json', ROOT).pathname;

/** Builds the app in the edition's mode into a fresh temporary folder, returned. */
export async function buildEditionFiles(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'story-map-edition-'));
  await build({
    root: ROOT.pathname,
    configFile: new URL('vite.config.ts', ROOT).pathname,
    mode: 'edition',
    logLevel: 'warn',
    build: { outDir: dir, emptyOutDir: true },
  });
  return dir;
}

/** The edition page for a story text, from a fresh build. */
export async function editionHtml(storyText: string): Promise<string> {
  const dir = await buildEditionFiles();
  try {
    return await packEdition(dir, storyText);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export class StoryProblems extends Error {}

/**
 * Writes the one-file edition of a story (the built-in one when none is given) to `out`. The story
 * is validated first: a bad one throws `StoryProblems` listing every problem, and nothing is written.
 */
export async function writeEdition(storyPath: string | undefined, out: string): Promise<number> {
  const path = storyPath ?? BUILT_IN_STORY;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new StoryProblems(
      `${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  const result = validateStoryText(text);
  if (!result.ok) {
    throw new StoryProblems(result.problems.map((p) => `${path}: ${formatProblem(p)}`).join('\n'));
  }
  const html = await editionHtml(text);
  writeFileSync(out, html);
  return Buffer.byteLength(html);
}
