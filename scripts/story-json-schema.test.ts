import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { storyJsonSchema } from './story-json-schema';

it('keeps the checked-in JSON Schema in step with the zod schema (run `npm run schema`)', () => {
  expect(readFileSync('data/story.schema.json', 'utf8')).toBe(storyJsonSchema());
});
