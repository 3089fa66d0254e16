import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

/** Where the served app finds the edition it fills with the story shown ("Save one-file edition"). */
export const EDITION_TEMPLATE = 'edition.html';

/**
 * After the served app's build, builds the one-file edition of the built-in story beside it, as the
 * template the app's "Save one-file edition" fills with the story it shows.
 */
export function editionTemplate(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'edition-template',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      // Loaded here: the config of the edition's own build must not load this build's plugins.
      const { editionHtml, BUILT_IN_STORY } = await import('./build.ts');
      const html = await editionHtml(readFileSync(BUILT_IN_STORY, 'utf8'));
      writeFileSync(join(config.root, config.build.outDir, EDITION_TEMPLATE), html);
    },
  };
}
