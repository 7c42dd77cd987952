/**
 * Starts the web harness on a fresh data folder and a Chromium page on it; collects page errors
 * so a test fails on any uncaught exception in the renderer.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startWebHarness, type Harness } from '../main/web/harness';
import { launchChromium } from './browser';

export const ARTIFACTS = resolve(import.meta.dirname, 'artifacts');

export interface E2eContext {
  readonly harness: Harness;
  readonly browser: Browser;
  readonly page: Page;
  readonly pageErrors: string[];
  readonly dataDir: string;
  shot(name: string): Promise<string>;
  close(): Promise<void>;
}

export async function openApp(viewport = { width: 1440, height: 900 }): Promise<E2eContext> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ilot-e2e-'));
  const harness = await startWebHarness({ distDir: resolve(import.meta.dirname, '../dist-web'), dataDir });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport, locale: 'fr-FR' });
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(harness.url);
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    harness,
    browser,
    page,
    pageErrors,
    dataDir,
    async shot(name) {
      const path = join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path });
      return path;
    },
    async close() {
      await browser.close();
      await harness.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
