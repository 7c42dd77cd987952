import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type E2eContext } from './fixture';

const SAMPLES = resolve(import.meta.dirname, '../resources/examples/territory');
const DOCS = resolve(import.meta.dirname, '../docs/screenshots');

describe('territory workspaces: flexibility and collective self-consumption (Chromium through the web harness)', () => {
  let app: E2eContext;
  const keep = async (name: string) => {
    const path = await app.shot(name);
    mkdirSync(DOCS, { recursive: true });
    copyFileSync(path, resolve(DOCS, `${name}.png`));
  };
  /** A page taller than the window: shot in a tall viewport so the fixed header does not cover it. */
  const keepTall = async (name: string, height: number) => {
    await app.page.setViewportSize({ width: 1440, height });
    await app.page.waitForTimeout(800);
    await keep(name);
    await app.page.setViewportSize({ width: 1440, height: 900 });
  };
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('imports a sites CSV (refusing bad lines first), studies the portfolio and activates a window', async () => {
    const { page } = app;
    await page.getByTestId('new-project-name').fill('Territoire test');
    await page.getByTestId('create-project').click();
    await page.getByTestId('nav-flex').click();
    await page.getByTestId('portfolio-new').click();
    await page.getByTestId('portfolio-new-name').fill('Communes du Cailly');
    await page.getByTestId('portfolio-create').click();
    await page.getByTestId('portfolio-title').getByText('Communes du Cailly').waitFor();

    // A file with errors: every bad line is named, nothing is saved until confirmed.
    await page.getByTestId('import-csv').click();
    await page.getByTestId('csv-file').setInputFiles(resolve(SAMPLES, 'sites-avec-erreurs.csv'));
    await page.getByTestId('csv-summary').getByText('1 site(s) valide(s), 3 ligne(s) en erreur').waitFor();
    await page.getByTestId('csv-line-4').getByText('lonDeg "abc" is not a number').waitFor();
    await page.getByTestId('csv-line-5').getByText(/a PRM is exactly 14 digits/).waitFor();
    await app.shot('territory-csv-errors');
    await page.getByTestId('csv-modal').getByRole('button', { name: 'Annuler' }).click();
    expect(await page.getByTestId('sites-table').count()).toBe(0);

    await page.getByTestId('import-csv').click();
    await page.getByTestId('csv-file').setInputFiles(resolve(SAMPLES, 'sites-communes.csv'));
    await page.getByTestId('csv-summary').getByText('6 site(s) valide(s), 0 ligne(s) en erreur').waitFor();
    await page.getByTestId('csv-line-5').getByText(/^38.001$/).waitFor();
    // The dialog fades in: wait until its transition is over, or the shot catches it half drawn.
    await page.waitForFunction(() => {
      const content = document.querySelector('.mantine-Modal-content');
      return content !== null && getComputedStyle(content).opacity === '1' && content.getAnimations().every((a) => a.playState === 'finished');
    });
    await keep('territory-csv-preview');
    await page.getByTestId('csv-confirm').click();
    await page.getByTestId('csv-modal').waitFor({ state: 'detached' });
    await page.getByTestId('sites-table').getByText('Gymnase des Sablons').waitFor();
    expect(await page.getByTestId('sites-table').locator('tbody tr').count()).toBe(6);
    await page.getByTestId('sites-map-farthest').getByText(/Sites les plus éloignés/).waitFor();
    await keepTall('territory-sites', 1500);

    // Assets of a site: start from the building-type defaults, edit one, save; a bad PRM is refused.
    await page.getByTestId('edit-site-0').click();
    await page.getByTestId('site-customize').click();
    await page.getByTestId('asset-0-powerKw').waitFor();
    await page.getByTestId('asset-1-tankLitres').fill('300');
    await page.getByTestId('asset-1-tankLitres').press('Tab');
    await page.getByTestId('site-f-prm').fill('123');
    await page.getByTestId('site-f-prm').press('Tab');
    await page.getByTestId('site-save').click();
    await page.getByTestId('site-modal').getByText(/PRM is exactly 14 digits/).first().waitFor();
    await page.getByTestId('site-f-prm').fill('30000000000301');
    await page.getByTestId('site-f-prm').press('Tab');
    // The commune search places the site.
    await page.getByTestId('site-f-commune').fill('malaunay');
    await page.getByRole('option', { name: 'Malaunay — 76770 (76)' }).click();
    await expect.poll(() => page.getByTestId('site-f-lat').inputValue()).toMatch(/^49[.,]5271$/);
    expect(await page.getByTestId('site-f-lon').inputValue()).toMatch(/^1[.,]0429$/);
    await page.getByTestId('site-save').click();
    await page.getByTestId('site-modal').waitFor({ state: 'detached' });
    await page.getByTestId('sites-table').getByText('2 équipement(s) saisi(s)').waitFor();
    // Ctrl+Z (focus outside a text field) undoes the saved change.
    await page.getByTestId('portfolio-title').click();
    await page.keyboard.press('Control+z');
    await page.getByTestId('sites-table').getByText('Par défaut (École)').waitFor();

    await page.getByTestId('tab-study').click();
    await page.getByTestId('run-study').click();
    await page.getByTestId('flex-study').waitFor({ timeout: 120_000 });
    await page.getByTestId('chart-flex').getByText('Chauffage').first().waitFor();
    await page.getByTestId('flex-events').getByText('Jours rouges Tempo (06 h–22 h)').waitFor();
    await page.getByTestId('flex-needed').getByText(/Jours rouges/).waitFor();
    expect(await page.getByTestId('kpi-value').textContent()).toMatch(/EUR/);
    await keepTall('territory-flex-study', 2000);

    await page.getByTestId('tab-activation').click();
    await page.getByTestId('act-start').fill('15/01/2025 17:00');
    await page.getByTestId('act-hours').fill('3');
    await page.getByTestId('act-run').click();
    await page.getByTestId('act-result').waitFor({ timeout: 60_000 });
    const mean = await page.getByTestId('act-mean').textContent();
    expect(Number((mean ?? '').replace(/[^\d,]/g, '').replace(',', '.'))).toBeGreaterThan(0);
    await keep('territory-flex-activation');
    expect(app.pageErrors).toEqual([]);
  });

  it('opens the Malaunay example: both workspaces filled, key changed, DSO key file exported', async () => {
    const { page } = app;
    await page.getByTestId('nav-projects').click();
    await page.getByTestId('example-malaunay').click();
    await page.getByTestId('nav-flex').click();
    await page.getByTestId('sites-table').getByText('Station de pompage').first().waitFor();
    expect(await page.getByTestId('sites-table').locator('tbody tr').count()).toBe(10);

    await page.getByTestId('nav-acc').click();
    await page.getByTestId('operation-title').getByText('Malaunay — autoconsommation collective').waitFor();
    await page.getByTestId('acc-results').waitFor({ timeout: 120_000 });
    const defaultSelf = await page.getByTestId('acc-selfconsumed').textContent();
    expect(await page.getByTestId('acc-sp-rate').textContent()).toMatch(/^2\d,\d %$/);
    await keep('territory-acc-results');

    await page.getByTestId('acc-key').getByText('Statique').click();
    await page.getByTestId('acc-key-help').getByText(/Part fixe de la production/).waitFor();
    await expect.poll(async () => page.getByTestId('acc-selfconsumed').textContent(), { timeout: 60_000 }).not.toBe(defaultSelf);

    await page.getByTestId('tab-acc-perimeter').click();
    await page.getByTestId('perimeter-badge').getByText('Éligible').waitFor();
    await page.getByTestId('perimeter-rule').getByText(/arrêté du 21 novembre 2019/).waitFor();
    await keepTall('territory-acc-perimeter', 1300);

    await page.getByTestId('export-keys').click();
    const notice = page.getByTestId('notice-success').getByText(/Fichier des clés écrit/);
    await notice.waitFor();
    const path = ((await notice.textContent()) ?? '').replace(/^.*écrit : /, '').trim();
    expect(path.startsWith(app.dataDir)).toBe(true);
    const lines = readFileSync(path, 'utf8').trim().split('\n');
    expect(lines[0]).toMatch(/^Horodate;30000000000201;30000000000202;/);
    expect(lines[0].split(';')).toHaveLength(20);
    expect(lines).toHaveLength(1 + 17_520);
    // Static key: the agreed shares on every row, percentages with a decimal comma.
    const row = lines[1 + 24].split(';');
    expect(row[0]).toBe('2025-01-01T13:00:00+01:00');
    expect(row[1]).toMatch(/^\d+,\d{2}$/);
    const sum = row.slice(1).reduce((s, c) => s + Number(c.replace(',', '.')), 0);
    expect(sum).toBeGreaterThan(99.8);
    expect(sum).toBeLessThanOrEqual(100);
    expect(app.pageErrors).toEqual([]);
  });
});
