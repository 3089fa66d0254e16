import { translator } from '../i18n/messages';
import type { Problem } from '../story/problem';
import type { Lang } from '../story/schema';
import { ProblemList } from './problem-list';
import { StoryDrop, useStoryOpener } from './story-drop';

/** The address of this page without `?story=`: the story the app ships with. */
function builtInStory(): string | null {
  const url = new URL(window.location.href);
  if (!url.searchParams.has('story')) return null;
  url.searchParams.delete('story');
  url.hash = '';
  return url.href;
}

/**
 * What a reader or author sees instead of a blank page when a story cannot be opened: every
 * problem, and the ways on from here (the built-in story, another file, another try).
 */
export function ErrorScreen({ url, problems, lang }: { url: string; problems: Problem[]; lang: Lang }) {
  const t = translator(lang);
  const builtIn = builtInStory();
  const opener = useStoryOpener();
  return (
    <main className="error-screen">
      <h1>{t('errorTitle')}</h1>
      <p>{t('errorIntro', { url, count: problems.length })}</p>
      <ProblemList problems={problems} lang={lang} />
      <p className="error-actions">
        {builtIn && <a href={builtIn}>{t('openBuiltInStory')}</a>}
        <button type="button" onClick={() => window.location.reload()}>
          {t('tryAgain')}
        </button>
      </p>
      <StoryDrop opener={opener} picker />
      <p className="hint">{t('dropStory')}</p>
      <p className="hint">{t('errorHint')}</p>
    </main>
  );
}
