/**
 * Enedis customer-space load-curve export ("Mes données > Télécharger", courbe de charge): a header block
 *   Identifiant PRM;Type de donnees;Date de debut;Date de fin;Grandeur physique;Grandeur metier;Etape metier;Unite;Pas en minutes
 *   <one line of values>
 * then `Horodate;Valeur` rows: ISO timestamps with their UTC offset and the average power in W over the step
 * (empty value = missing point). Real exports often leave 'Pas en minutes' empty: the step is then the smallest
 * spacing between consecutive stamps. Enedis stamps each average at the END of its integration interval
 * (Enedis, "Guide de lecture des données de courbe de charge"; Data Connect API docs: "date de fin de la période");
 * `timestampMarks: 'start'` handles files re-exported by tools that stamp the start.
 */
import { normalizeHeader, parseDecimal, parseTimestamp, splitFields, splitLines } from './csvText';
import { LoadFileError } from './loadFileError';
import type { MeterPoint, ParsedLoadFile } from './meterPoints';
import { parseValueUnit, toAverageW } from './units';
import { parisNaiveToUtcMs } from '../calendar/parisTime';

const MS_PER_MINUTE = 60_000;

export function isEnedisCustomerHeader(normalizedLine: string): boolean {
  return normalizedLine.includes('identifiant prm') && normalizedLine.includes('type de donnees');
}

export function parseEnedisCustomerCsv(text: string, options: { timestampMarks?: 'end' | 'start' } = {}): ParsedLoadFile {
  const marks = options.timestampMarks ?? 'end';
  const lines = splitLines(text);
  let i = 0;
  while (i < lines.length && lines[i].trim() === '') i++;
  if (i >= lines.length) throw new LoadFileError('the file is empty');
  const headerLine = i + 1;
  const header = splitFields(lines[i]).map(normalizeHeader);
  if (!isEnedisCustomerHeader(header.join(';'))) {
    throw new LoadFileError("expected the Enedis header 'Identifiant PRM;Type de donnees;…'", headerLine, 1, 'Identifiant PRM');
  }
  i++;
  while (i < lines.length && lines[i].trim() === '') i++;
  if (i >= lines.length) throw new LoadFileError('the header has no line of values', headerLine + 1);
  const values = splitFields(lines[i]);
  const valuesLine = i + 1;
  const col = (name: string): number => header.indexOf(name);
  const prm = values[col('identifiant prm')] ?? '';
  if (!/^\d+$/.test(prm)) throw new LoadFileError(`'${prm}' is not a PRM (digits, 14 for a real point)`, valuesLine, col('identifiant prm') + 1, 'Identifiant PRM');

  const unitCol = col('unite');
  const unitText = unitCol >= 0 ? (values[unitCol] ?? '') : 'W';
  const unit = parseValueUnit(unitText);
  if (!unit) throw new LoadFileError(`unit '${unitText}' is not supported (expected W or kW of average power, or Wh/kWh per step)`, valuesLine, unitCol + 1, 'Unite');

  const stepCol = col('pas en minutes');
  let headerStepMinutes = Number.NaN;
  if (stepCol >= 0 && (values[stepCol] ?? '').trim() !== '') {
    headerStepMinutes = parseDecimal(values[stepCol], valuesLine, stepCol + 1, 'Pas en minutes');
    if (!(headerStepMinutes > 0 && headerStepMinutes <= 60 && 60 % headerStepMinutes === 0)) {
      throw new LoadFileError(`step ${values[stepCol]} min must divide 60`, valuesLine, stepCol + 1, 'Pas en minutes');
    }
  }
  i++;
  while (i < lines.length && lines[i].trim() === '') i++;
  const rowsHeader = splitFields(lines[i] ?? '').map(normalizeHeader);
  const tCol = rowsHeader.indexOf('horodate');
  const vCol = rowsHeader.indexOf('valeur');
  if (tCol < 0 || vCol < 0) throw new LoadFileError("expected the column header 'Horodate;Valeur'", i + 1, 1, 'Horodate');
  i++;

  // Stamps are read first; the step is needed to turn them into intervals.
  const stamps: { utc: number; value: number; line: number }[] = [];
  let previousUtc: number | undefined;
  for (; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    const f = splitFields(lines[i]);
    const line = i + 1;
    const ts = parseTimestamp(f[tCol] ?? '', line, tCol + 1, 'Horodate');
    let utc: number;
    if (ts.offsetMinutes !== null) {
      utc = ts.naiveMs - ts.offsetMinutes * MS_PER_MINUTE;
    } else {
      utc = parisNaiveToUtcMs(ts.naiveMs, previousUtc);
      if (Number.isNaN(utc)) throw new LoadFileError(`local time '${f[tCol]}' does not exist (skipped by the spring clock change)`, line, tCol + 1, 'Horodate');
    }
    previousUtc = utc;
    const value = parseDecimal(f[vCol] ?? '', line, vCol + 1, 'Valeur'); // converted once the step is known
    stamps.push({ utc, value, line });
  }
  if (stamps.length === 0) throw new LoadFileError('the file holds no Horodate;Valeur rows');

  let stepMinutes = headerStepMinutes;
  if (Number.isNaN(stepMinutes)) {
    // No declared step: the smallest positive spacing between consecutive stamps.
    let best = Infinity;
    for (let k = 1; k < stamps.length; k++) {
      const d = (stamps[k].utc - stamps[k - 1].utc) / MS_PER_MINUTE;
      if (d > 0 && d < best) best = d;
    }
    if (!Number.isFinite(best)) throw new LoadFileError("cannot infer the step: fill 'Pas en minutes' in the header", valuesLine, stepCol + 1, 'Pas en minutes');
    stepMinutes = best;
  }
  const stepMs = stepMinutes * MS_PER_MINUTE;
  const points: MeterPoint[] = stamps.map((s) => ({
    startUtcMs: marks === 'end' ? s.utc - stepMs : s.utc,
    endUtcMs: marks === 'end' ? s.utc : s.utc + stepMs,
    avgPowerW: toAverageW(s.value, unit, stepMinutes),
    line: s.line,
    estimated: false,
  }));
  return { format: 'enedis-customer-csv', prm, points, sourceStepsMinutes: [stepMinutes] };
}
