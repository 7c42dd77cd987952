/**
 * Territory portfolio for the flexibility workspace: sites (municipal buildings, housing,
 * lighting networks, water works) and their flexible assets. Shared by forms, IPC, the sites CSV
 * importer and the CLI; messages name the field at fault. Assets left out are filled with the
 * defaults of the building type (defaults.ts).
 */
import { z } from 'zod';
import { prmSchema } from '../acc/prm';

export const BUILDING_TYPES = ['school', 'office', 'townHall', 'library', 'gym', 'nursery', 'housing', 'waterworks', 'streetLighting', 'workshop'] as const;
export type BuildingType = (typeof BUILDING_TYPES)[number];

const pos = (field: string) => z.number({ message: `${field} must be a number` }).positive(`${field} must be > 0`);
const nonNeg = (field: string) => z.number({ message: `${field} must be a number` }).nonnegative(`${field} must be ≥ 0`);
const hour = (field: string) => z.number({ message: `${field} must be a number` }).min(0, `${field} must be within 0–24`).max(24, `${field} must be within 0–24`);
const count = z.number().int('count must be an integer').min(1, 'count must be ≥ 1').default(1);

export const waterHeaterSchema = z
  .object({
    kind: z.literal('waterHeater'),
    count,
    tankLitres: pos('tankLitres'),
    powerKw: pos('powerKw'),
    /** Service floor: the water never goes below it (hygiene and comfort). */
    minTempC: z.number().default(50),
    setpointC: z.number().default(60),
    /** Ceiling when heating on request (scalding and scaling limit). */
    maxTempC: z.number().default(70),
    coldWaterC: z.number().default(12),
    ambientC: z.number().default(18),
    /** Standby loss coefficient UA, W/K (a 200 L class-C tank: about 1.5 W/K). */
    lossWPerK: pos('lossWPerK').default(1.5),
    dailyDrawLitres: nonNeg('dailyDrawLitres'),
    /** Off-peak window the baseline heats in (local hours). */
    offPeakFromH: hour('offPeakFromH').default(22),
    offPeakToH: hour('offPeakToH').default(6),
  })
  .refine((w) => w.minTempC < w.setpointC && w.setpointC <= w.maxTempC, { message: 'waterHeater: need minTempC < setpointC ≤ maxTempC', path: ['setpointC'] });

export const heatingSchema = z
  .object({
    kind: z.literal('heating'),
    system: z.enum(['resistive', 'heatPump']).default('resistive'),
    /** Electric power available, kW. */
    powerKw: pos('powerKw'),
    /** Heat-transfer coefficient H = 1/R, kW/K (transmission + ventilation). */
    heatLossKwPerK: pos('heatLossKwPerK'),
    /** Effective heat capacity C, kWh/K. */
    capacityKwhPerK: pos('capacityKwhPerK'),
    setpointC: z.number().default(19),
    setbackC: z.number().default(16),
    /** Comfort band during occupancy. */
    bandMinC: z.number().default(18),
    bandMaxC: z.number().default(21),
    /** Floor when unoccupied (frost and building protection). */
    unoccupiedMinC: z.number().default(14),
    internalGainsKw: nonNeg('internalGainsKw').default(0),
    /** Heat-pump sink (flow) temperature for the COP, °C. */
    sinkTempC: z.number().default(40),
  })
  .refine((h) => h.bandMinC <= h.setpointC && h.setpointC <= h.bandMaxC, { message: 'heating: need bandMinC ≤ setpointC ≤ bandMaxC', path: ['setpointC'] })
  .refine((h) => h.unoccupiedMinC <= h.setbackC, { message: 'heating: need unoccupiedMinC ≤ setbackC', path: ['setbackC'] });

export const evSchema = z.object({
  kind: z.literal('ev'),
  count,
  powerKw: pos('powerKw'),
  arrivalH: hour('arrivalH'),
  departureH: hour('departureH'),
  /** Energy each car needs per session, kWh. */
  energyKwh: pos('energyKwh'),
  /** Days a session starts (0 = Monday … 6 = Sunday). */
  days: z.array(z.number().int().min(0).max(6)).default([0, 1, 2, 3, 4]),
});

export const batterySchema = z
  .object({
    kind: z.literal('battery'),
    capacityKwh: pos('capacityKwh'),
    powerKw: pos('powerKw'),
    socMin: z.number().min(0).max(1).default(0.1),
    socMax: z.number().min(0).max(1).default(0.9),
    socTarget: z.number().min(0).max(1).default(0.5),
    roundTripEfficiency: z.number().gt(0).max(1).default(0.9),
  })
  .refine((b) => b.socMin <= b.socTarget && b.socTarget <= b.socMax, { message: 'battery: need socMin ≤ socTarget ≤ socMax', path: ['socTarget'] });

