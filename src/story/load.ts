import { type NormalisedStory, normaliseStory } from './normalise';
import { type Problem, problem } from './problem';
import type { StoryFile } from './schema';

export type LoadResult =
  | { ok: true; story: NormalisedStory }
  | { ok: false; url: string; problems: Problem[] };

/**
 * Far above any real story (ours is under 1 MB). A generated story of 100,000 events (35 MB) opens
 * in about 6 s on a slow machine; much beyond, a browser tab would stall parsing and checking it.
 */
const MAX_STORY_MB = 64;
export const MAX_STORY_BYTES = MAX_STORY_MB * 1024 * 1024;

/** Why a file of `bytes` is refused: it is over the size limit. */
export function tooLarge(bytes: number): Problem {
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return problem(
    '(file)',
    `the file is ${mb} MB; a story file can be at most ${MAX_STORY_MB} MB`,
    `文件大小为 ${mb} MB；故事文件最大为 ${MAX_STORY_MB} MB`,
  );
}

/** Reads a file's text as a story: of this app's own format (check.ts), or converted from another. */
export type StoryReader = (url: string, text: string) => LoadResult | Promise<LoadResult>;

async function sha256(text: string): Promise<string | undefined> {
  // Only secure contexts (https, localhost, file://) have crypto.subtle.
  if (!globalThis.crypto?.subtle) return undefined;
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(hash), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Reads the story the app was built with. The build checked it and recorded its digest: the same
 * file is read as it is, and a visit neither downloads nor runs the validator; a file changed since
 * (or no digest to compare) is validated like any other.
 */
export const readBuiltStory =
  (digest: string): StoryReader =>
  async (url, text) =>
    digest && (await sha256(text)) === digest
      ? { ok: true, story: normaliseStory(JSON.parse(text) as StoryFile) }
      : (await import('./check')).readStory(url, text);

function failed(url: string, p: Problem): LoadResult {
  return { ok: false, url, problems: [p] };
}

function httpProblem(status: number): Problem {
  return status === 404
    ? problem(
        '(file)',
        'there is no file at this address (HTTP 404): check the address after ?story=',
        '此地址没有文件（HTTP 404）：请检查 ?story= 后面的地址',
      )
    : problem(
        '(file)',
        `the server answered with an error (HTTP ${status}); try again later`,
        `服务器返回错误（HTTP ${status}）；请稍后再试`,
      );
}

/**
 * Fetches a story (or takes the answer to a `request` already sent for it) and reads it with
 * `read`; every failure becomes a list of problems to show.
 */
export async function loadStory(
  url: string,
  read: StoryReader,
  request?: Promise<Response>,
): Promise<LoadResult> {
  let bytes: ArrayBuffer;
  let page = false;
  try {
    const res = await (request ?? fetch(url));
    if (!res.ok) return failed(url, httpProblem(res.status));
    const declared = Number(res.headers.get('content-length'));
    if (declared > MAX_STORY_BYTES) return failed(url, tooLarge(declared));
    page = (res.headers.get('content-type') ?? '').includes('text/html');
    bytes = await res.arrayBuffer();
  } catch {
    return failed(
      url,
      problem(
        '(file)',
        'the file could not be reached: the network is off or the server is not answering',
        '无法读取文件：网络已断开或服务器没有响应',
      ),
    );
  }
  if (bytes.byteLength > MAX_STORY_BYTES) return failed(url, tooLarge(bytes.byteLength));
  // Many static hosts answer a wrong address with their home page rather than a 404.
  if (page)
    return failed(
      url,
      problem(
        '(file)',
        'this address gives a web page, not a story file: check the address after ?story=',
        '此地址返回的是网页而不是故事文件：请检查 ?story= 后面的地址',
      ),
    );
  return read(url, new TextDecoder().decode(bytes));
}

/** A `?story=` address on another site is refused without fetching it: the app stays offline and private. */
export function otherSite(url: string, origin: string): LoadResult {
  return failed(
    url,
    problem(
      '(file)',
      `stories are opened only from this site (${origin}), so this address was not fetched`,
      `只能打开本站（${origin}）的故事文件，因此没有读取此地址`,
    ),
  );
}
