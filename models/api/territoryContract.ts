/**
 * API calls of the territory workspaces (flexibility portfolio, collective self-consumption),
 * merged into the main contract (contract.ts). Same rules: zod input schema, typed output.
 *
 * Stored documents (table `territories`, generic JSON, audited and undoable by the store):
 * - kind "portfolio": data = { sites, settings } of models/flex/schemas.ts (the document's name is
 *   the portfolio's name; the `flex` CLI reads the same shape from .ilot files);
 * - kind "acc-operation": data = accOperationDocSchema below: participants with the SOURCE of
 *   their curve (PV from kWp/tilt/azimuth through the PV engine, synthetic consumption by building
 *   type, or an imported kWh curve), never the year of curves themselves, so the document stays
 *   small and the curves always follow the current models.
 */
import { z } from 'zod';
import type { AccFlows } from '../acc/balance';
import type { ConsumerBill } from '../acc/bill';
import { accPricesSchema } from '../acc/bill';
import { DEROGATIONS, type PerimeterResult } from '../acc/perimeter';
import { prmSchema } from '../acc/prm';
import type { FlexAsset } from '../flex/schemas';
import { flexSettingsSchema, siteSchema } from '../flex/schemas';
import type { SitesImportPreview } from '../flex/sitesCsv';
import type { EventSummary, FlexSummary } from '../flex/summary';

const out = <T>() => undefined as unknown as T;
const idInput = z.object({ id: z.string().min(1) }).strict();
const nameSchema = z.string().trim().min(1, { message: 'Name is required' }).max(200);
const pathSchema = z.string().trim().min(1, { message: 'A file path is required' }).max(4096);

// ---- flexibility portfolio ------------------------------------------------------------------

export const portfolioDocSchema = z.object({
  sites: z.array(siteSchema),
  settings: flexSettingsSchema.partial().default({}),
});
export type PortfolioDoc = z.output<typeof portfolioDocSchema>;

export interface TerritoryDoc<T> {
  readonly id: string;
  readonly kind: 'portfolio' | 'acc-operation';
  readonly name: string;
  readonly data: T;
  readonly updatedAt: string;
}

/** P50 of the firm power of each asset type by season (SEASONS order) and local hour, kW: stackable. */
export interface FlexByKind {
  readonly kinds: readonly string[];
  /** [kind][season][hour] */
  readonly downP50Kw: readonly (readonly (readonly number[])[])[];
  readonly upP50Kw: readonly (readonly (readonly number[])[])[];
}

export interface FlexStudyView {
  readonly summary: FlexSummary;
  readonly byKind: FlexByKind;
  /** Time the study took on the Node side, ms (for the UI's "computed in"). */
  readonly computeMs: number;
  readonly computedAt: string;
}

export interface ActivationView {
  readonly portfolio: EventSummary & { readonly deliveredKw: readonly number[]; readonly startUtcMs: number; readonly stepMinutes: number };
  readonly sites: ReadonlyArray<{ readonly name: string; readonly meanKw: number; readonly energyKwh: number; readonly reboundKwh: number }>;
}

// ---- collective self-consumption ------------------------------------------------------------

/** Load profiles of models/loads usable for ACC consumers. */
export const ACC_LOAD_KINDS = ['school', 'office', 'gymnasium', 'housing'] as const;

export const curveSourceSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('pv'),
      kWp: z.number({ message: 'kWp must be a number' }).positive('kWp must be > 0').max(100_000, 'kWp must be ≤ 100 000'),
      tiltDeg: z.number({ message: 'tiltDeg must be a number' }).min(0, 'tiltDeg must be ≥ 0°').max(90, 'tiltDeg must be ≤ 90°'),
      azimuthDeg: z.number({ message: 'azimuthDeg must be a number' }).min(0, 'azimuthDeg must be ≥ 0° (0 = north, 180 = south)').max(360, 'azimuthDeg must be ≤ 360°'),
      mounting: z.enum(['open-rack', 'roof-mounted', 'building-integrated']).default('roof-mounted'),
      lossesPct: z.number().min(0, 'lossesPct must be ≥ 0').max(50, 'lossesPct must be ≤ 50').default(14),
    }),
    z.object({
      kind: z.literal('synthetic'),
      building: z.enum(ACC_LOAD_KINDS, { message: `building must be one of ${ACC_LOAD_KINDS.join(', ')}` }),
      annualKwh: z.number({ message: 'annualKwh must be a number' }).positive('annualKwh must be > 0'),
      heatingShare: z.number().min(0, 'heatingShare must be ≥ 0').max(1, 'heatingShare must be ≤ 1').default(0),
    }),
    z.object({
      kind: z.literal('imported'),
      /** File it came from, for display. */
      file: z.string().default(''),
      /** kWh per step on the operation's timeline. */
      kwh: z.array(z.number().nonnegative('imported curve values must be ≥ 0')),
    }),
  ],
  { message: 'curve.kind must be pv, synthetic or imported' },
);
export type CurveSource = z.output<typeof curveSourceSchema>;

