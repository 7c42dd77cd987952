/**
 * The micro-grid scenario document as the project file stores it (JSON) and the forms edit it.
 * Every constraint carries a message naming the field, shown next to the field in forms and printed by
 * the CLI. Units are in the field names. Defaults are the values a new scenario starts with.
 */
import { z } from 'zod';
import { ALLOWED_STEP_MINUTES } from '../core/timeline';
import { pvArraySchema } from '../pv/pvArray';
import { horizonProfileSchema } from '../solar/horizon';
import { CLIMATE_ZONES } from '../project/schemas';
import { AGEING_PRESETS } from '../storage/ageingParams';
import { syntheticLoadSpecSchema } from '../loads/synthetic/syntheticLoadSpec';
import { offPeakRangesSchema } from '../tariffs/offPeakHours';

const num = (field: string) => z.number({ error: `${field} must be a number` });
const nonNeg = (field: string) => num(field).min(0, `${field} must be ≥ 0`);
const positive = (field: string) => num(field).positive(`${field} must be > 0`);
const fraction = (field: string) => num(field).min(0, `${field} must be between 0 and 1`).max(1, `${field} must be between 0 and 1`);
const hour = (field: string) => num(field).min(0, `${field} must be between 0 and 24 h`).max(24, `${field} must be between 0 and 24 h`);

export const siteSchema = z.object({
  name: z.string({ error: 'site.name must be text' }).trim().min(1, 'site.name is required').max(120, 'site.name: 120 characters at most'),
  latDeg: num('site.latDeg').min(-90, 'site.latDeg must be between −90 and 90°').max(90, 'site.latDeg must be between −90 and 90°'),
  lonDeg: num('site.lonDeg').min(-180, 'site.lonDeg must be between −180 and 180°').max(180, 'site.lonDeg must be between −180 and 180°'),
  elevationM: num('site.elevationM').min(-430, 'site.elevationM must be between −430 and 4810 m').max(4810, 'site.elevationM must be between −430 and 4810 m').default(0),
  climateZone: z.enum(CLIMATE_ZONES, { error: 'site.climateZone must be one of H1a…H3' }).optional(),
  /** Far horizon (skyline elevation by azimuth, e.g. PVGIS "horizon" or a survey): hides the sun's beam from the PV arrays. */
  horizon: horizonProfileSchema.optional(),
}, { error: 'site is required: { name, latDeg, lonDeg, elevationM }' });

export const periodSchema = z.object({
  year: num('period.year').int('period.year must be a whole year').min(2000, 'period.year must be between 2000 and 2100').max(2100, 'period.year must be between 2000 and 2100'),
  stepMinutes: z.union([z.literal(1), z.literal(5), z.literal(10), z.literal(15), z.literal(30), z.literal(60)], {
    error: `period.stepMinutes must be one of ${ALLOWED_STEP_MINUTES.join(', ')}`,
  }),
}, { error: 'period is required: { year, stepMinutes }' });

export const weatherSourceSchema = z.discriminatedUnion(
  'source',
  [
    z.object({ source: z.literal('synthetic'), seed: num('weather.seed').int('weather.seed must be an integer').default(1) }),
    z.object({ source: z.literal('imported'), referenceId: z.string({ error: 'weather.referenceId must be text' }).min(1, 'weather.referenceId is required') }),
  ],
  { error: 'weather.source must be "synthetic" or "imported"' },
);

