import type { ConversionReport, SourceFormat } from '../convert/index';
import type { MessageKey } from '../i18n/en';
import type { Translate } from '../i18n/messages';

const FORMAT: Record<SourceFormat, MessageKey> = {
  timelinejs: 'importFormat_timelinejs',
  'timelinejs-csv': 'importFormat_csv',
  storymapjs: 'importFormat_storymapjs',
};

/** What did not come across, each with its reason, in the order a reader would ask about them. */
const DROPPED: [keyof ConversionReport, MessageKey][] = [
  ['media', 'importMedia'],
  ['eras', 'importEras'],
  ['styling', 'importStyling'],
  ['emptySlides', 'importEmpty'],
  ['badLocations', 'importBadLocations'],
  ['nearestDates', 'importNearest'],
  ['undated', 'importUndated'],
  ['yearsFromContext', 'importYears'],
  ['endsDropped', 'importEnds'],
];

/** A conversion report in the reader's language: a title, then one sentence per kind of loss. */
export function reportLines(
  report: ConversionReport,
  file: string,
  t: Translate,
): { title: string; lines: string[] } {
  const dropped = DROPPED.flatMap(([field, key]) => {
    const count = report[field];
    return typeof count === 'number' && count > 0 ? [t(key, { count })] : [];
  });
  return {
    title: t('importTitle', { file, format: t(FORMAT[report.format]) }),
    lines: [
      t('importCame', {
        events: report.events,
        places: report.places,
        paragraphs: report.paragraphs,
        language: t(report.lang === 'zh' ? 'importLang_zh' : 'importLang_en'),
      }),
      ...(dropped.length ? dropped : [t('importNothingDropped')]),
    ],
  };
}
