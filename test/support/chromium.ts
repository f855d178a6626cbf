import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

// Debian's package; CI installs it (.ci/run). Without it browser tests are skipped, and their names say why.
const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const skipReason = hasChromium ? '' : ` (skipped: no Chromium at ${CHROMIUM}; apt-get install -y chromium)`;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}