export const accDocParticipantSchema = z.object({
  prm: prmSchema,
  name: z.string().default(''),
  role: z.enum(['producer', 'consumer'], { message: 'role must be "producer" or "consumer"' }),
  latDeg: z.number({ message: 'latDeg must be a number' }).min(-90, 'latDeg must be ≥ -90').max(90, 'latDeg must be ≤ 90'),
  lonDeg: z.number({ message: 'lonDeg must be a number' }).min(-180, 'lonDeg must be ≥ -180').max(180, 'lonDeg must be ≤ 180'),
  /** Producers fed by something else than the PV engine: peak power for the perimeter's cap. */
  peakKw: z.number().nonnegative('peakKw must be ≥ 0').optional(),
  priority: z.number().int('priority must be an integer').min(1, 'priority must be ≥ 1').optional(),
  share: z.number().min(0, 'share must be ≥ 0').max(1, 'share must be ≤ 1 (a fraction)').optional(),
  curve: curveSourceSchema,
});
export type AccDocParticipant = z.output<typeof accDocParticipantSchema>;

export const accOperationDocSchema = z
  .object({
    year: z.number().int().min(2000).max(2100).default(2025),
    stepMinutes: z.union([z.literal(15), z.literal(30)], { message: 'stepMinutes must be 15 or 30' }).default(30),
    /** Weather and calendar of the curves: synthetic weather year of the climate zone, seed 1. */
    weather: z
      .object({
        latDeg: z.number().min(-90).max(90),
        lonDeg: z.number().min(-180).max(180),
        elevationM: z.number().min(-100).max(5000).default(0),
        climateZone: z.enum(['H1a', 'H1b', 'H1c', 'H2a', 'H2b', 'H2c', 'H2d', 'H3']).optional(),
        schoolZone: z.enum(['A', 'B', 'C']).default('B'),
      })
      .optional(),
    participants: z.array(accDocParticipantSchema),
    key: z.enum(['static', 'default', 'priority'], { message: 'key must be static, default or priority' }).default('default'),
    dateIso: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dateIso must be YYYY-MM-DD').default('2025-06-01'),
    derogation: z.enum(DEROGATIONS).default('none'),
    zone: z.enum(['mainland', 'zni']).default('mainland'),
    prices: accPricesSchema.partial().default({}),
  })
  .superRefine((op, ctx) => {
    const seen = new Map<string, number>();
    op.participants.forEach((p, i) => {
      const j = seen.get(p.prm);
      if (j !== undefined) ctx.addIssue({ code: 'custom', path: ['participants', i, 'prm'], message: `PRM ${p.prm} is already used by participant ${j + 1}` });
      seen.set(p.prm, i);
      if (p.role === 'producer' && p.curve.kind === 'synthetic') ctx.addIssue({ code: 'custom', path: ['participants', i, 'curve', 'kind'], message: 'a producer curve is pv or imported' });
      if (p.role === 'consumer' && p.curve.kind === 'pv') ctx.addIssue({ code: 'custom', path: ['participants', i, 'curve', 'kind'], message: 'a consumer curve is synthetic or imported' });
    });
  });
export type AccOperationDoc = z.output<typeof accOperationDocSchema>;
export type AccOperationDocInput = z.input<typeof accOperationDocSchema>;

export interface AccParticipantView {
  readonly prm: string;
  readonly name: string;
  readonly role: 'producer' | 'consumer';
  readonly latDeg: number;
  readonly lonDeg: number;
  readonly producedKwh: number;
  readonly consumedKwh: number;
  readonly selfConsumedKwh: number;
  readonly surplusKwh: number;
  readonly gridKwh: number;
  readonly selfConsumptionRate: number | null;
  readonly selfProductionRate: number | null;
  readonly bill: ConsumerBill | null;
}

