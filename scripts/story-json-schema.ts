import { z } from 'zod/mini';
import { glossarySchema } from '../src/story/glossary';
import { storySchema } from '../src/story/schema';

const jsonSchema = (schema: z.ZodMiniType, title: string) =>
  `${JSON.stringify({ ...z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }), title }, null, 2)}\n`;

/** The JSON Schema editors use to autocomplete and check `data/story.json`. */
export const storyJsonSchema = (): string => jsonSchema(storySchema, 'Story map story');

/** The same for a story's glossary, `data/glossary.json`. */
export const glossaryJsonSchema = (): string => jsonSchema(glossarySchema, 'Story map glossary');
