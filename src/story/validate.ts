import { type ParseError, parse as parseJson, printParseErrorCode } from 'jsonc-parser';
import type { z } from 'zod/mini';
import { parseStoryDate, supportsPrecision } from './date';
import {
  declaredLanguages,
  ISO_DATE_PATTERN,
  type Lang,
  MESSAGES,
  PRECISIONS,
  type Precision,
} from './format';
import { formatProblem, type Problem, problem } from './problem';
import { type StoryFile, storySchema } from './schema';

const ISO = new RegExp(ISO_DATE_PATTERN);

const KIND_ZH: Record<string, string> = { place: '地点', paragraph: '段落', route: '线路', section: '章节' };

export type ValidationResult = { ok: true; story: StoryFile } | { ok: false; problems: Problem[] };

type Path = readonly PropertyKey[];

export function formatPath(path: Path): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(story)';
}

/** A zod issue in plain words, in English and Chinese. */
export function describeIssue(issue: z.core.$ZodIssue): [string, string] {
  const own = Object.values(MESSAGES).find((m) => m.en === issue.message);
  if (own) return [own.en, own.zh];
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined)
        return [`is missing (expected ${issue.expected})`, `缺少此项（应为 ${issue.expected}）`];
      if (issue.expected === 'int') return ['must be a whole number', '必须是整数'];
      const got = Array.isArray(issue.input) ? 'array' : typeof issue.input;
      return [`must be ${issue.expected}, not ${got}`, `应为 ${issue.expected}，而不是 ${got}`];
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      return [`unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}`, `未知字段 ${keys}`];
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => `"${String(v)}"`).join(', ');
      return [`must be one of ${values}`, `必须是以下之一：${values}`];
    }
    case 'too_small':
      return issue.origin === 'array'
        ? [`needs at least ${issue.minimum} item(s)`, `至少需要 ${issue.minimum} 项`]
        : [`must be at least ${issue.minimum}`, `不能小于 ${issue.minimum}`];
    case 'too_big':
      return issue.origin === 'array'
        ? [`can have at most ${issue.maximum} item(s)`, `最多只能有 ${issue.maximum} 项`]
        : [`must be at most ${issue.maximum}`, `不能大于 ${issue.maximum}`];
    case 'invalid_format':
      return [`is not a valid ${issue.format}`, `不是有效的 ${issue.format}`];
    default:
      return [issue.message, issue.message];
  }
}