export const packSchema = z
  .object({
    name: z.string().default('pack'),
    /** Identical packs described once. */
    count: num('pack.count').int('pack.count must be a whole number').min(1, 'pack.count must be ≥ 1').max(1000, 'pack.count must be ≤ 1000').default(1),
    nominalKwh: positive('pack.nominalKwh').max(100_000, 'pack.nominalKwh must be ≤ 100 000'),
    stateOfHealth: num('pack.stateOfHealth').min(0.3, 'pack.stateOfHealth must be between 0.3 and 1').max(1, 'pack.stateOfHealth must be between 0.3 and 1'),
    maxChargeKw: positive('pack.maxChargeKw'),
    maxDischargeKw: positive('pack.maxDischargeKw'),
    roundTripEfficiency: num('pack.roundTripEfficiency').min(0.5, 'pack.roundTripEfficiency must be between 0.5 and 1').max(1, 'pack.roundTripEfficiency must be between 0.5 and 1'),
    socMin: fraction('pack.socMin').default(0.1),
    socMax: fraction('pack.socMax').default(0.95),
    initialSoc: fraction('pack.initialSoc').default(0.5),
    selfDischargePctPerMonth: num('pack.selfDischargePctPerMonth').min(0, 'pack.selfDischargePctPerMonth must be between 0 and 30 %').max(30, 'pack.selfDischargePctPerMonth must be between 0 and 30 %').default(2),
    chemistry: z
      .object({
        ageingModel: z.enum(Object.keys(AGEING_PRESETS) as [keyof typeof AGEING_PRESETS, ...(keyof typeof AGEING_PRESETS)[]], {
          error: `pack.chemistry.ageingModel must be one of ${Object.keys(AGEING_PRESETS).join(', ')}`,
        }),
      })
      .default({ ageingModel: 'nmc-sam' }),
  })
  .refine((p) => p.socMin < p.socMax, { message: 'pack.socMin must be below pack.socMax', path: ['socMin'] });

export const storageSchema = z.object({
  containers: z.array(z.object({ name: z.string().default('container'), packs: z.array(packSchema).min(1, 'a container needs at least one pack') })).default([]),
  endOfLifeSoh: num('storage.endOfLifeSoh').min(0.3, 'storage.endOfLifeSoh must be between 0.3 and 0.95').max(0.95, 'storage.endOfLifeSoh must be between 0.3 and 0.95').default(0.6),
  tempOffsetC: num('storage.tempOffsetC').min(-20, 'storage.tempOffsetC must be between −20 and 30 °C').max(30, 'storage.tempOffsetC must be between −20 and 30 °C').default(3),
});

const dayLawSchema = (which: string) =>
  z.object({
    probability: fraction(`${which}.probability`),
    arrivalHourMean: hour(`${which}.arrivalHourMean`),
    arrivalHourSd: nonNeg(`${which}.arrivalHourSd`).max(12, `${which}.arrivalHourSd must be ≤ 12 h`),
    dwellHoursMean: num(`${which}.dwellHoursMean`).min(0.5, `${which}.dwellHoursMean must be between 0.5 and 48 h`).max(48, `${which}.dwellHoursMean must be between 0.5 and 48 h`),
    dwellHoursSd: nonNeg(`${which}.dwellHoursSd`).max(24, `${which}.dwellHoursSd must be ≤ 24 h`),
    distanceKmMean: nonNeg(`${which}.distanceKmMean`).max(1000, `${which}.distanceKmMean must be ≤ 1000 km`),
    distanceKmSd: nonNeg(`${which}.distanceKmSd`).max(500, `${which}.distanceKmSd must be ≤ 500 km`),
    arrivalSocMean: fraction(`${which}.arrivalSocMean`).default(0.5),
    arrivalSocSd: fraction(`${which}.arrivalSocSd`).default(0.1),
  });

export const explicitSessionSchema = z
  .object({
    arrival: z.iso.datetime({ offset: true, error: 'session.arrival must be an ISO date-time with offset, e.g. 2025-07-01T18:00:00+02:00' }),
    departure: z.iso.datetime({ offset: true, error: 'session.departure must be an ISO date-time with offset' }),
    requestedKwh: nonNeg('session.requestedKwh').optional(),
    distanceKm: nonNeg('session.distanceKm').optional(),
    arrivalSoc: fraction('session.arrivalSoc').default(0.5),
  })
  .refine((s) => Date.parse(s.departure) > Date.parse(s.arrival), { message: 'session.departure must be after session.arrival', path: ['departure'] })
  .refine((s) => s.requestedKwh !== undefined || s.distanceKm !== undefined, { message: 'session needs requestedKwh or distanceKm', path: ['requestedKwh'] });

