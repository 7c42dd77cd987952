/**
 * Enedis SGE "R63" load-curve file (courbe de charge, one row per point):
 *   Identifiant PRM;Date de début;Date de fin;Grandeur physique;Grandeur métier;Etape métier;Unité;Horodate;Valeur;
 *   Nature;Pas;Indice de vraisemblance;Etat complémentaire
 * Horodate is the LOCAL (Europe/Paris) wall-clock time of the END of the interval, without offset; `Pas` is the
 * interval length as an ISO 8601 duration (PT10M, PT15M, PT30M, PT60M) and may change from row to row (meter
 * reprogramming). Clock-change days hold 46 or 50 half-hours: in October the repeated hour's stamps appear twice
 * with the same text and are told apart by their order in the file (Enedis SGE, "Guide d'implémentation R63").
 * Timestamps that carry an offset are honoured as written.
 */
import { normalizeHeader, parseDecimal, parseTimestamp, splitFields, splitLines } from './csvText';
import { LoadFileError } from './loadFileError';
import type { MeterPoint, ParsedLoadFile } from './meterPoints';
import { parseValueUnit, toAverageW } from './units';
import { parisNaiveToUtcMs } from '../calendar/parisTime';

const MS_PER_MINUTE = 60_000;

export function isEnedisR63Header(normalizedLine: string): boolean {
  return normalizedLine.includes('identifiant prm') && normalizedLine.includes('horodate') && /(^|;)pas(;|$)/.test(normalizedLine);
}

/** 'PT30M' → 30, 'PT1H' → 60; NaN otherwise. */
export function parseIsoStepMinutes(text: string): number {
  const m = /^PT(?:(\d+)H)?(?:(\d+)M)?$/i.exec(text.trim());
  if (!m || (m[1] === undefined && m[2] === undefined)) return Number.NaN;
  return Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
}

export function parseEnedisR63Csv(text: string): ParsedLoadFile {
  const lines = splitLines(text);
  let i = 0;
  while (i < lines.length && lines[i].trim() === '') i++;
  if (i >= lines.length) throw new LoadFileError('the file is empty');
  const header = splitFields(lines[i]).map(normalizeHeader);
  const headerLine = i + 1;
  const need = (name: string, label: string): number => {
    const c = header.indexOf(name);
    if (c < 0) throw new LoadFileError(`missing column '${label}' in the R63 header`, headerLine);
    return c;
  };
  const prmCol = need('identifiant prm', 'Identifiant PRM');
  const tCol = need('horodate', 'Horodate');
  const vCol = need('valeur', 'Valeur');
  const stepCol = need('pas', 'Pas');
  const unitCol = header.indexOf('unite');
  const natureCol = header.indexOf('nature');

  const points: MeterPoint[] = [];
  const steps = new Set<number>();
  let prm = '';
  let previousEndUtc: number | undefined;
  for (i++; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    const f = splitFields(lines[i]);
    const line = i + 1;
    const rowPrm = f[prmCol] ?? '';
    if (!/^\d+$/.test(rowPrm)) throw new LoadFileError(`'${rowPrm}' is not a PRM (digits, 14 for a real point)`, line, prmCol + 1, 'Identifiant PRM');
    if (prm === '') prm = rowPrm;
    else if (rowPrm !== prm) throw new LoadFileError(`the file mixes PRMs ${prm} and ${rowPrm}; import one PRM at a time`, line, prmCol + 1, 'Identifiant PRM');

    const stepMinutes = parseIsoStepMinutes(f[stepCol] ?? '');
    if (!(stepMinutes > 0 && stepMinutes <= 60 && 60 % stepMinutes === 0)) {
      throw new LoadFileError(`'${f[stepCol] ?? ''}' is not a step such as PT10M, PT15M, PT30M or PT60M`, line, stepCol + 1, 'Pas');
    }
    steps.add(stepMinutes);

    const unitText = unitCol >= 0 ? (f[unitCol] ?? '') : 'W';
    const unit = parseValueUnit(unitText);
    if (!unit) throw new LoadFileError(`unit '${unitText}' is not supported (expected W or kW of average power, or Wh/kWh per step)`, line, unitCol + 1, 'Unité');

    const ts = parseTimestamp(f[tCol] ?? '', line, tCol + 1, 'Horodate');
    let endUtc: number;
    if (ts.offsetMinutes !== null) {
      endUtc = ts.naiveMs - ts.offsetMinutes * MS_PER_MINUTE;
    } else {
      // In the repeated autumn hour the same text appears twice: the first occurrence is summer time, the next
      // one (later than the previous row) winter time.
      endUtc = parisNaiveToUtcMs(ts.naiveMs, previousEndUtc);
      if (Number.isNaN(endUtc)) {
        throw new LoadFileError(`local time '${f[tCol]}' does not exist (skipped by the spring clock change)`, line, tCol + 1, 'Horodate');
      }
    }
    previousEndUtc = endUtc;
    const value = toAverageW(parseDecimal(f[vCol] ?? '', line, vCol + 1, 'Valeur'), unit, stepMinutes);
    const nature = natureCol >= 0 ? (f[natureCol] ?? '').trim().toUpperCase() : '';
    points.push({ startUtcMs: endUtc - stepMinutes * MS_PER_MINUTE, endUtcMs: endUtc, avgPowerW: value, line, estimated: nature === 'E' });
  }
  if (points.length === 0) throw new LoadFileError('the file holds no data rows', headerLine + 1);
  return { format: 'enedis-r63-csv', prm, points, sourceStepsMinutes: [...steps].sort((a, b) => a - b) };
}
