/**
 * Debian Chromium through playwright-core (never a downloaded browser), with the flags that keep
 * it quiet on a machine without network (NOTES-stack.md).
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.ILOT_CHROMIUM ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--no-first-run',
      '--disable-quic',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
    ],
  });
}
