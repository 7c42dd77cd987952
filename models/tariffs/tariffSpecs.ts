/** zod schemas of the electricity tariffs; messages name the field. Defaults: regulatedPrices.ts. */
import { z } from 'zod';
import { DEFAULT_OFF_PEAK_RANGES, offPeakRangesSchema } from './offPeakHours';
import { TRVE_DEFAULT } from './regulatedPrices';
import { tempoDayListSchema } from './tempoCalendar';

const price = (field: string) =>
  z.number({ error: `${field} must be a number (EUR/kWh)` }).min(-10, { error: `${field} must be >= -10 EUR/kWh` }).max(10, { error: `${field} must be <= 10 EUR/kWh (is it in EUR/MWh?)` });

const common = {
  /** Price paid for electricity fed into the grid (surplus sale, EUR/kWh). */
  surplusSaleEurPerKwh: price('surplusSaleEurPerKwh').default(0),
  /** Fixed subscription for the contracted power. */
  subscription: z
    .object({
      powerKva: z.number({ error: 'subscription.powerKva must be a number (kVA)' }).positive({ error: 'subscription.powerKva must be > 0' }),
      eurPerYear: z.number({ error: 'subscription.eurPerYear must be a number (EUR/yr)' }).min(0, { error: 'subscription.eurPerYear must be >= 0' }),
    })
    .optional(),
};

const hpHc = (field: string, d: { hpEurPerKwh: number; hcEurPerKwh: number }) =>
  z.object({ hpEurPerKwh: price(`${field}.hpEurPerKwh`).default(d.hpEurPerKwh), hcEurPerKwh: price(`${field}.hcEurPerKwh`).default(d.hcEurPerKwh) });

/** Without eurPerKwh, the regulated Base price for the subscribed power applies (below or from 9 kVA). */
export const baseTariffSchema = z.object({ kind: z.literal('base'), eurPerKwh: price('eurPerKwh').optional(), ...common });

export const hpHcTariffSchema = z.object({
  kind: z.literal('hphc'),
  hpEurPerKwh: price('hpEurPerKwh').default(TRVE_DEFAULT.hphc.hpEurPerKwh),
  hcEurPerKwh: price('hcEurPerKwh').default(TRVE_DEFAULT.hphc.hcEurPerKwh),
  offPeakRanges: offPeakRangesSchema.default([...DEFAULT_OFF_PEAK_RANGES]),
  ...common,
});

export const tempoTariffSchema = z.object({
  kind: z.literal('tempo'),
  blue: hpHc('blue', TRVE_DEFAULT.tempo.blue).default(TRVE_DEFAULT.tempo.blue),
  white: hpHc('white', TRVE_DEFAULT.tempo.white).default(TRVE_DEFAULT.tempo.white),
  red: hpHc('red', TRVE_DEFAULT.tempo.red).default(TRVE_DEFAULT.tempo.red),
  /** Day colours: generated from the temperature series passed to importPriceSeries, or an imported list. */
  days: z
    .discriminatedUnion('source', [z.object({ source: z.literal('temperature') }), z.object({ source: z.literal('list'), days: tempoDayListSchema })], {
      error: "days.source must be 'temperature' or 'list'",
    })
    .default({ source: 'temperature' }),
  ...common,
});

export const seriesTariffSchema = z
  .object({
    kind: z.literal('series'),
    /** Imported prices (e.g. a dynamic offer or spot + fees) on their own regular grid. */
    startUtcMs: z.number({ error: 'startUtcMs must be a number (UTC ms)' }).finite({ error: 'startUtcMs must be finite' }),
    stepMinutes: z.number({ error: 'stepMinutes must be a number' }).positive({ error: 'stepMinutes must be > 0' }),
    eurPerKwh: z.array(price('eurPerKwh[]'), { error: 'eurPerKwh must be a list of prices' }).min(1, { error: 'eurPerKwh must not be empty' }),
    /** Only used to label steps HP/HC in the results; prices come from the series. */
    offPeakRanges: offPeakRangesSchema.optional(),
    ...common,
  });

export const tariffSpecSchema = z.discriminatedUnion('kind', [baseTariffSchema, hpHcTariffSchema, tempoTariffSchema, seriesTariffSchema], {
  error: "kind must be one of 'base', 'hphc', 'tempo', 'series'",
});
export type TariffSpec = z.input<typeof tariffSpecSchema>;
export type ParsedTariffSpec = z.output<typeof tariffSpecSchema>;

export class TariffError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TariffError';
  }
}

export function parseTariffSpec(spec: unknown): ParsedTariffSpec {
  const r = tariffSpecSchema.safeParse(spec);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new TariffError(`tariff: ${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`);
  }
  return r.data;
}
