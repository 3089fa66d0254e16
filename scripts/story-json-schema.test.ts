import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { glossaryJsonSchema, storyJsonSchema } from './story-json-schema';

it('keeps the checked-in JSON Schemas in step with the zod schemas (run `npm run schema`)', () => {
  expect(readFileSync('data/story.schema.json', 'utf8')).toBe(storyJsonSchema());
  expect(readFileSync('data/glossary.schema.json', 'utf8')).toBe(glossaryJsonSchema());
});
