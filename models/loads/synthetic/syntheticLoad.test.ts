import { describe, expect, it } from 'vitest';
import { DAY_TYPE, localCalendar } from '../../calendar/localCalendar';
import { epochDayOfIsoDate } from '../../calendar/parisTime';
import { timelineBetween, yearTimeline } from '../../core/timeline';
import { offPeakSteps } from '../../tariffs/offPeakHours';
import { publicLightingFractionOn } from './publicLighting';
import { syntheticLoadKw, timelineTargetKwh } from './syntheticLoad';

const sum = (a: Float64Array, stepH: number) => a.reduce((s, v) => s + v * stepH, 0);

/** Simple sun elevation (Cooper declination, no equation of time) — enough for day length to ±10 min. */
function roughSunElevationDeg(startUtcMs: number, stepMinutes: number, n: number, latDeg: number, lonDeg: number): Float64Array {
  const out = new Float64Array(n);
  const rad = Math.PI / 180;
  for (let i = 0; i < n; i++) {
    const t = startUtcMs + i * stepMinutes * 60_000;
    const d = new Date(t);
    const doy = (t - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000;
    const decl = 23.45 * Math.sin((2 * Math.PI * (284 + doy)) / 365) * rad;
    const solarHour = d.getUTCHours() + d.getUTCMinutes() / 60 + lonDeg / 15;
    const hourAngle = (solarHour - 12) * 15 * rad;
    const sinE = Math.sin(latDeg * rad) * Math.sin(decl) + Math.cos(latDeg * rad) * Math.cos(decl) * Math.cos(hourAngle);
    out[i] = Math.asin(sinE) / rad;
  }
  return out;
}

describe('building profiles', () => {
  const tl = yearTimeline(2026, 60);
  const cal = localCalendar(tl, { schoolZone: 'C' });
  it.each(['housing', 'office', 'school', 'gymnasium', 'holidayVillage'] as const)('%s sums to its annual energy over a year', (kind) => {
    const kw = syntheticLoadKw({ kind, annualKwh: 12_345 }, tl, cal);
    expect(sum(kw, 1)).toBeCloseTo(12_345, 6);
    for (const v of kw) expect(v).toBeGreaterThan(0);
  });
  it('also at 15 min, and pro rata on a partial timeline', () => {
    const tl15 = yearTimeline(2025, 15);
    const kw = syntheticLoadKw({ kind: 'housing', annualKwh: 4000 }, tl15, localCalendar(tl15));
    expect(sum(kw, 0.25)).toBeCloseTo(4000, 6);
    const week = timelineBetween(Date.UTC(2026, 0, 5), Date.UTC(2026, 0, 12), 60);
    expect(timelineTargetKwh(8760, week)).toBe(168);
  });
  it('housing peaks in the evening and is lowest at night', () => {
    const kw = syntheticLoadKw({ kind: 'housing', annualKwh: 5000 }, tl, cal);
    const wed = epochDayOfIsoDate('2026-03-11') - cal.firstLocalEpochDay;
    const at = (h: number) => kw[cal.localDayIndex.findIndex((d, i) => d === wed && cal.localHour[i] === h)];
    expect(at(20)).toBeGreaterThan(at(12));
    expect(at(12)).toBeGreaterThan(at(4));
  });
  it('school is at its closed level on weekends and in school holidays (zone C)', () => {
    const kw = syntheticLoadKw({ kind: 'school', annualKwh: 50_000 }, tl, cal);
    const find = (iso: string, h: number) => {
      const d = epochDayOfIsoDate(iso) - cal.firstLocalEpochDay;
      return kw[cal.localDayIndex.findIndex((x, i) => x === d && cal.localHour[i] === h)];
    };
    const open = find('2026-03-12', 10); // Thursday, school day
    const holiday = find('2026-02-26', 10); // Thursday, zone C winter holidays
    const saturday = find('2026-03-14', 10);
    const wednesdayAfternoon = find('2026-03-11', 15);
    expect(holiday).toBeCloseTo(open * 0.2, 9);
    expect(saturday).toBeCloseTo(open * 0.2, 9);
    expect(wednesdayAfternoon).toBeCloseTo(open * 0.2, 9);
  });
  it('holiday village peaks in summer', () => {
    const kw = syntheticLoadKw({ kind: 'holidayVillage', annualKwh: 100_000 }, tl, cal);
    let jan = 0;
    let aug = 0;
    for (let i = 0; i < tl.length; i++) {
      if (cal.localMonth[i] === 0) jan += kw[i];
      if (cal.localMonth[i] === 7) aug += kw[i];
    }
    expect(aug / jan).toBeGreaterThan(3);
  });
  it('refuses bad specs naming the field, and missing inputs', () => {
    expect(() => syntheticLoadKw({ kind: 'housing', annualKwh: -1 }, tl, cal)).toThrow('load spec: annualKwh: annualKwh must be > 0');
    expect(() => syntheticLoadKw({ kind: 'housing', annualKwh: 1, heating: { annualShare: 2 } }, tl, cal)).toThrow('heating.annualShare: heating.annualShare must be <= 1');
    expect(() => syntheticLoadKw({ kind: 'housing', annualKwh: 1, heating: { annualShare: 0.5 } }, tl, cal)).toThrow('tempC is required');
    expect(() => syntheticLoadKw({ kind: 'school', annualKwh: 1 }, tl, localCalendar(tl))).toThrow(/schoolZone/);
    expect(() => syntheticLoadKw({ kind: 'nope', annualKwh: 1 } as never, tl, cal)).toThrow(/kind must be one of/);
  });
});

describe('thermo-sensitive part', () => {
  it('is proportional to degree-hours below 15 °C and holds its share of the annual energy', () => {
    const tl = yearTimeline(2026, 60);
    const cal = localCalendar(tl);
    const tempC = new Float64Array(tl.length);
    for (let i = 0; i < tl.length; i++) tempC[i] = 11 - 9 * Math.cos((2 * Math.PI * (i / 24 - 15)) / 365);
    const withHeating = syntheticLoadKw({ kind: 'housing', annualKwh: 10_000, heating: { annualShare: 0.6 } }, tl, cal, { tempC });
    const without = syntheticLoadKw({ kind: 'housing', annualKwh: 4_000 }, tl, cal);
    expect(sum(withHeating, 1)).toBeCloseTo(10_000, 6);
    const heating = withHeating.map((v, i) => v - without[i]);
    expect(sum(heating, 1)).toBeCloseTo(6_000, 6);
    let degreeHours = 0;
    for (const t of tempC) degreeHours += Math.max(0, 15 - t);
    const g = 6000 / degreeHours;
    for (let i = 0; i < tl.length; i += 97) expect(heating[i]).toBeCloseTo(g * Math.max(0, 15 - tempC[i]), 9);
  });
});

describe('public lighting', () => {
  it('interpolates the switching instant inside a step', () => {
    expect(Array.from(publicLightingFractionOn(Float64Array.from([2, -2, -6, -2, 2]), -0.833))).toEqual([
      expect.closeTo(1 - (2 + 0.833) / 4, 9), // crosses −0.833° 70.8 % into the step
      1,
      1,
      expect.closeTo((-0.833 + 2) / 4, 9),
      0,
    ]);
  });
  it('burns about 4 100–4 400 h a year in Paris, and respects a night switch-off', () => {
    const tl = yearTimeline(2026, 10);
    const cal = localCalendar(tl);
    const sunElevationDeg = roughSunElevationDeg(tl.startUtcMs, 10, tl.length, 48.85, 2.35);
    const kw = syntheticLoadKw({ kind: 'publicLighting', installedKw: 10 }, tl, cal, { sunElevationDeg });
    const hours = sum(kw, 1 / 6) / 10;
    expect(hours).toBeGreaterThan(4100);
    expect(hours).toBeLessThan(4450);
    const cut = syntheticLoadKw({ kind: 'publicLighting', annualKwh: 20_000, nightCut: { range: '23:00-05:00', remainingFraction: 0 } }, tl, cal, { sunElevationDeg });
    expect(sum(cut, 1 / 6)).toBeCloseTo(20_000, 6);
    for (let i = 0; i < tl.length; i++) if (cal.localHour[i] >= 23 || cal.localHour[i] < 5) expect(cut[i]).toBe(0);
    expect(() => syntheticLoadKw({ kind: 'publicLighting', installedKw: 1, annualKwh: 1 }, tl, cal, { sunElevationDeg })).toThrow(/exactly one of annualKwh or installedKw/);
  });
});

describe('off-peak water heaters', () => {
  it('deliver the annual energy only in off-peak hours, at most at rated power', () => {
    const tl = yearTimeline(2026, 30);
    const cal = localCalendar(tl);
    const kw = syntheticLoadKw({ kind: 'waterHeaterOffPeak', annualKwh: 2_000, ratedKw: 2.4 }, tl, cal);
    expect(sum(kw, 0.5)).toBeCloseTo(2_000, 6);
    const hc = offPeakSteps(['22:00-06:00'], cal);
    for (let i = 0; i < tl.length; i++) {
      if (!hc[i]) expect(kw[i]).toBe(0);
      expect(kw[i]).toBeLessThanOrEqual(2.4 + 1e-12);
    }
    // The heater switches on at 22:00 local when the HC signal arrives.
    const i22 = cal.localHour.findIndex((h, i) => h === 22 && cal.localMinuteOfDay[i] === 1320 && cal.dayType[i] === DAY_TYPE.working);
    expect(kw[i22]).toBeCloseTo(2.4, 9);
    expect(() => syntheticLoadKw({ kind: 'waterHeaterOffPeak', annualKwh: 20_000, ratedKw: 1 }, tl, cal)).toThrow(/cannot deliver/);
    // Monthly energy follows the 3CL need (40 − Tefs) × days: H1a January 32.2 × 31 vs August 22.2 × 31.
    const month = (m: number) => kw.reduce((a, v, i) => (cal.localMonth[i] === m ? a + v * 0.5 : a), 0);
    expect(month(7) / month(0)).toBeCloseTo(22.2 / 32.2, 2);
  });
});
