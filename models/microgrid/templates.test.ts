import { describe, expect, it } from 'vitest';
import { climateZoneOfSite, scenarioFromTemplate } from './templates';

const base = { name: 'Site', latDeg: 47.3469, lonDeg: -3.1553, elevationM: 10 };

describe('scenario templates place the scenario on the project site', () => {
  it('keeps the site’s own climate zone', () => {
    expect(climateZoneOfSite({ ...base, climateZone: 'H1a' })).toBe('H1a');
  });

  it('takes the zone of the site’s département (3CL table: Morbihan H2a, Hautes-Alpes H1c, Bouches-du-Rhône H3)', () => {
    expect(climateZoneOfSite({ ...base, departement: '56' })).toBe('H2a');
    expect(climateZoneOfSite({ ...base, departement: '05' })).toBe('H1c');
    expect(climateZoneOfSite({ ...base, departement: '13' })).toBe('H3');
  });

  it('falls back on the nearest préfecture when the département is missing or unknown', () => {
    // Belle-Île: nearest préfecture Vannes (56, H2a). Strasbourg's coordinates: 67, H1b.
    expect(climateZoneOfSite(base)).toBe('H2a');
    expect(climateZoneOfSite({ ...base, latDeg: 48.5734, lonDeg: 7.7521, departement: '974' })).toBe('H1b');
  });

  it('gives a blank scenario the site’s zone so the default weather is the 3CL-calibrated year', () => {
    const sc = scenarioFromTemplate('blank', 'Vierge', { ...base, departement: '56' });
    expect(sc.site.climateZone).toBe('H2a');
    expect(sc.pvArrays).toEqual([]);
  });
});
