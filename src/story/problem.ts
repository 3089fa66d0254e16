/** What is wrong with a story, at its place in the file, in English and Chinese. */
export interface Problem {
  /** JSON path in the story, e.g. `events[4].places[1]`. */
  path: string;
  /** The reason in English (the command line, the tests)… */
  message: string;
  /** …and in Chinese, for Chinese readers of the error screen. */
  zh: string;
}

export const problem = (path: string, message: string, zh: string): Problem => ({ path, message, zh });

export function formatProblem(p: Problem): string {
  return `${p.path}: ${p.message}`;
}
