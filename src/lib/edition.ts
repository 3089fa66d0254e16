/** The id of the one-file edition's story block: `<script type="application/json" id=…>`. */
export const STORY_BLOCK_ID = 'edition-story';

/**
 * A story's JSON as the text of a script element. In JSON `<` only occurs inside strings, where
 * `\u003c` means the same: the text can then never close the element.
 */
export function storyBlockText(json: string): string {
  return json.replace(/</g, '\\u003c');
}

/** The edition page with its story block holding this story instead. */
export function withStory(editionHtml: string, storyJson: string): string {
  const open = editionHtml.indexOf(`id="${STORY_BLOCK_ID}"`);
  const start = editionHtml.indexOf('>', open) + 1;
  const end = editionHtml.indexOf('</script>', start);
  if (open < 0 || end < 0) throw new Error('the page has no story block');
  return editionHtml.slice(0, start) + storyBlockText(storyJson) + editionHtml.slice(end);
}
