import { describe, expect, it } from 'vitest';
import { yearTimeline } from '../core/timeline';
import { customEvent, ecowattEvents, simulateEvent, tempoRedDayEvents } from './activation';
import { portfolioFlex } from './portfolioFlex';
import type { PortfolioInput } from './schemas';
import { sitesNeeded } from './sitesNeeded';
import { flexValue } from './value';
import { flexSettingsSchema } from './schemas';

const site = (name: string, prm: string, assets: NonNullable<PortfolioInput['sites'][number]['assets']>) => ({
  name,
  buildingType: 'housing' as const,
  latDeg: 49.53,
  lonDeg: 1.04,
  annualKwh: 10_000,
  subscribedKva: 36,
  prm,
  assets,
});
const n = yearTimeline(2025, 60).length;
/** Cold spell in January so Tempo picks identifiable days; 8 °C elsewhere. */
const temp = new Float64Array(n).fill(8);

describe('event calendars', () => {
  const pf = portfolioFlex({ name: 'b', sites: [site('Battery', '30000000000001', [{ kind: 'battery', capacityKwh: 100, powerKw: 30 }])] }, { outdoorTempC: temp });
  it('Tempo: 22 red days of 16 h (06:00–22:00), weekdays between November and March', () => {
    const red = tempoRedDayEvents(pf.ctx);
    expect(red).toHaveLength(22);
    for (const w of red) {
      expect(w.length).toBe(16);
      expect(pf.ctx.calendar.localHour[w.start]).toBe(6);
      expect(pf.ctx.calendar.localDayOfWeek[w.start]).toBeLessThan(5);
      expect([0, 1, 2, 10, 11]).toContain(pf.ctx.calendar.localMonth[w.start]);
    }
  });
  it('EcoWatt-like: a morning (5 h) and an evening (2 h) window per alert day', () => {
    const eco = ecowattEvents(pf.ctx, 3);
    expect(eco.map((w) => w.length).sort()).toEqual([2, 2, 2, 5, 5, 5]);
  });
  it('custom windows are placed on the timeline and checked', () => {
    const w = customEvent(pf.ctx, 'test', Date.UTC(2025, 0, 15, 17), 3);
    expect(pf.ctx.calendar.localHour[w.start]).toBe(18);
    expect(() => customEvent(pf.ctx, 'late', Date.UTC(2026, 0, 1), 1)).toThrow(/outside the simulated year/);
  });
});

describe('activation', () => {
  it('battery: delivers its usable energy, then the rebound refills it through the round-trip losses', () => {
    const pf = portfolioFlex({ name: 'b', sites: [site('Battery', '30000000000001', [{ kind: 'battery', capacityKwh: 100, powerKw: 30 }])] }, { outdoorTempC: temp });
    const w = customEvent(pf.ctx, 'evening', Date.UTC(2025, 0, 15, 17), 3);
    const r = simulateEvent(pf.sites, w, pf.ctx).portfolio;
    const usableKwh = 40 * Math.sqrt(0.9); // (0.5 − 0.1)·100 kWh drawn through η_d
    expect(r.firstStepKw).toBeCloseTo(30, 9);
    expect(r.energyKwh).toBeCloseTo(usableKwh, 9);
    expect(r.reboundKwh).toBeCloseTo(40 / Math.sqrt(0.9), 9);
    expect(r.reboundKwh / r.energyKwh).toBeCloseTo(1 / 0.9, 9);
  });

  it('heating: comfort cost and rebound appear, and the room never leaves its band', () => {
    const heating = { kind: 'heating' as const, powerKw: 20, heatLossKwPerK: 0.5, capacityKwhPerK: 20 };
    const cold = new Float64Array(n).fill(0);
    const pf = portfolioFlex({ name: 'h', sites: [site('House', '30000000000002', [heating])] }, { outdoorTempC: cold });
    const w = customEvent(pf.ctx, 'day', Date.UTC(2025, 0, 15, 5), 16);
    const r = simulateEvent(pf.sites, w, pf.ctx).portfolio;
    expect(r.firstStepKw).toBeCloseTo(9.5, 9); // 0.5 kW/K × 19 K held by the baseline
    expect(r.cost['K·h below set-point (occupied)']).toBeGreaterThan(0);
    expect(r.reboundKwh).toBeGreaterThan(0);
    expect(r.minKw).toBeGreaterThanOrEqual(-1e-9);
    // After τ·ln(19/18) h (τ = 40 h) the floor is reached: the room is then held at 18 °C, 9 kW.
    expect(r.deliveredKw[r.length - 1]).toBeCloseTo(0.5, 6);
  });
});

