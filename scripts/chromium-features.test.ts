import { Launcher } from 'chrome-launcher';
import { describe, expect, it } from 'vitest';
import { disableFeatures, LIGHTHOUSE_TURNS_OFF } from './chromium-features';

const listOf = (flag: string) => flag.replace(/^--disable-features=/, '').split(',');

describe('the features the test browser turns off', () => {
  it("repeat all of Lighthouse's launcher's own, which our switch replaces", () => {
    const launcher = Launcher.defaultFlags().filter((f) => f.startsWith('--disable-features='));
    expect(launcher).toHaveLength(1);
    expect(LIGHTHOUSE_TURNS_OFF).toEqual(listOf(launcher[0] ?? ''));
  });

  it("add the omnibox popup's web UI to the launcher's list", () => {
    expect(listOf(disableFeatures(['Translate']))).toEqual([
      'Translate',
      'WebUIOmniboxPopup',
      'WebUIOmniboxAimPopup',
    ]);
  });
});