/** Levenshtein distance, for "did you mean" hints. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const sub = (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      cur.push(Math.min(sub, (prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

export function suggest(wanted: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const k of known) {
    const score = k.includes(wanted) || wanted.includes(k) ? 0.5 : distance(wanted, k);
    if (score < bestScore) {
      best = k;
      bestScore = score;
    }
  }
  return bestScore <= Math.max(2, wanted.length / 3) ? best : undefined;
}

// The cross-reference checks run even when the shape is wrong, so one run reports every problem.
type Loose = Record<string, unknown>;
const list = (v: unknown): Loose[] =>
  Array.isArray(v) ? v.map((x) => (x && typeof x === 'object' ? x : {})) : [];
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function idsOf(items: Loose[], name: string, problems: Problem[]): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const id = str(item.id);
    if (id === undefined) return;
    if (seen.has(id)) problems.push(problem(`${name}[${i}].id`, `duplicate id "${id}"`, `重复的 id "${id}"`));
    seen.add(id);
  });
  return seen;
}

function checkRefs(
  value: unknown,
  known: Set<string>,
  kind: string,
  path: string,
  problems: Problem[],
): void {
  if (!Array.isArray(value)) return;
  value.forEach((ref, i) => {
    checkRef(ref, known, kind, `${path}[${i}]`, problems);
  });
}

function checkRef(ref: unknown, known: Set<string>, kind: string, path: string, problems: Problem[]): void {
  if (typeof ref !== 'string' || known.has(ref)) return;
  const hint = suggest(ref, known);
  problems.push(
    problem(
      path,
      `unknown ${kind} "${ref}"${hint ? ` (did you mean "${hint}"?)` : ''}`,
      `未知的${KIND_ZH[kind] ?? kind} "${ref}"${hint ? `（是否指 "${hint}"？）` : ''}`,
    ),
  );
}

function checkEventDates(event: Loose, path: string, problems: Problem[]): void {
  const raw = str(event.date);
  const date = raw === undefined ? null : parseStoryDate(raw);
  // A well-formed date that is not on the calendar (the pattern itself is the schema's to report).
  if (raw !== undefined && !date && ISO.test(raw)) {
    problems.push(
      problem(`${path}.date`, `"${raw}" is not a day on the calendar`, `"${raw}" 不是日历上存在的日期`),
    );
  }
  const precision = str(event.precision);
  if (date && precision && (PRECISIONS as readonly string[]).includes(precision)) {
    if (!supportsPrecision(date, precision as Precision)) {
      problems.push(
        problem(
          `${path}.precision`,
          `"${precision}" needs a more precise date than "${raw}"`,
          `精度 "${precision}" 需要比 "${raw}" 更精确的日期`,
        ),
      );
    }
  }
  const rawEnd = str(event.end);
  const end = rawEnd === undefined ? null : parseStoryDate(rawEnd);
  if (date && end && end.time < date.time) {
    problems.push(
      problem(
        `${path}.end`,
        `ends (${rawEnd}) before it starts (${raw})`,
        `结束（${rawEnd}）早于开始（${raw}）`,
      ),
    );
  }
}

/** Every text of a story with its path: the objects that hold a `zh` and an `en`. */
function textsOf(data: Loose): [string, unknown][] {
  const out: [string, unknown][] = [];
  const add = (path: string, item: Loose, keys: string[]) => {
    for (const k of keys) if (item[k] !== undefined) out.push([path ? `${path}.${k}` : k, item[k]]);
  };
  add('', data, ['title', 'subtitle']);
  const source = data.source && typeof data.source === 'object' ? (data.source as Loose) : {};
  add('source', source, ['publisher', 'dateline', 'byline', 'originalTitle']);
  list(data.sections).forEach((s, i) => {
    add(`sections[${i}]`, s, ['label', 'title']);
  });
  list(data.paragraphs).forEach((p, i) => {
    out.push([`paragraphs[${i}]`, p]);
  });
  list(data.places).forEach((p, i) => {
    add(`places[${i}]`, p, ['name', 'description']);
  });
  list(data.routes).forEach((r, i) => {
    add(`routes[${i}]`, r, ['name', 'description']);
  });
  list(data.events).forEach((e, i) => {
    add(`events[${i}]`, e, ['dateNote', 'title', 'summary', 'notes']);
    list(e.facts).forEach((f, j) => {
      add(`events[${i}].facts[${j}]`, f, ['label', 'unit']);
    });
  });
  return out;
}

const MISSING: Record<Lang, { en: string; zh: string }> = { zh: MESSAGES.zhMissing, en: MESSAGES.enMissing };

/** A text needs each of the story's languages; another language is allowed (a translation under way) and not shown. */
function checkLanguages(data: Loose, problems: Problem[]): void {
  const languages = declaredLanguages(data);
  if (Array.isArray(data.languages) && new Set(data.languages).size !== data.languages.length) {
    problems.push(problem('languages', 'lists a language twice', '重复列出了同一种语言'));
  }
  for (const [path, text] of textsOf(data)) {
    if (!text || typeof text !== 'object') continue;
    for (const lang of languages) {
      if ((text as Loose)[lang] === undefined)
        problems.push(problem(`${path}.${lang}`, MISSING[lang].en, MISSING[lang].zh));
    }
  }
}

function crossCheck(data: Loose): Problem[] {
  const problems: Problem[] = [];
  checkLanguages(data, problems);
  const paragraphs = list(data.paragraphs);
  const places = list(data.places);
  const routes = list(data.routes);
  const events = list(data.events);
  const sections = list(data.sections);
  const paragraphIds = idsOf(paragraphs, 'paragraphs', problems);
  const placeIds = idsOf(places, 'places', problems);
  const routeIds = idsOf(routes, 'routes', problems);
  idsOf(events, 'events', problems);
  const sectionIds = idsOf(sections, 'sections', problems);

  paragraphs.forEach((p, i) => {
    if (p.section !== undefined)
      checkRef(p.section, sectionIds, 'section', `paragraphs[${i}].section`, problems);
  });
  routes.forEach((r, i) => {
    checkRefs(r.places, placeIds, 'place', `routes[${i}].places`, problems);
    if (Array.isArray(r.places) && Array.isArray(r.modes) && r.modes.length !== r.places.length - 1) {
      problems.push(
        problem(
          `routes[${i}].modes`,
          `has ${r.modes.length} modes for ${r.places.length - 1} legs (one mode per leg)`,
          `有 ${r.modes.length} 种交通方式，却有 ${r.places.length - 1} 段路程（每段一种）`,
        ),
      );
    }
  });
  events.forEach((e, i) => {
    const path = `events[${i}]`;
    checkRefs(e.places, placeIds, 'place', `${path}.places`, problems);
    checkRefs(e.paragraphs, paragraphIds, 'paragraph', `${path}.paragraphs`, problems);
    checkRefs(e.routes, routeIds, 'route', `${path}.routes`, problems);
    list(e.facts).forEach((f, j) => {
      checkRef(f.paragraph, paragraphIds, 'paragraph', `${path}.facts[${j}].paragraph`, problems);
    });
    checkEventDates(e, path, problems);
  });
  return problems;
}

