/**
 * Flexible loads offered to the dispatch: sheddable loads (effacement: a load that can be cut for a while, then
 * recovers part of the energy — the rebound, "effet rebond", typical of thermostatic loads such as heating, see
 * RTE, "Règles NEBEF", section on report de consommation) and shiftable loads (a daily energy that may be placed
 * anywhere inside a local time window: pumps, EV fleets without V2G, washing cycles).
 */
import { z } from 'zod';
import { parseLocalClock } from '../../calendar/localCalendar';

const clock = (field: string) =>
  z.string({ error: `${field} must be a local time 'HH:MM'` }).refine((t) => !Number.isNaN(parseLocalClock(t)), { error: `${field} must be a local time 'HH:MM'` });

export const sheddableLoadSchema = z.object({
  name: z.string().default('sheddable load'),
  /** Power that can be cut, kW. */
  powerKw: z.number({ error: 'powerKw must be a number (kW)' }).positive({ error: 'powerKw must be > 0' }),
  /** Longest single shedding event, minutes. */
  maxDurationMinutes: z.number({ error: 'maxDurationMinutes must be a number' }).positive({ error: 'maxDurationMinutes must be > 0' }),
  /** Shortest pause between the end of an event and the start of the next, minutes. */
  minGapMinutes: z.number({ error: 'minGapMinutes must be a number' }).min(0, { error: 'minGapMinutes must be >= 0' }),
  /** Lower numbers are shed first by the dispatch. */
  priority: z.number({ error: 'priority must be a number' }).int({ error: 'priority must be an integer' }),
  /** Fraction of the shed energy consumed again after the event (0 = pure saving, 1 = pure shift). */
  reboundFraction: z.number({ error: 'reboundFraction must be a number' }).min(0, { error: 'reboundFraction must be >= 0' }).max(1.5, { error: 'reboundFraction must be <= 1.5' }),
  /** Time between the end of the event and the start of the rebound, minutes. */
  reboundDelayMinutes: z.number({ error: 'reboundDelayMinutes must be a number' }).min(0, { error: 'reboundDelayMinutes must be >= 0' }),
});
export type SheddableLoadSpec = z.input<typeof sheddableLoadSchema>;

export const shiftableLoadSchema = z
  .object({
    name: z.string().default('shiftable load'),
    dailyEnergyKwh: z.number({ error: 'dailyEnergyKwh must be a number (kWh)' }).min(0, { error: 'dailyEnergyKwh must be >= 0' }),
    windowStartLocal: clock('windowStartLocal'),
    windowEndLocal: clock('windowEndLocal'),
    maxPowerKw: z.number({ error: 'maxPowerKw must be a number (kW)' }).positive({ error: 'maxPowerKw must be > 0' }),
  })
  .refine((s) => parseLocalClock(s.windowStartLocal) % 1440 !== parseLocalClock(s.windowEndLocal) % 1440, {
    error: 'windowEndLocal must differ from windowStartLocal',
    path: ['windowEndLocal'],
  })
  .refine((s) => s.dailyEnergyKwh <= s.maxPowerKw * (windowMinutes(s.windowStartLocal, s.windowEndLocal) / 60) + 1e-9, {
    error: 'dailyEnergyKwh cannot be delivered: it exceeds maxPowerKw × window length',
    path: ['dailyEnergyKwh'],
  });
export type ShiftableLoadSpec = z.input<typeof shiftableLoadSchema>;

/** Length of a local window in minutes; a window ending before it starts runs over midnight. */
export function windowMinutes(startLocal: string, endLocal: string): number {
  const a = parseLocalClock(startLocal) % 1440;
  const b = parseLocalClock(endLocal) % 1440;
  return b > a ? b - a : 1440 - a + b;
}

export function formatIssues(prefix: string, error: z.ZodError): string {
  const issue = error.issues[0];
  return `${prefix}: ${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`;
}
