import { translator } from '../i18n/messages';
import { formatProblem, type Problem } from '../story/problem';
import type { Lang } from '../story/schema';

/** A story with thousands of mistakes would bury the first ones, which are usually the cause. */
const SHOWN_PROBLEMS = 200;

export function ProblemList({ problems, lang }: { problems: Problem[]; lang: Lang }) {
  const t = translator(lang);
  const more = problems.length - SHOWN_PROBLEMS;
  return (
    <ul className="problems">
      {problems.slice(0, SHOWN_PROBLEMS).map((p) => (
        <li key={formatProblem(p)}>
          <code>{p.path}</code>: {lang === 'zh' ? p.zh : p.message}
        </li>
      ))}
      {more > 0 && <li>{t('moreProblems', { count: more })}</li>}
    </ul>
  );
}
