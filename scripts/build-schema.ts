import { writeFileSync } from 'node:fs';
import { storyJsonSchema } from './story-json-schema';

writeFileSync('data/story.schema.json', storyJsonSchema());
console.log('wrote data/story.schema.json');
