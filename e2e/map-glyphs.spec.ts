import { PbfReader } from 'pbf';
import { expect, type StoryMap, story, storyFile, test } from './fixtures';

/** The code points a glyph file holds, each with the length of its bitmap (0 for a blank glyph). */
function glyphsIn(bytes: Buffer): Map<number, number> {
  const glyphs = new Map<number, number>();
  const glyph = (tag: number, g: { id: number; bitmap: number }, pbf: PbfReader) => {
    if (tag === 1) g.id = pbf.readVarint();
    else if (tag === 2) g.bitmap = pbf.readBytes().length;
  };
  const fontstack = (tag: number, _: null, pbf: PbfReader) => {
    if (tag !== 3) return;
    const g = pbf.readMessage(glyph, { id: 0, bitmap: 0 });
    glyphs.set(g.id, g.bitmap);
  };
  new PbfReader(bytes).readFields((tag, _, pbf) => {
    if (tag === 1) pbf.readMessage(fontstack, null);
  }, null);
  return glyphs;
}

/** Every range file the page fetched while it loaded, by its first code point. */
function watchGlyphFiles(app: StoryMap): Map<number, Promise<Buffer>> {
  const files = new Map<number, Promise<Buffer>>();
  app.page.on('response', (response) => {
    const range = /\/glyphs\/[^/]+\/(\d+)-\d+\.pbf$/.exec(response.url());
    if (range?.[1]) files.set(Number(range[1]), response.body());
  });
  return files;
}

for (const lang of ['en', 'zh'] as const) {
  test(`every character of the map's names is drawn from the glyph files made at build time (${lang})`, async ({
    app,
  }) => {
    const files = watchGlyphFiles(app);
    await app.open(`/#lang=${lang}`);
    const names = [...story.story.places.map((p) => p.name[lang]), ...(await app.mapNames())];
    const missing: string[] = [];
    for (const ch of new Set(names.join('').replace(/\s/g, ''))) {
      const cp = ch.codePointAt(0) ?? 0;
      const file = files.get(cp & ~255);
      // A glyph with no bitmap would leave a gap in the name.
      if (!file || !glyphsIn(await file).get(cp)) missing.push(ch);
    }
    expect(missing).toEqual([]);
  });
}

test('a story whose names the build never saw still names its places on the map', async ({ app, page }) => {
  const other = structuredClone(storyFile);
  const astana = other.places.find((p: { id: string }) => p.id === 'astana');
  astana.name.en = 'Астана';
  await page.route('**/stories/cyrillic.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(other) }),
  );
  await app.open('/?story=stories/cyrillic.json#lang=en');
  expect(await app.mapNames()).toContain('Астана');
});
