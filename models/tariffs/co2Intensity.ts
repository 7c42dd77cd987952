/**
 * CO2 intensity of grid electricity (kg CO2e per kWh drawn), per step.
 *
 * Documented French defaults:
 * - ADEME Base Empreinte (ex-Base Carbone), "Électricité — mix moyen — consommation", France continentale,
 *   life-cycle value for 2022: 0.052 kg CO2e/kWh. ADEME publishes it yearly; check the current version.
 * - RTE, Bilan électrique 2024: average carbon intensity of French generation 21.7 g CO2eq/kWh (direct
 *   emissions only, record low year); 2023: about 32 g/kWh. Direct-only figures omit upstream emissions and are
 *   lower than ADEME's life-cycle value; state which one a study uses.
 * No monthly default is shipped: monthly means (RTE eco2mix) vary by year and must be entered from the source the
 * study chooses (winter months run higher than summer ones because of gas and imports at peak).
 */
import { z } from 'zod';
import type { LocalCalendar } from '../calendar/localCalendar';
import type { Timeline } from '../core/timeline';
import { sampleRegularSeries } from './sampleSeries';
import { TariffError } from './tariffSpecs';

export const CO2_DEFAULTS = {
  ademeMixMoyen2022KgPerKwh: 0.052,
  rteDirect2024KgPerKwh: 0.0217,
} as const;

const kg = (field: string) =>
  z.number({ error: `${field} must be a number (kg CO2e/kWh)` }).min(0, { error: `${field} must be >= 0` }).max(2, { error: `${field} must be <= 2 kg CO2e/kWh (is it in g?)` });

export const co2SpecSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('constant'), kgPerKwh: kg('kgPerKwh').default(CO2_DEFAULTS.ademeMixMoyen2022KgPerKwh) }),
    z.object({ kind: z.literal('monthly'), kgPerKwh: z.array(kg('kgPerKwh[]')).length(12, { error: 'kgPerKwh must hold 12 monthly values, January first' }) }),
    z.object({
      kind: z.literal('series'),
      startUtcMs: z.number({ error: 'startUtcMs must be a number (UTC ms)' }),
      stepMinutes: z.number({ error: 'stepMinutes must be a number' }).positive({ error: 'stepMinutes must be > 0' }),
      kgPerKwh: z.array(kg('kgPerKwh[]')).min(1, { error: 'kgPerKwh must not be empty' }),
    }),
  ],
  { error: "kind must be one of 'constant', 'monthly', 'series'" },
);
export type Co2Spec = z.input<typeof co2SpecSchema>;

export function co2KgPerKwhSeries(spec: Co2Spec, timeline: Timeline, calendar: LocalCalendar): Float64Array {
  const r = co2SpecSchema.safeParse(spec);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new TariffError(`co2: ${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`);
  }
  const s = r.data;
  const n = timeline.length;
  if (calendar.timeline.length !== n || calendar.timeline.startUtcMs !== timeline.startUtcMs) throw new TariffError('co2: calendar was built for another timeline');
  const out = new Float64Array(n);
  if (s.kind === 'constant') out.fill(s.kgPerKwh);
  else if (s.kind === 'monthly') for (let i = 0; i < n; i++) out[i] = s.kgPerKwh[calendar.localMonth[i]];
  else {
    try {
      out.set(sampleRegularSeries(s.startUtcMs, s.stepMinutes, s.kgPerKwh, timeline, 'co2'));
    } catch (e) {
      throw new TariffError((e as Error).message);
    }
  }
  return out;
}
