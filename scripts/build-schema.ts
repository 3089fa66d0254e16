import { writeFileSync } from 'node:fs';
import { glossaryJsonSchema, storyJsonSchema } from './story-json-schema';

writeFileSync('data/story.schema.json', storyJsonSchema());
writeFileSync('data/glossary.schema.json', glossaryJsonSchema());
console.log('wrote data/story.schema.json and data/glossary.schema.json');
