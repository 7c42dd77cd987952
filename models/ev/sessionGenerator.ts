/**
 * Seeded generator of plug-in sessions: for each local (Europe/Paris) day and vehicle, a session happens
 * with a probability, with arrival hour, dwell time and distance driven drawn from normal laws clipped to
 * plausible ranges, with separate weekday and weekend laws. The energy needed is the distance times the
 * vehicle's consumption. Sessions of one vehicle never overlap (a draw that would is skipped).
 * The default laws used by the Belle-Île example are documented there; they are assumptions, not data.
 */
import type { Timeline } from '../core/timeline';
import { Prng } from './prng';
import { parisMidnightUtcMs, parisWeekday } from './parisTime';
import type { PlugSession, VehicleSpec } from './sessions';

export interface DayLaw {
  readonly probability: number;
  readonly arrivalHourMean: number;
  readonly arrivalHourSd: number;
  readonly dwellHoursMean: number;
  readonly dwellHoursSd: number;
  readonly distanceKmMean: number;
  readonly distanceKmSd: number;
  readonly arrivalSocMean: number;
  readonly arrivalSocSd: number;
}

export interface SessionLaws {
  readonly seed: number;
  readonly weekday: DayLaw;
  readonly weekend: DayLaw;
}

const HOUR_MS = 3_600_000;
const clip = (x: number, lo: number, hi: number): number => (x < lo ? lo : x > hi ? hi : x);

export function generateSessions(
  vehicle: VehicleSpec,
  vehicleIndex: number,
  laws: SessionLaws,
  timeline: Timeline,
): PlugSession[] {
  const rng = new Prng((laws.seed ^ Math.imul(vehicleIndex + 1, 0x9e3779b1)) >>> 0);
  const stepMs = timeline.stepMinutes * 60_000;
  const endMs = timeline.startUtcMs + timeline.length * stepMs;
  const sessions: PlugSession[] = [];
  let busyUntilStep = 0;
  for (let day = parisMidnightUtcMs(timeline.startUtcMs); day < endMs; day = parisMidnightUtcMs(day + 26 * HOUR_MS)) {
    const dow = parisWeekday(day + 12 * HOUR_MS);
    const law = dow === 0 || dow === 6 ? laws.weekend : laws.weekday;
    // Always draw the same number of variates per day so one law change does not reshuffle other days.
    const u = rng.next();
    const arrivalH = clip(rng.normal(law.arrivalHourMean, law.arrivalHourSd), 0, 23.99);
    const dwellH = clip(rng.normal(law.dwellHoursMean, law.dwellHoursSd), 0.5, 48);
    const km = clip(rng.normal(law.distanceKmMean, law.distanceKmSd), 0, 1000);
    const soc = clip(rng.normal(law.arrivalSocMean, law.arrivalSocSd), 0.05, vehicle.socMax);
    if (u >= law.probability) continue;
    const arrivalStep = Math.floor((day + arrivalH * HOUR_MS - timeline.startUtcMs) / stepMs);
    const departureStep = Math.min(timeline.length, arrivalStep + Math.max(1, Math.round((dwellH * HOUR_MS) / stepMs)));
    if (arrivalStep < busyUntilStep || arrivalStep < 0 || arrivalStep >= timeline.length) continue;
    sessions.push({
      vehicleIndex,
      arrivalStep,
      departureStep,
      requestedKwh: (km * vehicle.consumptionKwhPer100km) / 100,
      arrivalSoc: soc,
    });
    busyUntilStep = departureStep;
  }
  return sessions;
}
