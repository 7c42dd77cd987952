/**
 * Schemas of a collective self-consumption operation (Code de l'énergie L315-2 ff.): shared by
 * the CLI, the IPC layer and project files. Messages name the field at fault.
 */
import { z } from 'zod';
import { prmSchema } from './prm';
import { accPricesSchema } from './bill';
import { DEROGATIONS } from './perimeter';

export const ACC_STEP_MINUTES = [15, 30] as const;

export const accParticipantSchema = z.object({
  prm: prmSchema,
  name: z.string().optional(),
  role: z.enum(['producer', 'consumer'], { message: 'role must be "producer" or "consumer"' }),
  latDeg: z.number({ message: 'latDeg must be a number' }).min(-90, 'latDeg must be ≥ -90').max(90, 'latDeg must be ≤ 90'),
  lonDeg: z.number({ message: 'lonDeg must be a number' }).min(-180, 'lonDeg must be ≥ -180').max(180, 'lonDeg must be ≤ 180'),
  /** Producers: peak power (kWc for PV), used for the perimeter's power cap. */
  peakKw: z.number().nonnegative('peakKw must be ≥ 0').optional(),
  /** Consumers, priority key: 1 is served first. */
  priority: z.number().int('priority must be an integer').min(1, 'priority must be ≥ 1').optional(),
  /** Consumers, static key: fixed share of production, fraction in [0, 1]. */
  share: z.number().min(0, 'share must be ≥ 0').max(1, 'share must be ≤ 1 (a fraction)').optional(),
  /** Consumers, ratios key: relative weight ≥ 0. */
  ratio: z.number().nonnegative('ratio must be ≥ 0').optional(),
});
export type AccParticipant = z.output<typeof accParticipantSchema>;

export const accOperationSchema = z
  .object({
    name: z.string().min(1, 'name must not be empty'),
    timeline: z.object({
      startUtcMs: z.number().int('timeline.startUtcMs must be an integer'),
      stepMinutes: z.union([z.literal(15), z.literal(30)], { message: 'timeline.stepMinutes must be 15 or 30' }),
      length: z.number().int().positive('timeline.length must be > 0'),
    }),
    participants: z.array(accParticipantSchema).min(2, 'participants: an operation needs at least one producer and one consumer'),
    /** Energy per step, kWh, by PRM, aligned on the timeline. */
    curvesKwh: z.record(z.string(), z.custom<Float64Array>((v) => v instanceof Float64Array, { message: 'curves must be Float64Array' })),
  })
  .superRefine((op, ctx) => {
    const seen = new Set<string>();
    op.participants.forEach((p, i) => {
      if (seen.has(p.prm)) ctx.addIssue({ code: 'custom', path: ['participants', i, 'prm'], message: `PRM ${p.prm} appears twice` });
      seen.add(p.prm);
      const curve = op.curvesKwh[p.prm];
      if (!curve) {
        ctx.addIssue({ code: 'custom', path: ['curvesKwh', p.prm], message: `no curve for participant ${p.prm}` });
        return;
      }
      if (curve.length !== op.timeline.length) {
        ctx.addIssue({ code: 'custom', path: ['curvesKwh', p.prm], message: `curve of ${p.prm} has ${curve.length} steps, the timeline ${op.timeline.length}` });
        return;
      }
      for (let t = 0; t < curve.length; t++) {
        if (!(curve[t] >= 0) || !Number.isFinite(curve[t])) {
          ctx.addIssue({ code: 'custom', path: ['curvesKwh', p.prm, t], message: `curve of ${p.prm}: step ${t} is ${curve[t]}, expected a finite kWh ≥ 0` });
          return;
        }
      }
    });
    if (!op.participants.some((p) => p.role === 'producer')) ctx.addIssue({ code: 'custom', path: ['participants'], message: 'participants: no producer' });
    if (!op.participants.some((p) => p.role === 'consumer')) ctx.addIssue({ code: 'custom', path: ['participants'], message: 'participants: no consumer' });
  });
export type AccOperation = z.output<typeof accOperationSchema>;

export const ACC_KEY_KINDS = ['static', 'default', 'priority', 'ratios'] as const;

export const accSettingsSchema = z.object({
  key: z.enum(ACC_KEY_KINDS, { message: 'key must be static, default, priority or ratios' }).default('default'),
  /** Date the perimeter rules are taken at, YYYY-MM-DD. */
  dateIso: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dateIso must be YYYY-MM-DD'),
  derogation: z.enum(DEROGATIONS).default('none'),
  zone: z.enum(['mainland', 'zni']).default('mainland'),
  prices: accPricesSchema.default(accPricesSchema.parse({})),
});
export type AccSettingsInput = z.input<typeof accSettingsSchema>;

/** zod's issues as one line naming the field: "participants.2.prm: a PRM is exactly 14 digits". */
export function formatIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') + ': ' : ''}${i.message}`).join('; ');
}
