import { useState } from 'react';
import { useT } from '../i18n/use-t';
import { assetUrl, IS_EDITION } from '../lib/assets';
import { withStory } from '../lib/edition';
import { useAppStore } from '../store/use-app';
import type { Lang, Story } from '../story/schema';

/** Where the served app's build puts the edition page it fills (`scripts/edition/plugin.ts`). */
const TEMPLATE = './edition.html';

/** Characters no file system accepts in a name. */
const UNSAFE = /[\\/:*?"<>|]+/g;

export function editionFileName(story: Story, lang: Lang): string {
  const title = story.title[lang].replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
  return `${title || 'story-map'}.html`;
}

/** The edition page: this page's own source in the edition, the build's template in the served app. */
async function editionPage(): Promise<string> {
  if (IS_EDITION && globalThis.__editionSource) return globalThis.__editionSource;
  const response = await fetch(assetUrl(TEMPLATE));
  const type = response.headers.get('content-type') ?? '';
  // A static host may answer a missing file with the app's own page: that is no edition.
  if (!response.ok || !type.includes('text/html')) throw new Error(`${TEMPLATE}: HTTP ${response.status}`);
  const html = await response.text();
  if (!html.includes('data-entry')) throw new Error(`${TEMPLATE}: not an edition`);
  return html;
}

function download(html: string, name: string) {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Saves the story on screen as one HTML file that opens with a double-click, with no server and no
 * network: the one-file edition, with this story in place of the one it was built with.
 */
export function SaveEdition() {
  const t = useT();
  const store = useAppStore();
  const [state, setState] = useState<'idle' | 'saving' | 'failed'>('idle');

  const save = async () => {
    const { story, lang } = store.getState();
    if (!story) return;
    setState('saving');
    try {
      download(
        withStory(await editionPage(), JSON.stringify(story.story)),
        editionFileName(story.story, lang),
      );
      setState('idle');
    } catch {
      setState('failed');
    }
  };

  return (
    <>
      {/* An icon with its name as a tooltip: the header has no room for the words beside the others. */}
      <button
        type="button"
        className="save-edition"
        aria-label={t('saveEdition')}
        title={t('saveEdition')}
        onClick={save}
        disabled={state === 'saving'}
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <path
            d="M8 1.5v8.5M4.5 6.5 8 10l3.5-3.5M2 14h12"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
          />
        </svg>
      </button>
      {state === 'failed' && (
        <p className="save-edition-failed" role="alert">
          {t('saveEditionFailed')}
        </p>
      )}
    </>
  );
}
