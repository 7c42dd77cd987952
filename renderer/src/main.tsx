import '@mantine/core/styles.css';
import './styles.css';
import { createRoot } from 'react-dom/client';
import { call } from './api/client';
import { App } from './App';
import { initI18n } from './i18n';
import { registerChartTexts } from './microgrid/charts';
import { registerMicrogridTexts } from './microgrid/i18n';
import { registerImportExportTexts } from './microgrid/imports/i18n';
import { registerSite3dTexts } from './microgrid/site3d';
import { registerTerritoryTexts } from './territory/i18n';

async function start(): Promise<void> {
  const settings = await call('settings.get', {}).catch(() => ({ locale: 'fr' as const }));
  initI18n(settings.locale);
  registerMicrogridTexts();
  registerChartTexts();
  registerSite3dTexts();
  registerImportExportTexts();
  registerTerritoryTexts();
  createRoot(document.getElementById('root')!).render(<App />);
}

void start();
