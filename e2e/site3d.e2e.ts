import { copyFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type E2eContext } from './fixture';

const SCREENSHOTS = resolve(import.meta.dirname, '../docs/screenshots');

/**
 * Decodes a PNG in the page (the CSP allows data: images) and counts pixels that differ from the sky
 * colour of the top-left corner by more than a small tolerance, and the number of distinct colours.
 */
async function pixelStats(page: Page, png: Buffer): Promise<{ total: number; nonBackground: number; colours: number }> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const [r0, g0, b0] = [d[0], d[1], d[2]];
    let nonBackground = 0;
    const colours = new Set<number>();
    for (let i = 0; i < d.length; i += 4) {
      if (Math.abs(d[i] - r0) + Math.abs(d[i + 1] - g0) + Math.abs(d[i + 2] - b0) > 24) nonBackground++;
      colours.add(((d[i] >> 3) << 10) | ((d[i + 1] >> 3) << 5) | (d[i + 2] >> 3));
    }
    return { total: d.length / 4, nonBackground, colours: colours.size };
  }, png.toString('base64'));
}

describe('3D site view (gallery page, Chromium with SwiftShader WebGL)', () => {
  let app: E2eContext;
  beforeAll(async () => {
    app = await openApp({ width: 1400, height: 1000 });
    await app.page.goto(app.harness.url.replace('/?', '/gallery-3d.html?'));
  });
  afterAll(async () => {
    await app?.close();
  });

  /** Waits until the canvas has drawn the instant shown by the scrubber. */
  async function renderedAt(expectedClock: string): Promise<void> {
    const { page } = app;
    await page.getByTestId('site3d-time').filter({ hasText: expectedClock }).waitFor();
    await page.waitForFunction(() => {
      const el = document.querySelector<HTMLElement>('[data-testid="site3d"]');
      return !!el && Number(el.dataset.frames) > 0;
    });
    // Let the particles run their short animation and the last frame land.
    await page.waitForTimeout(3000);
  }

  async function flowsText(): Promise<string> {
    return (await app.page.getByTestId('site3d-flows').textContent()) ?? '';
  }

  async function press(key: string, times: number): Promise<void> {
    for (let i = 0; i < times; i++) await app.page.keyboard.press(key);
  }

  it('renders the site with WebGL (non-blank canvas) at 13:00', async () => {
    const { page } = app;
    await page.locator('[data-testid="site3d"] canvas').waitFor();
    // R3F puts the no-WebGL text inside <canvas> (like img alt), so check that frames were drawn instead.
    await renderedAt('13:00');
    const png = await page.locator('[data-testid="site3d"] canvas').screenshot();
    const stats = await pixelStats(page, png);
    // A blank or failed canvas is one colour; the scene covers most of the view with many shades.
    expect(stats.nonBackground / stats.total).toBeGreaterThan(0.3);
    expect(stats.colours).toBeGreaterThan(200);
    expect(await page.getByTestId('site3d-sun').textContent()).toMatch(/Soleil : azimut \d+°, hauteur \d+°/);
    await app.shot('site3d-1300');
  });

  it('steps with the keyboard and updates the time, the sun and the flows', async () => {
    const { page } = app;
    await page.getByTestId('site3d').focus();
    const before = await flowsText();
    const sunBefore = await page.getByTestId('site3d-sun').textContent();
    await press('ArrowRight', 4);
    await renderedAt('14:00');
    expect(await flowsText()).not.toBe(before);
    expect(await page.getByTestId('site3d-sun').textContent()).not.toBe(sunBefore);
    await press('ArrowLeft', 24);
    await renderedAt('08:00');
    // Morning in May: the sun is in the east (azimuth < 110°), low.
    const morning = (await page.getByTestId('site3d-sun').textContent())!;
    const az = Number(/azimut (\d+)/.exec(morning)![1]);
    expect(az).toBeGreaterThan(60);
    expect(az).toBeLessThan(110);
    await app.shot('site3d-0800');
    await press('ArrowRight', 48);
    await renderedAt('20:00');
    // Evening peak of the demo day: the V2G cars and the battery discharge.
    expect(await page.getByTestId('site3d-flows').getByText('Véhicules (V2G)').count()).toBe(1);
    await app.shot('site3d-2000');
  });

  it('shows the night with the sun below the horizon', async () => {
    const { page } = app;
    await page.getByTestId('site3d').focus();
    await press('ArrowRight', 10);
    await renderedAt('22:30');
    expect(await page.getByTestId('site3d-sun').textContent()).toMatch(/^Nuit : soleil sous l’horizon \(-\d+°\)$/);
    await app.shot('site3d-2230');
  });

  it('renders on demand: frames while the particles run, none once the view rests', async () => {
    const { page } = app;
    const frames = () => page.getByTestId('site3d').evaluate((el) => Number((el as HTMLElement).dataset.frames));
    await page.getByTestId('site3d').focus();
    await press('ArrowLeft', 30); // 15:00: flows on several arcs
    await renderedAt('15:00');
    const f0 = await frames();
    const t0 = Date.now();
    await press('ArrowRight', 1);
    // The change draws one frame and the particles at least one more (2.5 s of animation), even on a slow software renderer.
    await page.waitForFunction((n) => Number(document.querySelector<HTMLElement>('[data-testid="site3d"]')!.dataset.frames) >= n, f0 + 2, { timeout: 60_000 });
    // Then the loop must stop by itself: wait until no frame arrives for 1.5 s.
    let previous = -1;
    let current = await frames();
    for (let i = 0; i < 20 && current !== previous; i++) {
      previous = current;
      await page.waitForTimeout(1500);
      current = await frames();
    }
    expect(current).toBe(previous);
    const size = await page.locator('[data-testid="site3d"] canvas').evaluate((c) => `${(c as HTMLCanvasElement).width}×${(c as HTMLCanvasElement).height}`);
    console.log(`site3d: ${current - f0} frames in ${((Date.now() - t0) / 1000).toFixed(1)} s after a change, then none (SwiftShader, ${size} px)`);
  });

  it('speaks English when asked', async () => {
    const en = await app.browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await en.goto(app.harness.url.replace('/?', '/gallery-3d.html?lang=en&time=20:00&'));
    await en.getByTestId('site3d-time').filter({ hasText: '20:00' }).waitFor();
    expect(await en.getByTestId('site3d-sun').textContent()).toMatch(/^Sun: azimuth \d+°, elevation \d+°$/);
    expect(await en.getByTestId('site3d-flows').getByText('Vehicles (V2G)').count()).toBe(1);
    await en.close();
  });

  it('draws a sparse site (one building, no battery, no car park) without errors', async () => {
    const other = await app.browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const errors: string[] = [];
    other.on('pageerror', (e) => errors.push(e.message));
    await other.goto(app.harness.url.replace('/?', '/gallery-3d.html?model=minimal&date=2025-12-21&time=12:00&'));
    await other.waitForFunction(() => Number(document.querySelector<HTMLElement>('[data-testid="site3d"]')?.dataset.frames) > 0, undefined, { timeout: 60_000 });
    await other.waitForTimeout(3000);
    const stats = await pixelStats(other, await other.locator('[data-testid="site3d"] canvas').screenshot());
    expect(stats.nonBackground / stats.total).toBeGreaterThan(0.3);
    await other.screenshot({ path: resolve(import.meta.dirname, 'artifacts', 'site3d-minimal-winter-noon.png') });
    expect(errors).toEqual([]);
    await other.close();
  });

  it('plays and pauses with the space bar', async () => {
    const { page } = app;
    await page.getByTestId('site3d').focus();
    const start = await page.getByTestId('site3d-time').textContent();
    await page.keyboard.press(' ');
    await page.waitForTimeout(1500);
    await page.keyboard.press(' ');
    const after = await page.getByTestId('site3d-time').textContent();
    expect(after).not.toBe(start);
    await page.waitForTimeout(800);
    expect(await page.getByTestId('site3d-time').textContent()).toBe(after); // paused
    expect(app.pageErrors).toEqual([]);
  });

  it('copies the screenshots to docs/screenshots', () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const name of ['site3d-0800', 'site3d-1300', 'site3d-2000']) copyFileSync(resolve(import.meta.dirname, 'artifacts', `${name}.png`), resolve(SCREENSHOTS, `${name}.png`));
  });
});
