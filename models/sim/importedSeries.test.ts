import { describe, expect, it } from 'vitest';
import { yearTimeline } from '../core/timeline';
import { belleIleScenario } from '../examples/belleIle';
import { assembleScenario, cheaperThanDayMean, ScenarioAssemblyError } from './assemble';
import { microgridScenarioSchema } from './scenarioSchema';
import { localCalendar } from '../calendar/localCalendar';
import { fallbackSyntheticWeather } from './fallbackWeather';

const withGrid = (grid: Record<string, unknown>, step: Parameters<typeof belleIleScenario>[0] = 60, extra: Record<string, unknown> = {}) => {
  const base = belleIleScenario(step);
  return microgridScenarioSchema.parse({ ...base, ...extra, grid: { ...base.grid, ...grid } });
};

describe('imported price and CO2 series in a scenario', () => {
  it('turns a quarter-hour price series of the scenario year into the hourly import price (mean of the four)', () => {
    const src = yearTimeline(2025, 15);
    const eurPerKwh = Float64Array.from({ length: src.length }, (_, k) => (k % 4) / 100 + 0.1);
    const sc = withGrid({ tariff: { kind: 'imported', referenceId: 'p' } });
    const { input, notes } = assembleScenario(sc, { price: { timeline: src, eurPerKwh } });
    expect(input.series.importPriceEurPerKwh.length).toBe(8760);
    expect(input.series.importPriceEurPerKwh[1234]).toBeCloseTo(0.115, 12);
    expect(input.series.exportPriceEurPerKwh[0]).toBe(sc.grid.surplusPriceEurPerKwh);
    expect(notes.join('\n')).toMatch(/grid\.tariff\.referenceId: series at 15 min averaged over the scenario's 60-min steps/);
  });

  it('takes a price series of another year by month, day and local time, and flags the cheaper half of each day as off-peak', () => {
    const src = yearTimeline(2024, 60);
    // Price = local hour / 100: night hours cheap.
    const cal = localCalendar(src);
    const eurPerKwh = Float64Array.from({ length: src.length }, (_, k) => cal.localHour[k] / 100);
    const { input, notes } = assembleScenario(withGrid({ tariff: { kind: 'imported', referenceId: 'p' } }), { price: { timeline: src, eurPerKwh } });
    const tcal = localCalendar(input.timeline);
    let wrong = 0;
    for (let i = 0; i < input.timeline.length; i++) {
      const h = tcal.localHour[i];
      if (tcal.localMonth[i] === 2 && tcal.localDayOfMonth[i] === 31 && h === 2) continue; // 2024-03-31 02:00 does not exist
      if (Math.abs(input.series.importPriceEurPerKwh[i] - h / 100) > 1e-12) wrong++;
    }
    expect(wrong).toBe(0);
    expect(notes.join('\n')).toMatch(/read from the series' year 2024/);
    // On an ordinary day the mean is 0.115: hours 0–11 are off-peak.
    const noon = (Date.UTC(2025, 5, 10, 10) - input.timeline.startUtcMs) / 3_600_000; // 12:00 local
    expect(input.series.offPeak[noon - 1]).toBe(1);
    expect(input.series.offPeak[noon]).toBe(0);
  });

  it('uses an imported CO2 series and refuses one that does not cover the year, naming the field', () => {
    const src = yearTimeline(2025, 30);
    const kgPerKwh = new Float64Array(src.length).fill(0.04);
    kgPerKwh[0] = 0.08;
    const sc = withGrid({ co2: { kind: 'imported', referenceId: 'c' } });
    const { input } = assembleScenario(sc, { co2: { timeline: src, kgPerKwh } });
    expect(input.series.co2KgPerKwh[0]).toBeCloseTo(0.06, 12);
    expect(input.series.co2KgPerKwh[1]).toBe(0.04);
    const short = { timeline: { ...src, length: 1000 }, kgPerKwh: kgPerKwh.subarray(0, 1000) };
    let error: unknown;
    try {
      assembleScenario(sc, { co2: short });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScenarioAssemblyError);
    expect((error as ScenarioAssemblyError).field).toBe('grid.co2.referenceId');
    expect((error as Error).message).toMatch(/^grid\.co2\.referenceId: the imported series \(2025-01-01 01:00 to 2025-01-21 21:00, local time\) leaves/);
    expect(() => assembleScenario(sc, {})).toThrow('grid.co2.referenceId: imported CO2 series "c" was not provided');
  });

  it('places an imported load of another step on the scenario timeline with its energy', () => {
    const src = yearTimeline(2025, 15);
    const loadKw = Float64Array.from({ length: src.length }, (_, k) => 20 + 10 * Math.sin(k / 9));
    const energy = loadKw.reduce((a, v) => a + v / 4, 0);
    const sc = withGrid({}, 60, { loads: { source: 'imported', referenceId: 'l' }, shiftableLoads: [], sheddableLoads: [] });
    const { input } = assembleScenario(sc, { loadKw, loadTimeline: src });
    const got = input.series.loadKw.reduce((a, v) => a + v, 0);
    expect(Math.abs(got - energy) / energy).toBeLessThan(1e-9);
    // Without its timeline, a series of another length is refused as before.
    expect(() => assembleScenario(sc, { loadKw })).toThrow(/imported load has 35040 steps, the scenario 8760/);
  });

  it('places an hourly imported weather year on a 15-min scenario: irradiation and mean temperature kept', () => {
    const hourly = yearTimeline(2025, 60);
    const weather = fallbackSyntheticWeather({ latDeg: 47.3, lonDeg: -3.2, elevationM: 10 }, hourly, 3);
    const sc = withGrid({}, 15, { weather: { source: 'imported', referenceId: 'w' } });
    const { weather: placed, notes } = assembleScenario(sc, { weather });
    expect(placed.timeline).toEqual(yearTimeline(2025, 15));
    const kwh = (w: Float64Array, step: number) => w.reduce((a, v) => a + (v * step) / 60, 0);
    expect(kwh(placed.ghiWm2, 15)).toBeCloseTo(kwh(weather.ghiWm2, 60), 6);
    expect(placed.tempC[4 * 100 + 3]).toBe(weather.tempC[100]);
    expect(notes.join('\n')).toMatch(/weather\.referenceId: irradiance held constant within each 60-min record/);
  });

  it('flags nothing off-peak on a flat day', () => {
    const tl = { startUtcMs: Date.UTC(2025, 0, 1), stepMinutes: 60, length: 48 };
    const flags = cheaperThanDayMean(new Float64Array(48).fill(0.2), localCalendar(tl));
    expect(flags.every((f) => f === 0)).toBe(true);
  });
});
