import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { syntheticWeatherYear } from '../../../models/weather/synthetic';
import { fallbackSyntheticWeather } from '../../../models/sim/fallbackWeather';
import { yearTimeline } from '../../../models/core/timeline';
import { registerMicrogridTexts } from './i18n';
import { weatherSourceText } from './weatherSourceText';

describe('weather source of a result in French', () => {
  it('translates the labels the engine itself writes, and keeps a file name as it is', async () => {
    await i18next.init({ lng: 'fr', resources: { fr: { translation: {} }, en: { translation: {} } }, nsSeparator: false });
    registerMicrogridTexts();
    const t = i18next.t.bind(i18next);
    const site = { latDeg: 47.35, lonDeg: -3.15, elevationM: 10 };
    const synthetic = syntheticWeatherYear({ ...site, climateZone: 'H2a', year: 2025, stepMinutes: 60, seed: 7 }).source;
    expect(weatherSourceText(t, synthetic)).toBe('année type synthétique 2025 calibrée sur les tables climatiques 3CL, zone H2a (moins de 400 m), graine 7');
    const fallback = fallbackSyntheticWeather(site, yearTimeline(2025, 60), 1).source;
    expect(weatherSourceText(t, fallback)).toMatch(/^année synthétique approchée/);
    expect(weatherSourceText(t, { kind: 'pvgis', label: 'pvgis_tmy_45.000_8.000_2005_2023.csv' })).toBe('pvgis_tmy_45.000_8.000_2005_2023.csv');
  });
});
