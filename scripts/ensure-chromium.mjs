// Finds a Chromium for the end-to-end tests, or installs Debian's when running as root on Debian.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chromiumPath } from './chromium-path.mjs';

if (chromiumPath()) process.exit(0);
const debian = existsSync('/etc/debian_version');
const root = process.getuid?.() === 0;
if (debian && root) {
  console.log('No Chromium found: installing Debian packages chromium and fonts-noto-cjk…');
  execSync(
    'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk',
    {
      stdio: 'inherit',
    },
  );
  if (chromiumPath()) process.exit(0);
}
const distro = existsSync('/etc/os-release')
  ? readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]*)/m)?.[1]
  : '';
console.error(
  `No Chromium for the tests${distro ? ` on ${distro}` : ''}: install one (Debian: sudo apt-get install chromium fonts-noto-cjk) or set CHROMIUM_PATH to its executable.`,
);
process.exit(1);
