/**
 * Imports and exports of the micro-grid workspace through the UI: the Belle-Île example, a new
 * scenario, an Enedis R63 year (both clock changes, one 3-hour gap) imported through the dialog
 * with its preview and gap report, a PVGIS weather file when the reference data is present, a run,
 * then CSV and XLSX exports written next to the project file.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dailyShapeW, r63Text } from '../main/services/api/testing/enedisR63Year';
import { openApp, type E2eContext } from './fixture';

const SCREENSHOTS = resolve(import.meta.dirname, '../docs/screenshots');
const PVGIS = resolve(import.meta.dirname, '../..', 'shared/reference/weather/pvgis_tmy_45.000_8.000_2005_2023.csv');

/** Daily shape of the test helper with a winter peak (heating-like seasonal swing of ±35 %), whole watts. */
const seasonalW = (utcMs: number): number => {
  const day = (utcMs - Date.UTC(2025, 0, 1)) / 86_400_000;
  return Math.round(dailyShapeW(utcMs) * (1 + 0.35 * Math.cos((2 * Math.PI * (day - 10)) / 365)));
};

/** Calendar 2025 in Paris at 30 min, without 12 March 10:00–13:00 local (09:00–12:00 UTC). */
const R63_YEAR = r63Text({
  powerW: seasonalW,
  fromUtcMs: Date.UTC(2024, 11, 31, 23),
  toUtcMs: Date.UTC(2025, 11, 31, 23),
  gap: { fromUtcMs: Date.UTC(2025, 2, 12, 9), toUtcMs: Date.UTC(2025, 2, 12, 12) },
});

/** A logger's hourly weather export (UTC, semicolons, comma decimals): neither PVGIS nor EPW. */
const LOGGER_WEATHER = (() => {
  const rows = ['Date;GHI (W/m2);Température (°C)'];
  for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2026, 0, 1); t += 3_600_000) {
    const d = new Date(t);
    const day = (t - Date.UTC(2025, 0, 1)) / 86_400_000;
    const season = 0.55 - 0.45 * Math.cos((2 * Math.PI * (day + 10)) / 365);
    const ghi = Math.max(0, 850 * season * Math.sin((Math.PI * (d.getUTCHours() + 0.5 - 5)) / 14));
    const temp = 12 - 7 * Math.cos((2 * Math.PI * (day - 20)) / 365);
    const stamp = `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')} ${String(d.getUTCHours()).padStart(2, '0')}:00`;
    rows.push(`${stamp};${ghi.toFixed(1).replace('.', ',')};${temp.toFixed(1).replace('.', ',')}`);
  }
  return rows.join('\n') + '\n';
})();

/** An hourly day-ahead price year for 2025 (€/MWh, comma decimals): dear winters, cheap summer middays. */
const PRICE_YEAR = (() => {
  const rows = ['Horodate;Prix (€/MWh)'];
  for (let t = Date.UTC(2024, 11, 31, 23); t < Date.UTC(2025, 11, 31, 23); t += 3_600_000) {
    const hourUtc = new Date(t).getUTCHours();
    const day = (t - Date.UTC(2025, 0, 1)) / 86_400_000;
    const eurMwh = 70 + 35 * Math.cos((2 * Math.PI * (day - 15)) / 365) + 40 * Math.sin(((hourUtc - 11) * Math.PI) / 12);
    rows.push(`${new Date(t).toISOString().replace('.000Z', 'Z')};${eurMwh.toFixed(2).replace('.', ',')}`);
  }
  return rows.join('\n') + '\n';
})();

