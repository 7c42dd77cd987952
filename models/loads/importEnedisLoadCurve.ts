/**
 * Import of an Enedis load-curve file (customer-space CSV or SGE R63 CSV, detected automatically) from raw bytes
 * into energy per step (kWh) on a regular UTC timeline, with a report of gaps, duplicates and how gaps were filled.
 * Pure: the caller reads the file (main/services/loadFiles.ts).
 */
import { z } from 'zod';
import { ALLOWED_STEP_MINUTES, type Timeline } from '../core/timeline';
import { normalizeHeader, splitFields, splitLines } from './csvText';
import { type TextEncodingName, decodeText } from './decodeText';
import { isEnedisCustomerHeader, parseEnedisCustomerCsv } from './enedisCustomerCsv';
import { isEnedisR63Header, parseEnedisR63Csv } from './enedisR63Csv';
import { fillGaps, gapFillOptionsSchema } from './gapFill';
import { LoadFileError } from './loadFileError';
import type { LoadFileFormat, ParsedLoadFile } from './meterPoints';
import { STEP_QUALITY, resampleMeterPoints } from './resampleMeterPoints';

export const loadImportOptionsSchema = z.object({
  /** Target step; default = the finest step found in the file. */
  stepMinutes: z
    .number()
    .refine((v) => (ALLOWED_STEP_MINUTES as readonly number[]).includes(v), { error: `stepMinutes must be one of ${ALLOWED_STEP_MINUTES.join(', ')}` })
    .optional(),
  /** Customer-space files stamp the end of each interval; 'start' for re-exported files. */
  customerTimestampMarks: z.enum(['end', 'start'], { error: "customerTimestampMarks must be 'end' or 'start'" }).default('end'),
  gapFill: gapFillOptionsSchema.default({ maxInterpolationMinutes: 120, longGapMethod: 'previousWeek' }),
});
export type LoadImportOptions = z.input<typeof loadImportOptionsSchema>;

export type GapFilledBy = 'interpolation' | 'previousWeek' | 'nextWeek' | 'mixed' | 'partialStep' | 'unfilled';

export interface GapRange {
  readonly startUtcMs: number;
  readonly endUtcMs: number;
  readonly minutes: number;
  readonly filledBy: GapFilledBy;
}

export interface ImportedLoadCurve {
  readonly format: LoadFileFormat;
  readonly encoding: TextEncodingName;
  readonly prm: string;
  readonly timeline: Timeline;
  /** Energy drawn in each step, kWh (gaps filled unless gapFill.longGapMethod = 'none'; NaN where unfilled). */
  readonly energyKwh: Float64Array;
  /** STEP_QUALITY per step. */
  readonly quality: Uint8Array;
  readonly sourceStepsMinutes: number[];
  readonly pointCount: number;
  readonly missingValueCount: number;
  readonly estimatedPointCount: number;
  readonly measuredEnergyKwh: number;
  readonly gaps: { count: number; totalMinutes: number; longestMinutes: number; ranges: GapRange[] };
  readonly duplicates: { count: number; lines: number[] };
  readonly unfilledSteps: number;
}

export function detectLoadFileFormat(text: string): LoadFileFormat {
  const lines = splitLines(text);
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) throw new LoadFileError('the file is empty');
  const header = splitFields(lines[first]).map(normalizeHeader).join(';');
  if (isEnedisR63Header(header)) return 'enedis-r63-csv';
  if (isEnedisCustomerHeader(header)) return 'enedis-customer-csv';
  throw new LoadFileError('not an Enedis load curve: expected a customer-space header (Identifiant PRM;Type de donnees;…) or an R63 header (Identifiant PRM;…;Horodate;Valeur;Nature;Pas;…)', first + 1, 1);
}

