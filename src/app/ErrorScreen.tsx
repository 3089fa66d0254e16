import { translator } from '../i18n/messages';
import type { Lang } from '../story/schema';
import { formatProblem, type Problem } from '../story/validate';
import { StoryDrop } from './story-drop';

/** What a reader or author sees instead of a blank page when the story does not validate. */
export function ErrorScreen({ url, problems, lang }: { url: string; problems: Problem[]; lang: Lang }) {
  const t = translator(lang);
  return (
    <main className="error-screen">
      <h1>{t('errorTitle')}</h1>
      <p>{t('errorIntro', { url, count: problems.length })}</p>
      <ul className="problems">
        {problems.map((p) => (
          <li key={formatProblem(p)}>
            <code>{p.path}</code>: {lang === 'zh' ? p.zh : p.message}
          </li>
        ))}
      </ul>
      <p className="hint">{t('errorHint')}</p>
      <p className="hint">{t('dropStory')}</p>
      <StoryDrop />
    </main>
  );
}
