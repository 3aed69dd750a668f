#!/usr/bin/env node
// Makes sure a system Chromium exists before the browser tests start. Nothing here downloads a
// browser build: on Debian/Ubuntu as root we install the distribution's `chromium` package with apt;
// anywhere else we stop and say what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium-path.mjs';

function log(msg) {
  process.stderr.write(`[ensure-chromium] ${msg}\n`);
}

let found = findChromium();
if (found) {
  log(`using ${found}`);
  process.exit(0);
}
if (process.env.CHROME_PATH) {
  log(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but no file is there.`);
  process.exit(1);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  log('no Chromium found; installing Debian packages chromium and fonts-noto-cjk with apt-get …');
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'], {
      stdio: 'inherit',
      env,
    });
  } catch (err) {
    log(`apt-get failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  found = findChromium();
  if (found) {
    log(`installed ${found}`);
    process.exit(0);
  }
}

log(
  [
    'No Chromium or Chrome was found, and it could not be installed automatically.',
    'Install one, then run the tests again:',
    '  Debian/Ubuntu:  sudo apt-get install chromium fonts-noto-cjk',
    '  elsewhere:      install Chrome or Chromium and set CHROME_PATH=/path/to/the/browser',
  ].join('\n'),
);
process.exit(1);