export const sessionsSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('list'), items: z.array(explicitSessionSchema) }),
    z.object({
      kind: z.literal('generator'),
      seed: num('sessions.seed').int('sessions.seed must be an integer'),
      weekday: dayLawSchema('sessions.weekday'),
      weekend: dayLawSchema('sessions.weekend'),
    }),
  ],
  { error: 'vehicle.sessions.kind must be "list" or "generator"' },
);

export const vehicleSchema = z.object({
  id: z.string({ error: 'vehicle.id must be text' }).min(1, 'vehicle.id is required'),
  group: z.string().min(1, 'vehicle.group is required').default('vehicles'),
  count: num('vehicle.count').int('vehicle.count must be a whole number').min(1, 'vehicle.count must be ≥ 1').max(500, 'vehicle.count must be ≤ 500').default(1),
  batteryKwh: positive('vehicle.batteryKwh').max(300, 'vehicle.batteryKwh must be ≤ 300'),
  consumptionKwhPer100km: positive('vehicle.consumptionKwhPer100km').max(100, 'vehicle.consumptionKwhPer100km must be ≤ 100'),
  acChargerKw: positive('vehicle.acChargerKw').max(50, 'vehicle.acChargerKw must be ≤ 50 (AC charging)'),
  v2gKw: nonNeg('vehicle.v2gKw').max(50, 'vehicle.v2gKw must be ≤ 50').default(0),
  /** Bidirectional AC round trip, ≈ 0.87 for a V2G Renault ZOE. */
  v2gRoundTripEfficiency: num('vehicle.v2gRoundTripEfficiency').min(0.5, 'vehicle.v2gRoundTripEfficiency must be between 0.5 and 1').max(1, 'vehicle.v2gRoundTripEfficiency must be between 0.5 and 1').default(0.87),
  v2gMinSoc: fraction('vehicle.v2gMinSoc').default(0.3),
  socMax: fraction('vehicle.socMax').default(1),
  sessions: sessionsSchema,
});

export const CHARGING_POLICIES = ['uncontrolled', 'smart-llf', 'solar-following', 'off-peak', 'v2g'] as const;

export const loadsSchema = z.discriminatedUnion(
  'source',
  [
    /** One or several synthetic components (the loads engineer's specs), summed. */
    z.object({ source: z.literal('synthetic'), components: z.array(syntheticLoadSpecSchema).min(1, 'loads.components needs at least one load') }),
    z.object({ source: z.literal('imported'), referenceId: z.string().min(1, 'loads.referenceId is required') }),
  ],
  { error: 'loads.source must be "synthetic" or "imported"' },
);

export const sheddableLoadSchema = z.object({
  name: z.string().min(1, 'sheddableLoads.name is required'),
  /** 0 is shed first. */
  priority: num('sheddableLoads.priority').int('sheddableLoads.priority must be a whole number').min(0, 'sheddableLoads.priority must be ≥ 0'),
  /** Part of the site load this class represents at every step. */
  fractionOfLoad: fraction('sheddableLoads.fractionOfLoad'),
  shedPenaltyEurPerKwh: nonNeg('sheddableLoads.shedPenaltyEurPerKwh').default(1),
  /**
   * Optional event rules (the loads module's SheddableLoadState): longest event, pause between events,
   * share of the shed energy consumed again afterwards and its delay. Without maxDurationMinutes the
   * class may be shed at any time with no rebound.
   */
  maxDurationMinutes: positive('sheddableLoads.maxDurationMinutes').optional(),
  minGapMinutes: nonNeg('sheddableLoads.minGapMinutes').default(0),
  reboundFraction: num('sheddableLoads.reboundFraction').min(0, 'sheddableLoads.reboundFraction must be between 0 and 1.5').max(1.5, 'sheddableLoads.reboundFraction must be between 0 and 1.5').default(0),
  reboundDelayMinutes: nonNeg('sheddableLoads.reboundDelayMinutes').default(0),
});

