/**
 * zod schema of SystemsInput (types.ts). Errors name the offending field path, e.g.
 * "installations.heating.0.generators.1.typeId: expected a positive integer".
 */
import { z } from 'zod';
import type { SystemsInput } from './types';

const id = z.number().int().positive();
const optId = id.optional();
const positive = z.number().positive();
const nonNeg = z.number().min(0);
const months = z.array(nonNeg).length(12);

const emitter = z.object({
  surfaceM2: nonNeg,
  emissionTypeId: id,
  tvReId: optId,
  tvRdId: optId,
  tvRrId: optId,
  tvI0Id: optId,
  tempDistributionId: optId,
  emitterPeriodId: optId,
  linkId: id,
  heatingTypeId: optId,
  intermittenceId: optId,
  roomRegulationId: optId,
  insulatedNetwork: z.boolean().optional(),
});

const heatingGenerator = z.object({
  description: z.string(),
  typeId: id,
  energyId: id,
  usageId: id,
  linkId: id,
  inHeatedVolume: z.boolean(),
  tvCombustionId: optId,
  tvScopId: optId,
  tvTempFonc30Id: optId,
  tvTempFonc100Id: optId,
  hasFan: z.boolean(),
  hasCombustionRegulation: z.boolean(),
  networkId: z.string().optional(),
  radiatorCount: z.number().int().positive().optional(),
  installYear: z.number().int().optional(),
});

const dhwGenerator = z.object({
  description: z.string(),
  typeId: id,
  energyId: id,
  usageId: id,
  inHeatedVolume: z.boolean(),
  tvCombustionId: optId,
  tvScopId: optId,
  tvStorageLossId: optId,
  storageTypeId: optId,
  storageVolumeL: nonNeg,
  hasFan: z.boolean(),
  networkId: z.string().optional(),
  installYear: z.number().int().optional(),
  thermoPeriodId: optId,
});

export const systemsInputSchema = z.object({
  surfaceM2: positive,
  buildingType: z.enum(['maison', 'appartement', 'immeuble']),
  dwellingCount: z.number().int().positive(),
  buildingSurfaceM2: positive.optional(),
  needSurfaceM2: positive.optional(),
  zone: z.enum(['H1a', 'H1b', 'H1c', 'H2a', 'H2b', 'H2c', 'H2d', 'H3']),
  altitudeClass: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  dpeDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'),
  constructionYear: z.number().int().optional(),
  inertiaClassId: optId,
  ceilingHeightM: positive,
  gvWK: positive,
  climate: z.object({
    tbaseC: z.number(),
    nrefMonthlyH: months,
    textMonthlyC: z.array(z.number()).length(12).optional(),
    dh14MonthlyKh: months.optional(),
  }),
  besoinChKwh: nonNeg,
  besoinChMonthlyKwh: months.optional(),
  besoinEcsKwh: nonNeg,
  besoinFrKwh: nonNeg,
  installations: z.object({
    heating: z.array(
      z.object({
        surfaceM2: nonNeg,
        configId: id,
        installationTypeId: id,
        levels: z.number().min(0),
        solarFraction: z.number().min(0).max(1).optional(),
        dwellingShare: z.number().positive().max(1).optional(),
        virtualisationRatio: z.number().positive().max(1).optional(),
        inertiaClassId: optId,
        emitters: z.array(emitter),
        generators: z.array(heatingGenerator),
      }),
    ),
    dhw: z.array(
      z.object({
        surfaceM2: nonNeg,
        configId: id,
        installationTypeId: id,
        levels: z.number().min(0),
        tvRdId: optId,
        loopId: optId,
        insulatedNetwork: z.boolean(),
        solarFraction: z.number().min(0).max(1).optional(),
        dwellingCount: z.number().int().positive(),
        dwellingShare: z.number().positive().max(1).optional(),
        virtualisationRatio: z.number().positive().max(1).optional(),
        generators: z.array(dhwGenerator),
      }),
    ),
    cooling: z.array(z.object({ surfaceM2: nonNeg, tvSeerId: optId, periodId: optId, energyId: id })),
    ventilation: z.array(z.object({ typeId: id, surfaceM2: nonNeg })),
    pv: z.array(z.object({ areaM2: nonNeg, orientationId: optId, tiltId: optId })),
  }),
});

export function parseSystemsInput(input: unknown): SystemsInput {
  const r = systemsInputSchema.safeParse(input);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new Error(`${issue.path.join('.') || 'input'}: ${issue.message}`);
  }
  return r.data as SystemsInput;
}
