import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-story.ts', ...args], { encoding: 'utf8' });

describe('npm run check-story', () => {
  it('accepts the shipped story', () => {
    const result = run();
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/data\/story\.json: valid story: 107 paragraphs, \d+ events/);
  });

  it('lists every problem of a broken story with its path, in English or Chinese, and fails', () => {
    const story = JSON.parse(readFileSync('data/story.json', 'utf8'));
    story.events[4].places.push('kuryk-port');
    story.events[5].date = '2024-13-01';
    story.places[0].coordinates = [71.4, 151.1];
    const file = join(mkdtempSync(join(tmpdir(), 'story-')), 'broken.json');
    writeFileSync(file, JSON.stringify(story));
    const en = run(file);
    expect(en.status).toBe(1);
    expect(en.stderr).toContain('events[4].places[1]: unknown place "kuryk-port" (did you mean "kuryk"?)');
    expect(en.stderr).toContain('events[5].date: not an ISO 8601 date');
    expect(en.stderr).toContain('places[0].coordinates[1]: latitude must be between -90 and 90');
    expect(en.stderr).toContain('broken.json: 3 problems');
    const zh = run('--zh', file);
    expect(zh.stderr).toContain('events[4].places[1]: 未知的地点 "kuryk-port"（是否指 "kuryk"？）');
  });

  it('says so when the file cannot be read', () => {
    const result = run('no/such/story.json');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no/such/story.json: cannot read (ENOENT)');
  });
});
