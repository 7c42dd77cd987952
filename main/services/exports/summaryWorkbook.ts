/**
 * Summary workbook of a scenario's result (exceljs): KPIs with French labels, units and number
 * formats; the monthly energy balance by local month (models/analysis monthlyEnergyBalance); hourly
 * series (means of the stored steps over each UTC hour, stamped in Paris legal time with the offset
 * beside it, since Excel dates carry no time zone); the scenario's parameters as path / value rows.
 */
import ExcelJS from 'exceljs';
import { statSync } from 'node:fs';
import { KPI_SPECS } from '../../../models/analysis/kpiFormat';
import { monthlyEnergyBalance } from '../../../models/analysis/monthlyBalance';
import { POWER_SERIES, type SeriesName } from '../../../models/analysis/resultView';
import { parisOffsetMinutes } from '../../../models/calendar/parisTime';
import type { Timeline } from '../../../models/core/timeline';
import { KPI_LABELS_FR, kpiUnitAndFormat, MONTHS_FR, seriesLabelFr } from './labels';
import { orderedNames, type SeriesTable } from './seriesCsv';

export interface WorkbookInput extends SeriesTable {
  readonly scenarioName: string;
  readonly computedAt: string;
  readonly kpis: Readonly<Record<string, number | string | null>>;
  /** The scenario document (parameters sheet). */
  readonly scenario: unknown;
}

export const SHEET_NAMES = { kpis: 'Indicateurs', monthly: 'Bilan mensuel', hourly: 'Séries horaires', params: 'Paramètres' } as const;

/** Parameter rows are capped so a scenario with thousands of listed sessions stays readable. */
const MAX_PARAMETER_ROWS = 2000;

/** Means over each hour starting at the timeline's start (steps of 60 min or less). */
export function hourlyMeans(values: Float64Array, timeline: Timeline): Float64Array {
  const perHour = Math.max(1, Math.round(60 / timeline.stepMinutes));
  const out = new Float64Array(Math.ceil(values.length / perHour));
  for (let h = 0; h < out.length; h++) {
    let sum = 0;
    let n = 0;
    for (let i = h * perHour; i < Math.min(values.length, (h + 1) * perHour); i++) {
      if (Number.isNaN(values[i])) continue;
      sum += values[i];
      n++;
    }
    out[h] = n ? sum / n : Number.NaN;
  }
  return out;
}