export const shiftableLoadSchema = z
  .object({
    name: z.string().min(1, 'shiftableLoads.name is required'),
    energyKwhPerDay: positive('shiftableLoads.energyKwhPerDay'),
    powerKw: positive('shiftableLoads.powerKw'),
    earliestStartHour: hour('shiftableLoads.earliestStartHour'),
    latestEndHour: hour('shiftableLoads.latestEndHour'),
  })
  .refine((s) => s.energyKwhPerDay / s.powerKw <= ((s.latestEndHour - s.earliestStartHour + 24) % 24 || 24), {
    message: 'shiftableLoads: energyKwhPerDay / powerKw must fit between earliestStartHour and latestEndHour',
    path: ['energyKwhPerDay'],
  });

export const tariffSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('flat'), eurPerKwh: nonNeg('tariff.eurPerKwh') }),
    /** EDF Tempo (models/tariffs): regulated prices by default, day colours from the weather's temperature. */
    z.object({ kind: z.literal('tempo') }),
    z.object({
      kind: z.literal('peak-offpeak'),
      peakEurPerKwh: nonNeg('tariff.peakEurPerKwh'),
      offPeakEurPerKwh: nonNeg('tariff.offPeakEurPerKwh'),
      offPeakRanges: offPeakRangesSchema.default(['22:00-06:00']),
    }),
    /** A price series imported into the project (models/imports/priceCsv.ts), placed on the scenario's timeline by models/imports/seriesOnTimeline.ts. */
    z.object({
      kind: z.literal('imported'),
      referenceId: z.string({ error: 'grid.tariff.referenceId must be text' }).min(1, 'grid.tariff.referenceId is required: choose an imported price series'),
    }),
  ],
  { error: 'grid.tariff.kind must be "flat", "peak-offpeak", "tempo" or "imported"' },
);

export const co2Schema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('constant'), kgPerKwh: nonNeg('co2.kgPerKwh').max(2, 'co2.kgPerKwh must be ≤ 2') }),
    z.object({ kind: z.literal('monthly'), kgPerKwh: z.array(nonNeg('co2.kgPerKwh').max(2, 'co2.kgPerKwh must be ≤ 2')).length(12, 'co2.kgPerKwh needs 12 monthly values') }),
    /** A CO2 intensity series imported into the project (models/imports/co2Csv.ts). */
    z.object({
      kind: z.literal('imported'),
      referenceId: z.string({ error: 'grid.co2.referenceId must be text' }).min(1, 'grid.co2.referenceId is required: choose an imported CO2 series'),
    }),
  ],
  { error: 'grid.co2.kind must be "constant", "monthly" or "imported"' },
);

export const gridSchema = z.object({
  mode: z.enum(['connected', 'islanded'], { error: 'grid.mode must be "connected" or "islanded"' }),
  /** null = no limit. */
  importLimitKw: nonNeg('grid.importLimitKw').nullable().default(null),
  exportLimitKw: nonNeg('grid.exportLimitKw').nullable().default(null),
  tariff: tariffSchema,
  surplusPriceEurPerKwh: num('grid.surplusPriceEurPerKwh').min(-1, 'grid.surplusPriceEurPerKwh must be between −1 and 1').max(1, 'grid.surplusPriceEurPerKwh must be between −1 and 1').default(0),
  co2: co2Schema.default({ kind: 'constant', kgPerKwh: 0.052 }),
  unservedPenaltyEurPerKwh: nonNeg('grid.unservedPenaltyEurPerKwh').default(10),
}, { error: 'grid is required: { mode, tariff, … }' });