export const lightingSchema = z.object({
  kind: z.literal('lighting'),
  powerKw: pos('powerKw'),
  /** Lowest level that still meets the lighting need (EN 13201 class change), fraction of full power. */
  minDimFraction: z.number().min(0).max(1).default(0.5),
});

export const pumpSchema = z
  .object({
    kind: z.literal('pump'),
    powerKw: pos('powerKw'),
    flowM3PerH: pos('flowM3PerH'),
    reservoirM3: pos('reservoirM3'),
    minFraction: z.number().min(0).max(1).default(0.3),
    maxFraction: z.number().min(0).max(1).default(0.95),
    demandM3PerDay: nonNeg('demandM3PerDay'),
    offPeakFromH: hour('offPeakFromH').default(22),
    offPeakToH: hour('offPeakToH').default(6),
  })
  .refine((p) => p.minFraction < p.maxFraction, { message: 'pump: need minFraction < maxFraction', path: ['minFraction'] })
  .refine((p) => p.flowM3PerH * 24 > p.demandM3PerDay, { message: 'pump: the pump cannot meet the daily demand', path: ['flowM3PerH'] });

export const processSchema = z.object({
  kind: z.literal('process'),
  powerKw: pos('powerKw'),
  sheddableFraction: z.number().min(0).max(1),
  maxShedH: pos('maxShedH'),
  fromH: hour('fromH').default(8),
  toH: hour('toH').default(17),
  days: z.array(z.number().int().min(0).max(6)).default([0, 1, 2, 3, 4]),
});

export const assetSchema = z.discriminatedUnion('kind', [waterHeaterSchema, heatingSchema, evSchema, batterySchema, lightingSchema, pumpSchema, processSchema]);
export type FlexAsset = z.output<typeof assetSchema>;
export type FlexAssetInput = z.input<typeof assetSchema>;

export const siteSchema = z.object({
  name: z.string().trim().min(1, 'name must not be empty'),
  buildingType: z.enum(BUILDING_TYPES, { message: `buildingType must be one of ${BUILDING_TYPES.join(', ')}` }),
  latDeg: z.number({ message: 'latDeg must be a number' }).min(-90, 'latDeg must be ≥ -90').max(90, 'latDeg must be ≤ 90'),
  lonDeg: z.number({ message: 'lonDeg must be a number' }).min(-180, 'lonDeg must be ≥ -180').max(180, 'lonDeg must be ≤ 180'),
  annualKwh: pos('annualKwh'),
  subscribedKva: pos('subscribedKva'),
  prm: prmSchema,
  /** Electric space heating, used by the defaults when assets are omitted. */
  electricHeating: z.enum(['none', 'resistive', 'heatPump'], { message: 'electricHeating must be none, resistive or heatPump' }).default('resistive'),
  /** Omitted: defaults of the building type, sized from annualKwh. */
  assets: z.array(assetSchema).optional(),
});
export type FlexSite = z.output<typeof siteSchema>;
export type FlexSiteInput = z.input<typeof siteSchema>;

export const flexSettingsSchema = z.object({
  year: z.number().int().min(2000).max(2100).default(2025),
  stepMinutes: z.union([z.literal(15), z.literal(30), z.literal(60)]).default(60),
  /** How far ahead a deviation is followed to measure its hold duration, h. */
  horizonH: pos('horizonH').default(24),
  /** Duration the "firm" power must be held, h (Tempo red-day blocks are 16 h; EcoWatt 2–5 h). */
  firmDurationH: pos('firmDurationH').default(2),
  bidThresholdKw: pos('bidThresholdKw').default(100),
  confidence: z.number().gt(0, 'confidence must be > 0').lt(1, 'confidence must be < 1').default(0.9),
  capacityEurPerMwYear: nonNeg('capacityEurPerMwYear').default(30_000),
  energyEurPerMwh: nonNeg('energyEurPerMwh').default(150),
  reboundEurPerMwh: nonNeg('reboundEurPerMwh').default(60),
  redDays: z.number().int().min(0).max(22).default(22),
  ecowattDays: z.number().int().min(0).max(30).default(5),
});
export type FlexSettings = z.output<typeof flexSettingsSchema>;

export const portfolioSchema = z
  .object({
    name: z.string().trim().min(1, 'name must not be empty'),
    sites: z.array(siteSchema).min(1, 'sites: a portfolio needs at least one site'),
    settings: flexSettingsSchema.default(flexSettingsSchema.parse({})),
  })
  .superRefine((p, ctx) => {
    const seen = new Map<string, number>();
    p.sites.forEach((s, i) => {
      const j = seen.get(s.prm);
      if (j !== undefined) ctx.addIssue({ code: 'custom', path: ['sites', i, 'prm'], message: `PRM ${s.prm} is already used by site ${j + 1}` });
      seen.set(s.prm, i);
    });
  });
export type Portfolio = z.output<typeof portfolioSchema>;
export type PortfolioInput = z.input<typeof portfolioSchema>;