export function parseEnedisLoadFile(text: string, options: { customerTimestampMarks?: 'end' | 'start' } = {}): ParsedLoadFile {
  return detectLoadFileFormat(text) === 'enedis-r63-csv'
    ? parseEnedisR63Csv(text)
    : parseEnedisCustomerCsv(text, { timestampMarks: options.customerTimestampMarks });
}

export function importEnedisLoadCurve(bytes: Uint8Array, options: LoadImportOptions = {}): ImportedLoadCurve {
  const parsedOptions = loadImportOptionsSchema.safeParse(options);
  if (!parsedOptions.success) throw new LoadFileError(`options: ${parsedOptions.error.issues.map((x) => x.message).join('; ')}`);
  const opts = parsedOptions.data;
  const { text, encoding } = decodeText(bytes);
  const parsed = parseEnedisLoadFile(text, { customerTimestampMarks: opts.customerTimestampMarks });
  const stepMinutes = opts.stepMinutes ?? Math.min(...parsed.sourceStepsMinutes);
  if (!(ALLOWED_STEP_MINUTES as readonly number[]).includes(stepMinutes)) {
    throw new LoadFileError(`the file's step of ${stepMinutes} min is not supported; request stepMinutes among ${ALLOWED_STEP_MINUTES.join(', ')}`);
  }
  const res = resampleMeterPoints(parsed.points, stepMinutes);
  const energy = res.energyKwh;
  const quality = res.quality;
  const unfilledSteps = fillGaps(energy, quality, res.timeline, opts.gapFill);

  const stepMs = stepMinutes * 60_000;
  const ranges: GapRange[] = res.gaps.map((g) => {
    const a = Math.max(0, Math.floor((g.startUtcMs - res.timeline.startUtcMs) / stepMs));
    const b = Math.min(res.timeline.length, Math.ceil((g.endUtcMs - res.timeline.startUtcMs) / stepMs));
    const seen = new Set<number>();
    for (let k = a; k < b; k++) seen.add(quality[k]);
    return { startUtcMs: g.startUtcMs, endUtcMs: g.endUtcMs, minutes: (g.endUtcMs - g.startUtcMs) / 60_000, filledBy: describeFill(seen) };
  });
  let total = 0;
  let longest = 0;
  for (const r of ranges) {
    total += r.minutes;
    if (r.minutes > longest) longest = r.minutes;
  }
  let missing = 0;
  let estimated = 0;
  for (const p of parsed.points) {
    if (Number.isNaN(p.avgPowerW)) missing++;
    if (p.estimated) estimated++;
  }
  return {
    format: parsed.format,
    encoding,
    prm: parsed.prm,
    timeline: res.timeline,
    energyKwh: energy,
    quality,
    sourceStepsMinutes: parsed.sourceStepsMinutes,
    pointCount: parsed.points.length,
    missingValueCount: missing,
    estimatedPointCount: estimated,
    measuredEnergyKwh: res.measuredEnergyKwh,
    gaps: { count: ranges.length, totalMinutes: total, longestMinutes: longest, ranges },
    duplicates: res.duplicates,
    unfilledSteps,
  };
}

function describeFill(seen: Set<number>): GapFilledBy {
  seen.delete(STEP_QUALITY.measured);
  if (seen.size === 0) return 'partialStep';
  if (seen.has(STEP_QUALITY.unfilled)) return 'unfilled';
  seen.delete(STEP_QUALITY.partial);
  if (seen.size === 0) return 'partialStep';
  if (seen.size > 1) return 'mixed';
  const only = [...seen][0];
  return only === STEP_QUALITY.interpolated ? 'interpolation' : only === STEP_QUALITY.previousWeek ? 'previousWeek' : 'nextWeek';
}

/** Mean power (kW) per step from energy per step (kWh). */
export function energyKwhToMeanKw(energyKwh: Float64Array, stepMinutes: number): Float64Array {
  const out = new Float64Array(energyKwh.length);
  const perHour = 60 / stepMinutes;
  for (let i = 0; i < out.length; i++) out[i] = energyKwh[i] * perHour;
  return out;
}