/** Validates a parsed story: its shape, then ids, references and dates. Reports every problem. */
export function validateStory(input: unknown): ValidationResult {
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    return {
      ok: false,
      problems: [problem('(story)', 'a story must be a JSON object', '故事必须是一个 JSON 对象')],
    };
  }
  const parsed = storySchema.safeParse(input, { reportInput: true });
  const problems: Problem[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => problem(formatPath(issue.path), ...describeIssue(issue)));
  problems.push(...crossCheck(input as Loose));
  const unique = [...new Map(problems.map((p) => [formatProblem(p), p])).values()].sort((a, b) =>
    a.path.localeCompare(b.path, 'en', { numeric: true }),
  );
  if (parsed.success && unique.length === 0) return { ok: true, story: parsed.data };
  return { ok: false, problems: unique };
}

/** What went wrong in plain words, for the mistakes hand-edited JSON usually has. */
const SYNTAX: Record<string, [string, string]> = {
  CommaExpected: ['a comma or a closing bracket is missing before this', '这里前面缺少逗号或右括号'],
  ColonExpected: ['a colon is missing after the name', '名称后面缺少冒号'],
  ValueExpected: ['a value is expected here (an extra comma?)', '这里应有一个值（是否多了逗号？）'],
  PropertyNameExpected: [
    'a name in double quotes is expected here (an extra comma?)',
    '这里应有带双引号的名称（是否多了逗号？）',
  ],
  CloseBraceExpected: ['a closing } is missing', '缺少右花括号 }'],
  CloseBracketExpected: ['a closing ] is missing', '缺少右方括号 ]'],
  EndOfFileExpected: ['there is more text after the end', '结尾之后还有多余内容'],
  UnexpectedEndOfString: ['a text is not closed with "', '字符串缺少结尾的双引号'],
  InvalidCommentToken: ['JSON cannot have comments', 'JSON 不允许注释'],
  InvalidSymbol: ['this is not JSON (text must be in double quotes)', '这不是 JSON（文字须用双引号）'],
};

function syntaxProblem(text: string, native: string): Problem {
  const errors: ParseError[] = [];
  parseJson(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return problem('(file)', `not valid JSON: ${native}`, `不是有效的 JSON：${native}`);
  const before = text.slice(0, first.offset);
  const line = before.split('\n').length;
  const column = first.offset - before.lastIndexOf('\n');
  const [en, zh] = SYNTAX[printParseErrorCode(first.error)] ?? [native, native];
  return problem(
    '(file)',
    `not valid JSON at line ${line}, column ${column}: ${en}`,
    `不是有效的 JSON（第 ${line} 行第 ${column} 列）：${zh}`,
  );
}

/** Parses JSON text, turning a syntax error into a problem with its line and column. */
export function parseJsonText(
  text: string,
): { ok: true; data: unknown } | { ok: false; problems: Problem[] } {
  // Some Windows editors start UTF-8 files with a byte-order mark, which JSON.parse refuses.
  const json = text.replace(/^\uFEFF/, '');
  try {
    return { ok: true, data: JSON.parse(json) };
  } catch (error) {
    return {
      ok: false,
      problems: [syntaxProblem(json, error instanceof Error ? error.message : String(error))],
    };
  }
}

/** Parses JSON text and validates it as a story. */
export function validateStoryText(text: string): ValidationResult {
  const parsed = parseJsonText(text);
  return parsed.ok ? validateStory(parsed.data) : parsed;
}
