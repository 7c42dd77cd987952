import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type E2eContext } from './fixture';

describe('foundation: projects, sites, languages, validation (Chromium through the web harness)', () => {
  let app: E2eContext;
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows the start page in French', async () => {
    const { page } = app;
    await page.getByRole('heading', { name: 'Bienvenue dans Ilot' }).waitFor();
    expect(await page.getByText('Projets d’exemple').isVisible()).toBe(true);
    await app.shot('start-page');
  });

  it('refuses an empty project name with a message and creates nothing', async () => {
    const { page } = app;
    await page.getByTestId('create-project').click();
    await page.getByText('Le nom est obligatoire').waitFor();
    expect(await page.getByTestId('current-project').count()).toBe(0);
  });

  it('creates a project, adds a site, and finds everything again after a reload', async () => {
    const { page } = app;
    await page.getByTestId('new-project-name').fill('Audit mairie de Malaunay');
    await page.getByTestId('new-project-client').fill('Ville de Malaunay');
    await page.getByTestId('create-project').click();
    await page.getByRole('heading', { name: 'Vue d’ensemble du projet' }).waitFor();

    await page.getByTestId('site-name').fill('Hôtel de ville');
    await page.getByTestId('site-commune').fill('Malaunay');
    await page.getByTestId('site-commune').press('Escape');
    await page.getByTestId('site-departement').fill('76');
    await page.getByTestId('site-coordinates').fill('49,5267 1,0403');
    await page.getByTestId('site-elevation').fill('62,5');
    await page.getByTestId('add-site').click();
    await page.getByTestId('sites-table').getByText('Hôtel de ville').waitFor();
    expect(await page.getByTestId('sites-table').getByText('49,5267°').isVisible()).toBe(true);

    await page.getByTestId('project-notes').fill('Visite technique le 12 mars.');
    await page.getByTestId('project-name').click(); // blur saves the notes
    await page.getByText('Enregistré').first().waitFor();
    await app.shot('project-overview');

    await page.reload();
    await page.getByTestId('nav-project').click();
    await page.getByTestId('sites-table').getByText('Hôtel de ville').waitFor();
    expect(await page.getByTestId('project-notes').inputValue()).toBe('Visite technique le 12 mars.');
    expect(await page.getByTestId('current-project').textContent()).toBe('Audit mairie de Malaunay');
  });

  it('shows the message of a bad value and saves nothing', async () => {
    const { page } = app;
    const rowsBefore = await page.getByTestId('sites-table').locator('tbody tr').count();
    await page.getByTestId('site-name').fill('Gymnase');
    await page.getByTestId('site-coordinates').fill('149,5 1,04');
    await page.getByTestId('site-elevation').fill('douze');
    await page.getByTestId('add-site').click();
    await page.getByText('Nombre invalide (ex. : 47,35)').waitFor();
    await page.getByText('Coordonnées illisibles', { exact: false }).waitFor();
    expect(await page.getByTestId('sites-table').locator('tbody tr').count()).toBe(rowsBefore);
    // The server checks too: a département that does not exist is refused by the shared schema.
    await page.getByTestId('site-coordinates').fill('49,53 1,04');
    await page.getByTestId('site-elevation').fill('40');
    await page.getByTestId('site-departement').fill('99');
    await page.getByTestId('add-site').click();
    await page.getByText('Code de département inconnu (ex. : 56, 2A, 974)').waitFor();
    expect(await page.getByTestId('sites-table').locator('tbody tr').count()).toBe(rowsBefore);
    await app.shot('validation-message');
  });

  it('switches to English and back to French', async () => {
    const { page } = app;
    await page.getByTestId('locale-switch').getByText('EN').click();
    await page.getByRole('heading', { name: 'Project overview' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await page.getByTestId('nav-projects').getByText('Projects').waitFor();
    await page.getByTestId('locale-switch').getByText('FR').click();
    await page.getByTestId('nav-projects').getByText('Projets').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
  });

  it('undoes the last change with Ctrl+Z', async () => {
    const { page } = app;
    await page.getByTestId('nav-project').click();
    await page.getByTestId('sites-table').getByText('Supprimer').first().click();
    await page.getByText('Aucun site pour l’instant', { exact: false }).waitFor();
    await page.locator('body').click({ position: { x: 5, y: 890 } });
    await page.keyboard.press('Control+z');
    await page.getByTestId('sites-table').getByText('Hôtel de ville').waitFor();
  });

  it('opens an example project and refuses a file that is not a project', async () => {
    const { page } = app;
    await page.getByTestId('nav-projects').click();
    await page.getByTestId('open-path').fill(`${app.dataDir}/app-data/settings.json`);
    await page.getByTestId('open-path-button').click();
    await page.getByTestId('start-error').getByText('Ce fichier n’est pas un projet Ilot.').waitFor();
    await page.getByTestId('example-belle-ile').click();
    await page.getByTestId('sites-table').getByText('Village de vacances').waitFor();
    expect(app.pageErrors).toEqual([]);
  });
});
