/**
 * CO2 intensity of grid electricity (kg CO2e per kWh drawn), per step: constant, monthly (by local month) or an
 * imported series.
 *
 * Documented French values:
 * - DPE 3CL regulatory factors for electricity by use (arrêté du 31 mars 2021, annex: "facteurs d'émission de
 *   gaz à effet de serre"): heating 0.079, domestic hot water 0.065, cooling 0.064, lighting 0.069, auxiliaries
 *   0.069 kg CO2e/kWh (checked against the 3CL doctrine table in the tests). The default constant is the lighting/
 *   auxiliaries value, i.e. electricity for specific (non-thermal) uses.
 * - For a greenhouse-gas balance (Bilan GES), ADEME's Base Empreinte prescribes its yearly "mix de consommation —
 *   moyen" factor instead (not shipped: it changes every year and could not be checked offline; enter it).
 * - RTE publishes direct-emission intensities of French generation (eco2mix, Bilan électrique); they omit upstream
 *   emissions and are lower than life-cycle factors: say which convention a study uses.
 * No monthly default is shipped: monthly means vary by year and must come from the source the study chooses
 * (winter months run higher because gas plants and imports cover the peaks).
 */
import { z } from 'zod';
import type { LocalCalendar } from '../calendar/localCalendar';
import type { Timeline } from '../core/timeline';
import { sampleRegularSeries } from './sampleSeries';
import { TariffError } from './tariffSpecs';

/** DPE 3CL emission factors of electricity by use, kg CO2e/kWh. */
export const DPE_3CL_ELECTRICITY_KG_PER_KWH = { heating: 0.079, hotWater: 0.065, cooling: 0.064, lighting: 0.069, auxiliaries: 0.069 } as const;

export const CO2_DEFAULTS = { constantKgPerKwh: DPE_3CL_ELECTRICITY_KG_PER_KWH.lighting } as const;

const kg = (field: string) =>
  z.number({ error: `${field} must be a number (kg CO2e/kWh)` }).min(0, { error: `${field} must be >= 0` }).max(2, { error: `${field} must be <= 2 kg CO2e/kWh (is it in g?)` });

export const co2SpecSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('constant'), kgPerKwh: kg('kgPerKwh').default(CO2_DEFAULTS.constantKgPerKwh) }),
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