export const dispatchSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('self-consumption') }),
    z.object({ kind: z.literal('offpeak-charging'), targetSoc: fraction('dispatch.targetSoc').default(0.9) }),
    z.object({ kind: z.literal('peak-shaving'), capKw: nonNeg('dispatch.capKw') }),
    z.object({ kind: z.literal('islanded-shedding'), reserveSoc: fraction('dispatch.reserveSoc').default(0.2) }),
    z.object({ kind: z.literal('optimal'), horizonHours: num('dispatch.horizonHours').min(24, 'dispatch.horizonHours must be between 24 and 48').max(48, 'dispatch.horizonHours must be between 24 and 48').default(48) }),
  ],
  { error: 'dispatch.kind must be self-consumption, offpeak-charging, peak-shaving, islanded-shedding or optimal' },
);

export const economicsSchema = z.object({
  capex: z
    .object({
      pvEurPerKwp: nonNeg('economics.capex.pvEurPerKwp').default(1300),
      storageEurPerKwh: nonNeg('economics.capex.storageEurPerKwh').default(250),
      chargerEurEach: nonNeg('economics.capex.chargerEurEach').default(1500),
      otherEur: nonNeg('economics.capex.otherEur').default(0),
    })
    .default({ pvEurPerKwp: 1300, storageEurPerKwh: 250, chargerEurEach: 1500, otherEur: 0 }),
  opexEurPerYear: nonNeg('economics.opexEurPerYear').default(0),
  storageReplacementEurPerKwh: nonNeg('economics.storageReplacementEurPerKwh').default(150),
  subsidiesEur: nonNeg('economics.subsidiesEur').default(0),
  discountRate: num('economics.discountRate').min(0, 'economics.discountRate must be between 0 and 0.3').max(0.3, 'economics.discountRate must be between 0 and 0.3').default(0.04),
  projectLifeYears: num('economics.projectLifeYears').int('economics.projectLifeYears must be whole years').min(1, 'economics.projectLifeYears must be between 1 and 50').max(50, 'economics.projectLifeYears must be between 1 and 50').default(20),
  energyPriceEscalation: num('economics.energyPriceEscalation').min(-0.1, 'economics.energyPriceEscalation must be between −0.1 and 0.2').max(0.2, 'economics.energyPriceEscalation must be between −0.1 and 0.2').default(0.02),
});

export const microgridScenarioSchema = z.object({
  schemaVersion: z.literal(1, { error: 'schemaVersion must be 1' }).default(1),
  name: z.string({ error: 'name must be text' }).trim().min(1, 'name is required').max(200, 'name: 200 characters at most'),
  site: siteSchema,
  period: periodSchema,
  weather: weatherSourceSchema,
  pvArrays: z.array(pvArraySchema).default([]),
  storage: storageSchema.default({ containers: [], endOfLifeSoh: 0.6, tempOffsetC: 3 }),
  vehicles: z.array(vehicleSchema).default([]),
  chargingPolicy: z.enum(CHARGING_POLICIES, { error: `chargingPolicy must be one of ${CHARGING_POLICIES.join(', ')}` }).default('smart-llf'),
  loads: loadsSchema,
  sheddableLoads: z.array(sheddableLoadSchema).default([]),
  shiftableLoads: z.array(shiftableLoadSchema).default([]),
  grid: gridSchema,
  dispatch: dispatchSchema,
  economics: economicsSchema.default({
    capex: { pvEurPerKwp: 1300, storageEurPerKwh: 250, chargerEurEach: 1500, otherEur: 0 },
    opexEurPerYear: 0,
    storageReplacementEurPerKwh: 150,
    subsidiesEur: 0,
    discountRate: 0.04,
    projectLifeYears: 20,
    energyPriceEscalation: 0.02,
  }),
});

export type MicrogridScenario = z.output<typeof microgridScenarioSchema>;
export type MicrogridScenarioInput = z.input<typeof microgridScenarioSchema>;

/** Validates a scenario document; on error, one line per issue: `path: message`. */
export function parseMicrogridScenario(doc: unknown): { ok: true; value: MicrogridScenario } | { ok: false; issues: { path: string; message: string }[] } {
  const r = microgridScenarioSchema.safeParse(doc);
  if (r.success) return { ok: true, value: r.data };
  return { ok: false, issues: r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) };
}
