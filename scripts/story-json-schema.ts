import { z } from 'zod/mini';
import { storySchema } from '../src/story/schema';

/** The JSON Schema editors use to autocomplete and check `data/story.json`. */
export function storyJsonSchema(): string {
  const schema = z.toJSONSchema(storySchema, { target: 'draft-2020-12', io: 'input' });
  return `${JSON.stringify({ ...schema, title: 'Story map story' }, null, 2)}\n`;
}
