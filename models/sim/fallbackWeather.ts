/**
 * Stand-in synthetic weather used by assemble.ts until the weather module's own synthetic year is wired
 * in: clear-sky GHI (Ineichen–Perez, models/solar/clearSky.ts) times a seeded daily clear-sky index, and a
 * temperature from monthly means plus a diurnal sine (minimum at 05:00, maximum at 15:00 local solar time).
 * Monthly clear-sky index and temperature defaults are rough values for the Atlantic coast of Brittany
 * (Météo-France normals 1991–2020 for Belle-Île/Le Talut: 8 °C in January, 18.5 °C in August; annual
 * PV yield comes out near PVGIS' ~1200 kWh/kWp for the area). Approximate by design; an imported TMY
 * (PVGIS) should be preferred for studies.
 */
import type { Timeline } from '../core/timeline';
import { absoluteAirMass, pressureFromAltitudePa, relativeAirMass } from '../solar/airMass';
import { DEFAULT_LINKE_TURBIDITY_FRANCE, ineichenPerez } from '../solar/clearSky';
import { dayOfYearUtc, extraterrestrialNormalWm2 } from '../solar/extraterrestrial';
import { solarPositionSeries } from '../solar/solarPositionSeries';
import type { WeatherSeries, WeatherSite } from '../weather/weatherSeries';
import { Prng } from '../ev/prng';

const CLEAR_SKY_INDEX = [0.52, 0.56, 0.62, 0.68, 0.7, 0.72, 0.74, 0.74, 0.7, 0.62, 0.54, 0.5];
const MONTHLY_TEMP_C = [8.2, 8.0, 9.6, 11.2, 14.0, 16.7, 18.3, 18.6, 17.0, 14.4, 11.2, 8.9];
const DIURNAL_AMPLITUDE_C = 2.5;

export function fallbackSyntheticWeather(site: WeatherSite, timeline: Timeline, seed: number): WeatherSeries {
  const n = timeline.length;
  const sun = solarPositionSeries(timeline, { latDeg: site.latDeg, lonDeg: site.lonDeg, elevationM: site.elevationM });
  const ghi = new Float64Array(n);
  const temp = new Float64Array(n);
  const rng = new Prng(seed);
  const pressure = pressureFromAltitudePa(site.elevationM);
  const out = { ghiWm2: 0, dniWm2: 0, dhiWm2: 0 };
  let day = -1;
  let kc = 0.6;
  const stepMs = timeline.stepMinutes * 60_000;
  for (let i = 0; i < n; i++) {
    const t = timeline.startUtcMs + (i + 0.5) * stepMs;
    const d = new Date(t);
    const month = d.getUTCMonth();
    const dayIndex = Math.floor(t / 86_400_000);
    if (dayIndex !== day) {
      day = dayIndex;
      kc = Math.min(1, Math.max(0.08, rng.normal(CLEAR_SKY_INDEX[month], 0.25)));
    }
    const z = sun.zenithDeg[i];
    if (z < 90) {
      const am = absoluteAirMass(relativeAirMass(z), pressure);
      ineichenPerez(z, am, DEFAULT_LINKE_TURBIDITY_FRANCE[month], site.elevationM, extraterrestrialNormalWm2(dayOfYearUtc(t)), out);
      ghi[i] = out.ghiWm2 * kc;
    }
    const solarHour = (d.getUTCHours() + d.getUTCMinutes() / 60 + site.lonDeg / 15 + 24) % 24;
    temp[i] = MONTHLY_TEMP_C[month] + DIURNAL_AMPLITUDE_C * Math.sin(((solarHour - 9) / 24) * 2 * Math.PI) * (0.5 + kc);
  }
  return { timeline, ghiWm2: ghi, tempC: temp, source: { kind: 'synthetic', label: 'Ilot fallback synthetic year (clear sky × seeded clearness)' }, site };
}
