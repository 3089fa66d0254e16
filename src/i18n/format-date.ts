import type { StoryDate } from '../story/date';
import type { Lang, Precision } from '../story/schema';

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** Astronomical year to a label: -137 is "138 BCE" / "公元前138年". */
export function formatYear(year: number, lang: Lang): string {
  if (year <= 0) return lang === 'zh' ? `公元前${1 - year}年` : `${1 - year} BCE`;
  return lang === 'zh' ? `${year}年` : String(year);
}

function formatCentury(year: number, lang: Lang): string {
  const bce = year <= 0;
  const n = Math.ceil((bce ? 1 - year : year) / 100);
  if (lang === 'zh') return `${bce ? '公元前' : ''}${n}世纪`;
  return `${ordinal(n)} century${bce ? ' BCE' : ''}`;
}

function partOfDay(hour: number, lang: Lang): string {
  const parts: [number, string, string][] = [
    [5, '凌晨', 'early morning'],
    [11, '上午', 'morning'],
    [14, '中午', 'noon'],
    [17, '下午', 'afternoon'],
    [20, '傍晚', 'evening'],
    [24, '晚上', 'night'],
  ];
  const found = parts.find(([until]) => hour < until) ?? parts[5];
  return (lang === 'zh' ? found?.[1] : found?.[2]) ?? '';
}

function formatDay(d: StoryDate, lang: Lang): string {
  const month = d.month ?? 1;
  const day = d.day ?? 1;
  if (lang === 'zh') return `${formatYear(d.year, lang).replace(/年$/, '')}年${month}月${day}日`;
  return `${day} ${MONTHS_EN[month - 1]} ${formatYear(d.year, lang)}`;
}

/** A story date at its precision, in the reader's language. Never shows more than the story knows. */
export function formatStoryDate(d: StoryDate, precision: Precision, lang: Lang): string {
  switch (precision) {
    case 'century':
      return formatCentury(d.year, lang);
    case 'decade': {
      const decade = Math.floor(d.year / 10) * 10;
      return lang === 'zh' ? `${decade}年代` : `${decade}s`;
    }
    case 'year':
      return formatYear(d.year, lang);
    case 'month':
      return lang === 'zh'
        ? `${formatYear(d.year, lang)}${d.month}月`
        : `${MONTHS_EN[(d.month ?? 1) - 1]} ${formatYear(d.year, lang)}`;
    case 'day':
      return formatDay(d, lang);
    case 'part-of-day':
      return lang === 'zh'
        ? `${formatDay(d, lang)}${partOfDay(d.hour ?? 12, lang)}`
        : `${formatDay(d, lang)}, ${partOfDay(d.hour ?? 12, lang)}`;
    case 'minute': {
      const hm = `${String(d.hour ?? 0).padStart(2, '0')}:${String(d.minute ?? 0).padStart(2, '0')}`;
      return lang === 'zh' ? `${formatDay(d, lang)} ${hm}` : `${formatDay(d, lang)}, ${hm}`;
    }
  }
}

/** `date` is a day with its year: the first day tick of a stretch, so a lone "1 Jan" never hides its year. */
export type TickUnit = 'year' | 'month' | 'day' | 'date';

/** Axis labels; the time is a UTC instant. */
export function formatTick(time: number, unit: TickUnit, lang: Lang): string {
  const date = new Date(time);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  const day = date.getUTCDate();
  switch (unit) {
    case 'year':
      return formatYear(year, lang);
    case 'month':
      return lang === 'zh' ? `${year}年${month}月` : `${MONTHS_EN[month - 1]?.slice(0, 3)} ${year}`;
    case 'day':
      return lang === 'zh' ? `${month}月${day}日` : `${day} ${MONTHS_EN[month - 1]?.slice(0, 3)}`;
    case 'date':
      return lang === 'zh'
        ? `${formatYear(year, lang).replace(/年$/, '')}年${month}月${day}日`
        : `${day} ${MONTHS_EN[month - 1]?.slice(0, 3)} ${formatYear(year, lang)}`;
  }
}
