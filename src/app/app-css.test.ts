import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLORS } from '../map/style';

const css = readFileSync(new URL('./app.css', import.meta.url), 'utf8');

describe('the map panel before its first frame', () => {
  it("shows the map's land colour, so the drawn map replaces a panel of its own colour", () => {
    const rule = /\.map-panel \.map-canvas:not\(\[data-ready\]\) \{([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(rule).toMatch(new RegExp(`background: ${COLORS.land};`, 'i'));
  });
});
