import { LANG_TAG } from '../i18n/messages';
import { shownText } from '../store/store';
import { useApp } from '../store/use-app';
import type { TimedEvent } from '../story/normalise';
import { excerpt, type PassageText, passageOf } from './slide';

interface Props {
  event: TimedEvent;
  /** Only the start of each language's text, for a glance. */
  short?: boolean;
  className?: string;
  /** The part of the passage to show (a continued slide), instead of all of it. */
  texts?: PassageText[];
}

/** An event's linked paragraphs in Chinese, English or both, as the reader set "Article text". */
export function Passage({ event, short = false, className = '', texts }: Props) {
  const story = useApp((s) => s.story);
  const text = useApp(shownText);
  if (!story) return null;
  return (
    <div className={`passage text-${text} ${className}`}>
      {(texts ?? passageOf(story, event, text)).map(({ lang, paragraphs }) => (
        <div key={lang} lang={LANG_TAG[lang]} className="passage-lang">
          {short ? (
            <p>{excerpt(paragraphs.map((p) => p.text).join(lang === 'zh' ? '' : ' '), lang)}</p>
          ) : (
            paragraphs.map((p) => <p key={p.id}>{p.text}</p>)
          )}
        </div>
      ))}
    </div>
  );
}
