import type { ConversionReport } from '../convert/index';
import { translator } from '../i18n/messages';
import { reportLines } from '../lib/import-report';
import type { Problem } from '../story/problem';
import type { Lang } from '../story/schema';
import { ProblemList } from './problem-list';

export interface Rejected {
  file: string;
  problems: Problem[];
}

/** What came across from a converted file, and what did not and why, in the reader's language. */
export function ImportReport({
  report,
  file,
  lang,
  onClose,
}: {
  report: ConversionReport;
  file: string;
  lang: Lang;
  onClose: () => void;
}) {
  const t = translator(lang);
  const { title, lines } = reportLines(report, file, t);
  return (
    <section className="import-report" role="status" aria-labelledby="import-report-title">
      <h2 id="import-report-title">{title}</h2>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="hint">{t('importPreviewNote')}</p>
      <button type="button" onClick={onClose}>
        {t('close')}
      </button>
    </section>
  );
}

export function RejectedDialog({
  rejected,
  lang,
  onClose,
}: {
  rejected: Rejected;
  lang: Lang;
  onClose: () => void;
}) {
  const t = translator(lang);
  return (
    <div className="drop-rejected" role="alertdialog" aria-labelledby="drop-rejected-title">
      <h2 id="drop-rejected-title">
        {t('droppedInvalid', { file: rejected.file, count: rejected.problems.length })}
      </h2>
      <ProblemList problems={rejected.problems} lang={lang} />
      {/* biome-ignore lint/a11y/noAutofocus: the dialog takes focus so Escape and Enter reach it */}
      <button type="button" autoFocus onClick={onClose}>
        {t('close')}
      </button>
    </div>
  );
}
