import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

/** Where the served app finds the edition it fills with the story shown ("Save one-file edition"). */
export const EDITION_TEMPLATE = 'edition.html';

/**
 * After the served app's build, builds the one-file edition of the built-in story beside it, as the
 * template the app's "Save one-file edition" fills with the story it shows. It runs as
 * `npm run export` in a process of its own, so this config loads none of the app's sources.
 */
export function editionTemplate(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'edition-template',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle() {
      const tsx = createRequire(import.meta.url).resolve('tsx/cli');
      const out = resolve(config.root, config.build.outDir, EDITION_TEMPLATE);
      execFileSync(process.execPath, [tsx, 'scripts/export.ts', '--out', out], {
        cwd: config.root,
        stdio: 'inherit',
      });
    },
  };
}
