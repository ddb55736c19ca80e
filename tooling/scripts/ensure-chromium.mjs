// The browser tests drive Debian's chromium through playwright-core; they
// never download a browser. On a fresh Debian machine (as root) this installs
// it with apt-get so that `pnpm test` works out of the box; elsewhere it says
// what to do. Set LAMINA_SKIP_BROWSER=1 to run without the browser tests.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';
if (process.env['LAMINA_SKIP_BROWSER'] === '1' || existsSync(CHROMIUM)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log('Installing Debian chromium for the browser tests (apt-get)…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
    shell: '/bin/bash',
  });
} else {
  console.warn(
    `Browser tests need Chromium at ${CHROMIUM} (Debian: apt-get install chromium). ` +
      'Install it, or set LAMINA_SKIP_BROWSER=1 to skip the browser tests.',
  );
}
