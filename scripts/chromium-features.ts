/**
 * Headless Chromium opens a window for every browser context, and each window loaded the omnibox
 * popup's own web UI in a renderer of its own: 0.3–0.5 s of CPU on two cores, in the middle of the
 * page a test or the bench was loading. The test browser turns it off.
 */
const TURNED_OFF = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/** What Playwright turns off itself (e2e/harness.spec.ts checks that the browser still gets it all). */
export const PLAYWRIGHT_TURNS_OFF = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/** What Lighthouse's launcher turns off itself (checked in chromium-features.test.ts). */
export const LIGHTHOUSE_TURNS_OFF = [
  'Translate',
  'OptimizationHints',
  'MediaRouter',
  'DialMediaRouteProvider',
  'CalculateNativeWinOcclusion',
  'InterestFeedContentSuggestions',
  'CertificateTransparencyComponentUpdater',
  'AutofillServerCommunication',
  'PrivacySandboxSettings4',
  'RenderDocument',
];

/** Chromium keeps only the last `--disable-features` switch, so ours repeats its launcher's list. */
export function disableFeatures(launcherTurnsOff: readonly string[]): string {
  return `--disable-features=${[...launcherTurnsOff, ...TURNED_OFF].join(',')}`;
}