/** Flattens a JSON document into `a.b.0.c` → value rows. */
export function flattenParameters(doc: unknown, prefix = '', out: Array<[string, string | number | boolean | null]> = []): Array<[string, string | number | boolean | null]> {
  if (out.length >= MAX_PARAMETER_ROWS) return out;
  if (doc === null || typeof doc !== 'object') {
    out.push([prefix, (doc ?? null) as string | number | boolean | null]);
    return out;
  }
  const entries = Array.isArray(doc) ? doc.map((v, i) => [String(i), v] as const) : Object.entries(doc as Record<string, unknown>);
  if (entries.length === 0) out.push([prefix, Array.isArray(doc) ? '[]' : '{}']);
  for (const [k, v] of entries) flattenParameters(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

function boldHeader(ws: ExcelJS.Worksheet): void {
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

export function buildSummaryWorkbook(input: WorkbookInput): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Ilot';
  wb.created = new Date(input.computedAt);

  const kpis = wb.addWorksheet(SHEET_NAMES.kpis);
  kpis.columns = [
    { header: 'Indicateur', key: 'label', width: 34 },
    { header: 'Valeur', key: 'value', width: 16 },
    { header: 'Unité', key: 'unit', width: 12 },
    { header: 'Clé', key: 'key', width: 26 },
  ];
  for (const [key, value] of Object.entries(input.kpis)) {
    const spec = KPI_SPECS[key];
    const { unit, numFmt } = kpiUnitAndFormat(spec?.kind, spec?.digits ?? 2);
    const row = kpis.addRow({ label: KPI_LABELS_FR[key] ?? key, value: value ?? '', unit, key });
    if (typeof value === 'number') row.getCell('value').numFmt = numFmt;
  }
  kpis.addRow([]);
  kpis.addRow(['Scénario', input.scenarioName]);
  kpis.addRow(['Calculé le', input.computedAt]);
  boldHeader(kpis);

  const power: Partial<Record<SeriesName, Float64Array>> = {};
  for (const name of POWER_SERIES) if (input.series[name]?.length === input.timeline.length) power[name] = input.series[name];
  const balance = monthlyEnergyBalance(input.timeline, power);
  const monthly = wb.addWorksheet(SHEET_NAMES.monthly);
  const monthNames = Object.keys(balance.monthlyKwh) as SeriesName[];
  monthly.columns = [{ header: 'Mois', key: 'month', width: 12 }, ...monthNames.map((n) => ({ header: `${seriesLabelFr(n).replace('(kW)', '(kWh)')}`, key: n, width: 20 }))];
  for (let m = 0; m < 12; m++) {
    const row: Record<string, string | number> = { month: MONTHS_FR[m] };
    for (const n of monthNames) row[n] = balance.monthlyKwh[n]![m];
    monthly.addRow(row);
  }
  const total: Record<string, string | number> = { month: 'Année' };
  for (const n of monthNames) total[n] = balance.annualKwh[n]!;
  monthly.addRow(total).font = { bold: true };
  for (const n of monthNames) monthly.getColumn(n).numFmt = '#,##0';
  boldHeader(monthly);

  const hourly = wb.addWorksheet(SHEET_NAMES.hourly);
  const names = orderedNames(Object.keys(input.series));
  hourly.columns = [
    { header: 'Heure de Paris', key: 't', width: 18 },
    { header: 'Décalage UTC', key: 'offset', width: 12 },
    ...names.map((n) => ({ header: seriesLabelFr(n), key: n, width: 16 })),
  ];
  const means = names.map((n) => hourlyMeans(input.series[n], input.timeline));
  const perHour = Math.max(1, Math.round(60 / input.timeline.stepMinutes));
  const hourMs = perHour * input.timeline.stepMinutes * 60_000;
  const rowCount = means.length ? means[0].length : 0;
  for (let h = 0; h < rowCount; h++) {
    const utc = input.timeline.startUtcMs + h * hourMs;
    const offset = parisOffsetMinutes(utc);
    // Excel has no time zones: the wall-clock time is written as a date-time as the user reads it.
    const row: Array<Date | string | number | null> = [new Date(utc + offset * 60_000), offset === 120 ? '+02:00' : '+01:00'];
    for (const m of means) row.push(Number.isFinite(m[h]) ? m[h] : null);
    hourly.addRow(row);
  }
  hourly.getColumn('t').numFmt = 'dd/mm/yyyy hh:mm';
  for (const n of names) hourly.getColumn(n).numFmt = '0.000';
  boldHeader(hourly);

  const params = wb.addWorksheet(SHEET_NAMES.params);
  params.columns = [
    { header: 'Paramètre', key: 'path', width: 48 },
    { header: 'Valeur', key: 'value', width: 30 },
  ];
  const rows = flattenParameters(input.scenario);
  for (const [path, value] of rows) params.addRow({ path, value: typeof value === 'boolean' ? (value ? 'oui' : 'non') : value });
  if (rows.length >= MAX_PARAMETER_ROWS) params.addRow({ path: `… limité à ${MAX_PARAMETER_ROWS} lignes`, value: '' });
  boldHeader(params);
  return wb;
}

/** Writes the workbook at `targetPath` and returns its size in bytes. */
export async function writeSummaryWorkbook(input: WorkbookInput, targetPath: string): Promise<{ path: string; bytes: number }> {
  await buildSummaryWorkbook(input).xlsx.writeFile(targetPath);
  return { path: targetPath, bytes: statSync(targetPath).size };
}
