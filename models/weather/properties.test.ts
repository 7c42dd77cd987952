import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pvwattsInverterAc } from '../pv/inverter';
import { poaIrradiance } from '../solar/transposition';
import { resampleAverage } from './resample';

describe('properties', () => {
  it('resampling between divisor steps conserves energy exactly', () => {
    const steps = [1, 5, 10, 15, 30, 60];
    fc.assert(
      fc.property(fc.constantFrom(...steps), fc.constantFrom(...steps), fc.array(fc.double({ min: 0, max: 1200, noNaN: true }), { minLength: 1, maxLength: 24 }), (a, b, hours) => {
        // Build a series of whole hours at step a, then resample to step b.
        const perHour = 60 / a;
        const values = new Float64Array(hours.length * perHour);
        hours.forEach((v, h) => values.fill(v, h * perHour, (h + 1) * perHour));
        const from = { startUtcMs: 0, stepMinutes: a, length: values.length };
        const to = { startUtcMs: 0, stepMinutes: b, length: (values.length * a) / b };
        const out = resampleAverage(values, from, to);
        const e0 = values.reduce((s, v) => s + v * a, 0);
        const e1 = out.reduce((s, v) => s + v * b, 0);
        expect(Math.abs(e1 - e0)).toBeLessThanOrEqual(1e-9 * Math.max(1, e0));
      }),
    );
  });

  it('POA components are non-negative and the beam never exceeds DNI', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 90, noNaN: true }),
        fc.double({ min: 0, max: 360, noNaN: true }),
        fc.double({ min: 0, max: 89.5, noNaN: true }),
        fc.double({ min: 0, max: 360, noNaN: true }),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: 1, max: 500, noNaN: true }),
        fc.constantFrom('isotropic' as const, 'hay-davies' as const, 'perez' as const),
        (tilt, surfaceAz, zenith, sunAz, dni, dhi, model) => {
          const ghi = dni * Math.cos((zenith * Math.PI) / 180) + dhi;
          const p = poaIrradiance({ surfaceTiltDeg: tilt, surfaceAzimuthDeg: surfaceAz, zenithDeg: zenith, sunAzimuthDeg: sunAz, ghiWm2: ghi, dniWm2: dni, dhiWm2: dhi, dniExtraWm2: 1367, relativeAirMass: 1 / Math.max(0.05, Math.cos((zenith * Math.PI) / 180)), albedo: 0.2, model });
          expect(p.beamWm2).toBeGreaterThanOrEqual(0);
          expect(p.beamWm2).toBeLessThanOrEqual(dni + 1e-9);
          expect(p.skyDiffuseWm2).toBeGreaterThanOrEqual(0);
          expect(p.groundWm2).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it('inverter output never exceeds its rating nor its DC input', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1000, noNaN: true }), fc.double({ min: 0.1, max: 500, noNaN: true }), fc.double({ min: 0.9, max: 0.99, noNaN: true }), (pdc, pac0, eta) => {
        const ac = pvwattsInverterAc(pdc, pac0, eta);
        expect(ac).toBeGreaterThanOrEqual(0);
        expect(ac).toBeLessThanOrEqual(pac0 + 1e-12);
        expect(ac).toBeLessThanOrEqual(pdc + 1e-12);
      }),
    );
  });
});
