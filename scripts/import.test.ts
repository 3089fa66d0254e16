import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateStory } from '../src/story/validate';

const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], { encoding: 'utf8' });
const dir = () => mkdtempSync(join(tmpdir(), 'import-'));

// Each test starts the command once or twice (node and tsx): seconds each on a busy 2-core machine.
describe('npm run import', { timeout: 60_000 }, () => {
  it('converts a StoryMapJS file into a valid story and reports what came across', () => {
    const out = join(dir(), 'story.json');
    const result = run('import', 'public/stories/xuanzang.storymap.json', '--out', out);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('xuanzang.storymap.json was converted from a StoryMapJS story map');
    expect(result.stderr).toContain('5 event(s), 4 place(s) and 8 paragraph(s) came across, in English.');
    expect(result.stderr).toContain('1 media (pictures, videos, embeds) were not fetched');
    const story = JSON.parse(readFileSync(out, 'utf8'));
    expect(validateStory(story).ok).toBe(true);
    expect(story.languages).toEqual(['en']);
  });

  it('writes the story to standard output without --out, in the language asked for, the report in Chinese with --zh', () => {
    const result = run('import', 'public/stories/zheng-he.timeline.csv', '--lang', 'zh', '--zh');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).events).toHaveLength(7);
    expect(result.stderr).toContain('zheng-he.timeline.csv：由 TimelineJS 电子表格转换而来');
    expect(result.stderr).toContain('1 个时代未转换');
  });

  it('writes nothing and says why for broken, unknown and gigapixel files', () => {
    const d = dir();
    const cases: [string, string][] = [
      ['{"events": [', 'not valid JSON at line 1, column 13'],
      ['a,b\n1,2\n', 'unknown format'],
      ['', 'the file is empty'],
      [JSON.stringify({ storymap: { map_as_image: true, slides: [] } }), 'gigapixel story'],
    ];
    for (const [i, [text, message]] of cases.entries()) {
      const file = join(d, `in-${i}.json`);
      const out = join(d, `out-${i}.json`);
      writeFileSync(file, text);
      const result = run('import', file, '--out', out);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(message);
      expect(result.stderr).toContain('nothing written');
      expect(existsSync(out)).toBe(false);
    }
  });

  it('never writes over the file it reads', () => {
    const file = join(dir(), 't.json');
    const text = JSON.stringify({ events: [{ start_date: { year: 1 }, text: { headline: 'A' } }] });
    writeFileSync(file, text);
    expect(run('import', file, '--out', file).status).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});

describe('npm run export', { timeout: 60_000 }, () => {
  it('writes TimelineJS3 JSON that imports back to the same events', () => {
    const d = dir();
    const timeline = join(d, 'timeline.json');
    const result = run(
      'export',
      'data/story.json',
      '--format',
      'timelinejs',
      '--out',
      timeline,
      '--lang',
      'zh',
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/wrote .*timeline\.json: a TimelineJS3 timeline of \d+ events, in zh/);
    const written = JSON.parse(readFileSync(timeline, 'utf8'));
    const story = JSON.parse(readFileSync('data/story.json', 'utf8'));
    expect(written.events).toHaveLength(story.events.length);
    expect(written.title.text.headline).toBe(story.title.zh);
    const back = run('import', timeline, '--out', join(d, 'back.json'));
    expect(back.status).toBe(0);
    expect(back.stderr).toContain(`${story.events.length} event(s)`);
  });

  it('refuses an invalid story and an unknown format, writing nothing', () => {
    const d = dir();
    const bad = join(d, 'bad.json');
    writeFileSync(bad, '{"title": {}}');
    const out = join(d, 'out.json');
    const invalid = run('export', bad, '--format', 'timelinejs', '--out', out);
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toContain('paragraphs: is missing');
    expect(run('export', '--format', 'storymapjs', '--out', out).status).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});