describe('subscribed power', () => {
  it('caps upward flexibility at the headroom left under the subscribed power', () => {
    const battery = { kind: 'battery' as const, capacityKwh: 200, powerKw: 50 };
    const big = portfolioFlex({ name: 'b', sites: [{ ...site('B', '30000000000001', [battery]), subscribedKva: 250, annualKwh: 1 }] }, { outdoorTempC: temp });
    expect(Math.max(...big.upKw)).toBeCloseTo(50, 9);
    // 10 000 kWh/yr of other load ≈ 1.14 kW flat; 36 kVA leaves ≈ 34.9 kW for the battery.
    const small = portfolioFlex({ name: 's', sites: [site('S', '30000000000001', [battery])] }, { outdoorTempC: temp });
    const otherKw = 10_000 / 8760;
    for (let t = 0; t < 200; t++) expect(small.upKw[t] + small.baselineKw[t]).toBeLessThanOrEqual(36 - otherKw + 1e-9);
    expect(Math.max(...small.upKw)).toBeCloseTo(36 - otherKw, 6);
  });
});

describe('sites needed for a bid', () => {
  it('adds sites by mean power until the (1 − confidence) quantile of the sum reaches the threshold', () => {
    const bySite = [
      [60, 60, 60, 60, 60],
      [50, 50, 50, 50, 0],
      [10, 20, 30, 40, 50],
    ];
    // Order by mean: site 0 (60), site 1 (40), site 2 (30).
    // Two sites: sums [110, 110, 110, 110, 60]; 10th percentile (type 7) = 60 + 0.4·50 = 80 < 100.
    // Three: [120, 130, 140, 150, 110] → 110 + 0.4·10 = 114.
    const r = sitesNeeded(bySite, 100, 0.9);
    expect(r.count).toBe(3);
    expect(r.siteIndices).toEqual([0, 1, 2]);
    expect(r.firmKw).toBeCloseTo(114, 9);
    // At 80 % confidence two sites reach 60 + 0.8·50 = 100.
    expect(sitesNeeded(bySite, 100, 0.8).count).toBe(2);
    expect(sitesNeeded(bySite, 100, 0.5).count).toBe(2);
    expect(sitesNeeded(bySite, 500, 0.5).count).toBeNull();
  });
});

describe('value', () => {
  it('capacity from the firm power, energy net of rebound', () => {
    const ev = (meanKw: number, energyKwh: number, reboundKwh: number) =>
      ({ label: '', start: 0, length: 1, deliveredKw: new Float64Array(1), meanKw, firstStepKw: 0, minKw: 0, maxRampKw: 0, energyKwh, reboundKwh, reboundPeakKw: 0, cost: {} });
    const settings = flexSettingsSchema.parse({ confidence: 0.5, capacityEurPerMwYear: 40_000, energyEurPerMwh: 100, reboundEurPerMwh: 50 });
    const v = flexValue([ev(100, 1600, 1000), ev(200, 3200, 2000), ev(300, 0, 0)], [ev(0, 1600, 1000), ev(0, 3200, 2000)], settings);
    expect(v.firmKw).toBe(200);
    expect(v.capacityEur).toBeCloseTo(8000, 9);
    expect(v.energyEur).toBeCloseTo(4.8 * 100 - 3 * 50, 9);
    expect(v.totalEur).toBeCloseTo(8330, 9);
  });
});