async function pick(page: Page, testId: string, option: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function exportedPath(page: Page, testId: string): Promise<string> {
  await page.getByTestId('export-menu').click();
  await page.getByTestId(testId).click();
  const notice = page.getByTestId('notice-success').filter({ hasText: 'Fichier enregistré' }).last();
  await notice.waitFor();
  const text = (await notice.textContent()) ?? '';
  const match = /Fichier enregistré : (.+) \([\d\s\u202f\u00a0,]+ [kM]o\)/.exec(text);
  expect(match, text).not.toBeNull();
  await notice.getByRole('button').click();
  return match![1];
}

describe('micro-grid imports and exports (Chromium through the web harness)', () => {
  let app: E2eContext;
  beforeAll(async () => {
    // Tall enough for the whole import preview in one screenshot.
    app = await openApp({ width: 1440, height: 1500 });
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('imports an Enedis R63 year through the dialog: preview, gap report, DST days, then the loads section uses it', async () => {
    const { page } = app;
    await page.getByTestId('nav-projects').click();
    await page.getByTestId('example-belle-ile').click();
    await page.getByTestId('sites-table').getByText('Village de vacances').waitFor();
    await page.getByTestId('nav-microgrid').click();
    await page.getByTestId('new-scenario').click();
    await page.getByTestId('new-scenario-name').fill('Courbe mesurée');
    await page.getByTestId('create-scenario').click();
    await page.getByTestId('scenario-title').getByText('Courbe mesurée').waitFor();
    await page.getByTestId('scenario-editor').waitFor();

    await page.getByTestId('import-load').click();
    const dialog = page.getByTestId('import-load-dialog');
    // A malformed file first: the message names the line and the column, nothing is previewed.
    const lines = R63_YEAR.split('\n');
    lines[5] = lines[5].replace(';PT30M;', ';PT7X;');
    await page.getByTestId('import-load-file').setInputFiles({ name: 'abime.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
    await expect.poll(async () => (await page.getByTestId('import-error').textContent()) ?? '').toContain('abime.csv: line 6, column 11 (Pas)');
    expect(await page.getByTestId('import-confirm').isDisabled()).toBe(true);

    await page.getByTestId('import-load-file').setInputFiles({ name: 'enedis-r63-2025.csv', mimeType: 'text/csv', buffer: Buffer.from(R63_YEAR) });
    await page.getByTestId('import-load-preview').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('import-format').textContent()).toBe('Enedis SGE R63 (CSV)');
    expect(await page.getByTestId('import-prm').textContent()).toBe('09876543210123');
    expect(await page.getByTestId('import-gap-summary').textContent()).toBe('1 trou(s), 3 h au total, le plus long 3 h');
    const gapRow = await page.getByTestId('import-gap-table').locator('tbody tr').first().textContent();
    expect(gapRow).toContain('12/03/2025 10:00');
    expect(gapRow).toContain('12/03/2025 13:00');
    expect(gapRow).toContain('même créneau la semaine précédente');
    const dst = await page.getByTestId('import-dst-note').textContent();
    expect(dst).toContain('30/03/2025 (23 h)');
    expect(dst).toContain('26/10/2025 (25 h)');
    expect(await page.getByTestId('import-load-curve').locator('path.recharts-line-curve').count()).toBe(1);
    await page.waitForTimeout(300);
    await dialog.locator('.mantine-Modal-content').screenshot({ path: resolve(SCREENSHOTS, 'import-load-preview.png') });

    await page.getByTestId('import-name').fill('Compteur village 2025');
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('imported-load-name').getByText('Compteur village 2025').waitFor();
    expect(await page.getByTestId('imported-load-curve').locator('path.recharts-line-curve').count()).toBe(1);
    await page.getByTestId('loads-imported').screenshot({ path: resolve(SCREENSHOTS, 'import-load-in-editor.png') });

    // Changing the scenario's step after the import is flagged on the curve, and cleared when set back.
    await pick(page, 'f-period.stepMinutes', '60 min');
    await page.getByTestId('imported-load-mismatch').waitFor();
    await pick(page, 'f-period.stepMinutes', '15 min');
    await expect.poll(async () => page.getByTestId('imported-load-mismatch').count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(async () => page.getByTestId('import-load-preview').count()).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });

  it.skipIf(!existsSync(PVGIS))('imports a PVGIS weather year with its monthly table (reference data)', async () => {
    const { page } = app;
    await page.getByTestId('import-weather').click();
    await page.getByTestId('import-weather-file').setInputFiles(PVGIS);
    await page.getByTestId('import-weather-preview').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('import-format').textContent()).toBe('PVGIS TMY (CSV)');
    expect(await page.getByTestId('import-site').textContent()).toMatch(/^45° N, 8° E, \d+ m$/);
    expect(await page.getByTestId('import-weather-months').locator('tbody tr').count()).toBe(13);
    await page.waitForTimeout(300);
    await page.getByTestId('import-weather-dialog').locator('.mantine-Modal-content').screenshot({ path: resolve(SCREENSHOTS, 'import-weather-preview.png') });
    await page.getByTestId('import-confirm').click();
    await expect.poll(async () => page.getByTestId('f-weather.source').inputValue(), { timeout: 20_000 }).toMatch(/^Fichier importé : pvgis_tmy_45/);
    expect(app.pageErrors).toEqual([]);
  });

  it('imports a weather CSV of another format by choosing its columns', async () => {
    const { page } = app;
    await page.getByTestId('import-weather').click();
    await page.getByTestId('import-weather-file').setInputFiles({ name: 'station-2025.csv', mimeType: 'text/csv', buffer: Buffer.from(LOGGER_WEATHER) });
    // Not PVGIS nor EPW: the error says so and the column form opens with its first guesses.
    await page.getByTestId('import-weather-mapping').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('map-time').inputValue()).toBe('Date');
    expect(await page.getByTestId('map-ghi').inputValue()).toBe('GHI (W/m2)');
    expect(await page.getByTestId('map-temp').inputValue()).toBe('Température (°C)');
    await pick(page, 'map-format', 'YYYY-MM-DD HH:mm');
    await page.getByTestId('map-apply').click();
    await page.getByTestId('import-weather-preview').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('import-weather-months').locator('tbody tr').count()).toBe(13);
    const annual = Number(((await page.getByTestId('import-weather-annual-ghi').textContent()) ?? '').replace(/[\s\u202f\u00a0]/g, ''));
    // Σ GHI of the file itself, in kWh/m²: the preview reads the whole year.
    const expected = LOGGER_WEATHER.trim().split('\n').slice(1).reduce((sum, row) => sum + Number(row.split(';')[1].replace(',', '.')), 0) / 1000;
    expect(Math.abs(annual - expected)).toBeLessThanOrEqual(1);
    await page.waitForTimeout(300);
    await page.getByTestId('import-weather-dialog').locator('.mantine-Modal-content').screenshot({ path: resolve(SCREENSHOTS, 'import-weather-csv-mapping.png') });
    await page.getByTestId('import-confirm').click();
    await expect.poll(async () => page.getByTestId('f-weather.source').inputValue(), { timeout: 20_000 }).toMatch(/^Fichier importé : station-2025/);
    expect(app.pageErrors).toEqual([]);
  });

  it('imports a day-ahead price year for the tariff through the editor and the dialog', async () => {
    const { page } = app;
    // No price series in the project yet: choosing "Série importée" opens the import dialog.
    await pick(page, 'f-grid.tariff.kind', 'Série importée');
    await page.getByTestId('import-price-dialog').locator('.mantine-Modal-content').waitFor();
    await page.getByTestId('import-price-file').setInputFiles({ name: 'epex-2025.csv', mimeType: 'text/csv', buffer: Buffer.from(PRICE_YEAR) });
    await page.getByTestId('import-price-preview').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('import-first-rows').locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('import-price-curve').locator('path.recharts-line-curve').count()).toBe(1);
    await page.waitForTimeout(300);
    await page.getByTestId('import-price-dialog').locator('.mantine-Modal-content').screenshot({ path: resolve(SCREENSHOTS, 'import-price-preview.png') });
    await page.getByTestId('import-name').fill('EPEX 2025');
    await page.getByTestId('import-confirm').click();
    await expect.poll(async () => page.getByTestId('f-grid.tariff.referenceId').inputValue(), { timeout: 20_000 }).toContain('EPEX 2025');
    expect(await page.getByTestId('f-grid.tariff.kind').inputValue()).toBe('Série importée');
    expect(app.pageErrors).toEqual([]);
  });

  it('runs the scenario on the imported curve and exports CSV and XLSX next to the project', async () => {
    const { page } = app;
    await page.waitForTimeout(300);
    await page.getByTestId('run-simulation').click();
    await page.getByTestId('kpi-cards').waitFor({ timeout: 150_000 });

    const csv = await exportedPath(page, 'export-csv-fr');
    expect(csv).toMatch(/\/Projets Ilot\/Exports\/Courbe mesurée - \d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync(csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = bytes.toString('utf8').split('\r\n');
    expect(rows[0]).toMatch(/^\uFEFFDébut du pas \(heure de Paris\);Production PV \(kW\);Consommation \(kW\)/);
    // Belle-Île template: 2025 at 15 min; first step 01:00 in Paris.
    expect(rows[1]).toMatch(/^2025-01-01T01:00:00\+01:00;/);
    expect(rows.length).toBe(1 + 35_040 + 1);
    // The loads column is the imported curve: the file's night power at 01:00 local on 1 January.
    const header = rows[0].split(';');
    expect(rows[1].split(';')[header.indexOf('Consommation (kW)')]).toBe(String(seasonalW(Date.UTC(2025, 0, 1)) / 1000).replace('.', ','));

    const intl = await exportedPath(page, 'export-csv-intl');
    expect(intl).toMatch(/ \(2\)\.csv$/);
    expect(readFileSync(intl, 'utf8').startsWith('time_local,')).toBe(true);

    const xlsx = await exportedPath(page, 'export-xlsx');
    expect(xlsx).toMatch(/\.xlsx$/);
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    expect(app.pageErrors).toEqual([]);
  });
});