export interface AccRunView {
  readonly key: 'static' | 'default' | 'priority';
  readonly dateIso: string;
  readonly perimeter: PerimeterResult;
  readonly operation: AccFlows;
  readonly participants: readonly AccParticipantView[];
  readonly totalSavingEur: number;
  readonly producersRevenueEur: number;
  /** Monthly kWh (12 values) for the operation chart. */
  readonly monthly: { readonly producedKwh: readonly number[]; readonly selfConsumedKwh: readonly number[]; readonly consumedKwh: readonly number[] };
  readonly computeMs: number;
}

export const territoryContract = {
  'territories.list': { input: z.object({ kind: z.enum(['portfolio', 'acc-operation']).optional() }).strict(), output: out<Array<{ id: string; kind: string; name: string; updatedAt: string }>>() },
  'territories.delete': { input: idInput, output: out<null>() },
  'territories.rename': { input: z.object({ id: z.string().min(1), name: nameSchema }).strict(), output: out<null>() },

  'flex.create': { input: z.object({ name: nameSchema, template: z.enum(['blank', 'demo']).default('blank') }).strict(), output: out<TerritoryDoc<PortfolioDoc>>() },
  'flex.get': { input: idInput, output: out<TerritoryDoc<PortfolioDoc>>() },
  'flex.update': { input: z.object({ id: z.string().min(1), data: z.unknown() }).strict(), output: out<TerritoryDoc<PortfolioDoc>>() },
  /** Preview of a sites CSV, from its text (file chosen in the window) or a path: nothing is saved. */
  'flex.previewCsv': { input: z.object({ text: z.string().max(20_000_000).optional(), path: pathSchema.optional() }).strict(), output: out<SitesImportPreview>() },
  /** Imports the valid rows of a sites CSV into a portfolio (appended, or replacing its sites). */
  'flex.importCsv': {
    input: z.object({ id: z.string().min(1), text: z.string().max(20_000_000).optional(), path: pathSchema.optional(), mode: z.enum(['append', 'replace']).default('append') }).strict(),
    output: out<TerritoryDoc<PortfolioDoc>>(),
  },
  /** Default flexible assets of one site (calibrated by the last study when there is one). */
  'flex.defaultAssets': { input: z.object({ site: z.unknown() }).strict(), output: out<FlexAsset[]>() },
  'flex.study': { input: idInput, output: out<FlexStudyView>() },
  'flex.activate': {
    input: z
      .object({
        id: z.string().min(1),
        label: z.string().trim().max(100).default('Fenêtre personnalisée'),
        startUtcMs: z.number({ message: 'startUtcMs must be a number' }).int(),
        hours: z.number({ message: 'hours must be a number' }).positive('hours must be > 0').max(48, 'hours must be ≤ 48'),
      })
      .strict(),
    output: out<ActivationView>(),
  },

  'acc.create': { input: z.object({ name: nameSchema, template: z.enum(['blank', 'malaunay']).default('blank') }).strict(), output: out<TerritoryDoc<AccOperationDoc>>() },
  'acc.get': { input: idInput, output: out<TerritoryDoc<AccOperationDoc>>() },
  'acc.update': { input: z.object({ id: z.string().min(1), data: z.unknown() }).strict(), output: out<TerritoryDoc<AccOperationDoc>>() },
  /** Reads a kWh-per-step curve (Horodate;kWh) for one participant from a file's text or path. */
  'acc.importCurve': {
    input: z.object({ id: z.string().min(1), prm: z.string().min(1), text: z.string().max(50_000_000).optional(), path: pathSchema.optional(), file: z.string().max(500).default('') }).strict(),
    output: out<TerritoryDoc<AccOperationDoc>>(),
  },
  'acc.run': { input: idInput, output: out<AccRunView>() },
  /** Writes the DSO key file (Horodate;PRM;PRM…, percentages, comma decimals); returns its path. */
  'acc.exportKeys': { input: z.object({ id: z.string().min(1), path: pathSchema.optional() }).strict(), output: out<{ path: string; rows: number; header: string }>() },
} as const;

