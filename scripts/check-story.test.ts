import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-story.ts', ...args], { encoding: 'utf8' });

// Each test starts the command once or twice (node and tsx): seconds each on a busy 2-core machine.
describe('npm run check-story', { timeout: 30_000 }, () => {
  it('accepts the shipped story', () => {
    const result = run();
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/data\/story\.json: valid story: 107 paragraphs, \d+ events/);
    expect(result.stdout).toMatch(
      /data\/glossary\.json: every term rendered as the glossary says \(\d+ terms\)/,
    );
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

  it('warns, and does not fail, where the English departs from the glossary beside the story or the one given', () => {
    const dir = mkdtempSync(join(tmpdir(), 'story-'));
    const file = join(dir, 'story.json');
    writeFileSync(file, readFileSync('data/story.json', 'utf8'));
    writeFileSync(
      join(dir, 'glossary.json'),
      JSON.stringify({ terms: [{ zh: '阿斯塔纳', en: 'Nur-Sultan' }] }),
    );
    const beside = run(file);
    expect(beside.status).toBe(0);
    expect(beside.stdout).toContain('valid story');
    expect(beside.stderr).toContain(
      'warning: paragraphs[3].en: "阿斯塔纳" should be rendered "Nur-Sultan" (p004)',
    );
    expect(beside.stderr).toMatch(/glossary\.json: \d+ warnings \(1 term\)/);

    const other = join(dir, 'other.json');
    writeFileSync(other, JSON.stringify({ terms: [{ zh: '杜尚别', en: 'Stalinabad' }] }));
    const given = run('--zh', '--glossary', other, file);
    expect(given.status).toBe(0);
    expect(given.stderr).toContain('"杜尚别" 应译为 "Stalinabad"');
    expect(given.stderr).not.toContain('Nur-Sultan');
  });

  it('fails on a glossary it cannot read or understand', () => {
    const dir = mkdtempSync(join(tmpdir(), 'story-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ terms: [{ zh: '阿斯塔纳' }] }));
    const wrong = run('--glossary', bad);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('bad.json: terms[0].en: is missing (expected string)');
    expect(run('--glossary', join(dir, 'none.json')).status).toBe(2);
  });

  it('says so when the file cannot be read', () => {
    const result = run('no/such/story.json');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no/such/story.json: cannot read (ENOENT)');
  });
});
