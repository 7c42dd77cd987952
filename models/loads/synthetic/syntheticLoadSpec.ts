/** zod schemas of the synthetic load profiles; messages name the field. */
import { z } from 'zod';
import { offPeakRangeTextSchema, offPeakRangesSchema } from '../../tariffs/offPeakHours';
import { CLIMATE_ZONES, type ClimateZone } from './coldWaterTemperature';

const annualKwh = z
  .number({ error: 'annualKwh must be a number (kWh per year)' })
  .positive({ error: 'annualKwh must be > 0' })
  .finite({ error: 'annualKwh must be finite' });

export const thermoSensitiveSchema = z.object({
  /** Fraction of the annual energy that is electric heating, driven by heating degree-hours. */
  annualShare: z.number({ error: 'heating.annualShare must be a number' }).min(0, { error: 'heating.annualShare must be >= 0' }).max(1, { error: 'heating.annualShare must be <= 1' }),
  /** Heating starts below this outdoor temperature (°C). */
  baseTempC: z.number({ error: 'heating.baseTempC must be a number (°C)' }).min(5, { error: 'heating.baseTempC must be >= 5 °C' }).max(25, { error: 'heating.baseTempC must be <= 25 °C' }).default(15),
});

const building = { annualKwh, heating: thermoSensitiveSchema.optional() };

export const housingLoadSchema = z.object({ kind: z.literal('housing'), ...building });
export const officeLoadSchema = z.object({ kind: z.literal('office'), ...building });
export const schoolLoadSchema = z.object({ kind: z.literal('school'), ...building });
export const gymnasiumLoadSchema = z.object({ kind: z.literal('gymnasium'), ...building });
export const holidayVillageLoadSchema = z.object({ kind: z.literal('holidayVillage'), ...building });

export const publicLightingLoadSchema = z
  .object({
    kind: z.literal('publicLighting'),
    /** Either the annual energy or the installed power must be given. */
    annualKwh: annualKwh.optional(),
    installedKw: z.number({ error: 'installedKw must be a number (kW)' }).positive({ error: 'installedKw must be > 0' }).optional(),
    /** Lamps are on while the sun is below this elevation (degrees); −0.833° is apparent sunset/sunrise. */
    switchElevationDeg: z.number({ error: 'switchElevationDeg must be a number (degrees)' }).min(-12, { error: 'switchElevationDeg must be >= -12°' }).max(5, { error: 'switchElevationDeg must be <= 5°' }).default(-0.833),
    /** Night dimming or switch-off (extinction en cœur de nuit): power fraction kept between two local times. */
    nightCut: z
      .object({
        range: offPeakRangeTextSchema,
        remainingFraction: z.number({ error: 'nightCut.remainingFraction must be a number' }).min(0, { error: 'nightCut.remainingFraction must be >= 0' }).max(1, { error: 'nightCut.remainingFraction must be <= 1' }),
      })
      .optional(),
  })
  .refine((s) => (s.annualKwh === undefined) !== (s.installedKw === undefined), { error: 'give exactly one of annualKwh or installedKw', path: ['annualKwh'] });

export const waterHeaterOffPeakLoadSchema = z.object({
  kind: z.literal('waterHeaterOffPeak'),
  annualKwh,
  /** Heating element power; default sized to deliver the coldest month's daily need in 75 % of the off-peak hours. */
  ratedKw: z.number({ error: 'ratedKw must be a number (kW)' }).positive({ error: 'ratedKw must be > 0' }).optional(),
  offPeakRanges: offPeakRangesSchema.default(['22:00-06:00']),
  /** 3CL climate zone of the site, for the monthly cold-water temperature. */
  climateZone: z.enum(CLIMATE_ZONES as [ClimateZone, ...ClimateZone[]], { error: 'climateZone must be one of H1a, H1b, H1c, H2a, H2b, H2c, H2d, H3' }).default('H1a'),
  altitudeM: z.number({ error: 'altitudeM must be a number (m)' }).min(-100, { error: 'altitudeM must be >= -100 m' }).max(5000, { error: 'altitudeM must be <= 5000 m' }).default(0),
});

export const syntheticLoadSpecSchema = z.discriminatedUnion(
  'kind',
  [housingLoadSchema, officeLoadSchema, schoolLoadSchema, gymnasiumLoadSchema, holidayVillageLoadSchema, publicLightingLoadSchema, waterHeaterOffPeakLoadSchema],
  { error: "kind must be one of 'housing', 'office', 'school', 'gymnasium', 'holidayVillage', 'publicLighting', 'waterHeaterOffPeak'" },
);

export type SyntheticLoadSpec = z.input<typeof syntheticLoadSpecSchema>;
export type ParsedSyntheticLoadSpec = z.output<typeof syntheticLoadSpecSchema>;
