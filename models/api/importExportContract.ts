/**
 * API calls for importing measured data (Enedis load curves, weather files, price and CO2 series) into a project and
 * exporting results (CSV, XLSX), merged into the main contract (contract.ts).
 *
 * Files travel as base64 text: the window is sandboxed (and a plain browser in the web harness),
 * so it reads the picked file itself and hands its bytes over. Previews save nothing; commits store
 * load and weather series on the scenario's own timeline (year `period.year`, step `period.stepMinutes`), price
 * and CO2 series on their own (models/sim/assemble.ts places every import on the scenario's step and year).
 */
import { z } from 'zod';
import { csvMappingSchema } from '../weather/genericCsv';

const out = <T>() => undefined as unknown as T;

/** 30 MB of file ≈ 40 M base64 characters; anything larger is not a load curve or a weather year. */
export const MAX_IMPORT_BASE64_CHARS = 42_000_000;

const fileFields = {
  fileName: z.string().trim().min(1, { message: 'fileName is required' }).max(260),
  base64: z
    .string()
    .min(1, { message: 'The file is empty' })
    .max(MAX_IMPORT_BASE64_CHARS, { message: 'The file is too large (limit 30 MB)' })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'base64 must be the file content encoded in base64' }),
  scenarioId: z.string().min(1, { message: 'scenarioId is required' }),
};
const nameField = { name: z.string().trim().min(1, { message: 'Name is required' }).max(200) };
const previewInput = z.object(fileFields).strict();
const commitInput = z.object({ ...fileFields, ...nameField }).strict();
/** Weather: a CSV other than PVGIS needs its column mapping (models/weather/genericCsv.ts). */
const weatherPreviewInput = z.object({ ...fileFields, csvMapping: csvMappingSchema.optional() }).strict();
const weatherCommitInput = z.object({ ...fileFields, ...nameField, csvMapping: csvMappingSchema.optional() }).strict();
/** Price series: the unit when the header does not give it (or to override it). */
const priceUnit = { unit: z.enum(['EUR/MWh', 'EUR/kWh'], { error: "unit must be 'EUR/MWh' or 'EUR/kWh'" }).optional() };
const pricePreviewInput = z.object({ ...fileFields, ...priceUnit }).strict();
const priceCommitInput = z.object({ ...fileFields, ...nameField, ...priceUnit }).strict();
/** CO2 series: g/kWh unless the header says kg. */
const co2Unit = { unit: z.enum(['g/kWh', 'kg/kWh'], { error: "unit must be 'g/kWh' or 'kg/kWh'" }).optional() };
const co2PreviewInput = z.object({ ...fileFields, ...co2Unit }).strict();
const co2CommitInput = z.object({ ...fileFields, ...nameField, ...co2Unit }).strict();

export const IMPORTED_SERIES_KINDS = ['weather', 'load', 'price', 'co2'] as const;
export type ImportedSeriesKindName = (typeof IMPORTED_SERIES_KINDS)[number];

/** One point of the preview curve: start of the bucket (UTC ms) and its value. */
export interface PreviewPoint {
  readonly tUtcMs: number;
  /** null when nothing was measured in the bucket. */
  readonly value: number | null;
}

export interface ImportGapRow {
  readonly startUtcMs: number;
  readonly endUtcMs: number;
  readonly minutes: number;
  readonly filledBy: 'interpolation' | 'previousWeek' | 'nextWeek' | 'mixed' | 'partialStep' | 'unfilled';
}

/** A local (Europe/Paris) day of 23 h or 25 h found in the file's period. */
export interface DstDay {
  readonly date: string;
  readonly hours: 23 | 25;
}

/** How the file lands on the scenario's year and step. */
export interface ScenarioFit {
  readonly year: number;
  readonly stepMinutes: number;
  readonly steps: number;
  /** Steps of the scenario's year with no value after weekly alignment (0 = the commit is possible). */
  readonly missingSteps: number;
  /** Energy over the scenario's year once aligned, kWh (loads only). */
  readonly energyKwh?: number;
}

export interface LoadPreview {
  readonly fileName: string;
  readonly format: 'enedis-r63-csv' | 'enedis-customer-csv';
  readonly encoding: string;
  readonly prm: string;
  readonly startUtcMs: number;
  readonly endUtcMs: number;
  readonly stepMinutes: number;
  readonly sourceStepsMinutes: readonly number[];
  readonly pointCount: number;
  readonly missingValueCount: number;
  readonly estimatedPointCount: number;
  readonly measuredEnergyKwh: number;
  readonly peakKw: number;
  readonly gaps: { readonly count: number; readonly totalMinutes: number; readonly longestMinutes: number; readonly ranges: readonly ImportGapRow[] };
  readonly duplicates: { readonly count: number; readonly lines: readonly number[] };
  readonly unfilledSteps: number;
  readonly dstDays: readonly DstDay[];
  /** 'hourKw': hourly mean power; 'dayKwh': daily energy (periods longer than ~83 days). */
  readonly curveUnit: 'hourKw' | 'dayKwh';
  readonly curve: readonly PreviewPoint[];
  readonly fit: ScenarioFit;
}

export interface WeatherMonthRow {
  readonly month: number;
  readonly ghiKwhM2: number;
  readonly meanTempC: number;
}

export interface WeatherPreview {
  readonly fileName: string;
  readonly format: 'pvgis-csv' | 'pvgis-json' | 'epw' | 'csv';
  readonly sourceLabel: string;
  readonly site: { readonly latDeg: number; readonly lonDeg: number; readonly elevationM: number } | null;
  readonly recordCount: number;
  readonly recordStepMinutes: number;
  readonly typicalYear: boolean;
  readonly channels: readonly string[];
  readonly notes: readonly string[];
  readonly annualGhiKwhM2: number;
  readonly meanTempC: number;
  readonly months: readonly WeatherMonthRow[];
  readonly fit: ScenarioFit;
}

/**
 * Preview of an imported price (EUR/kWh) or CO2 intensity (kg CO2e/kWh) series: the file's own period and step,
 * first rows, statistics, gap report and how the series lands on the scenario's timeline.
 */
export interface SeriesPreview {
  readonly fileName: string;
  readonly kind: 'price' | 'co2';
  readonly format: 'price-csv' | 'rte-eco2mix' | 'csv';
  readonly encoding: string;
  /** Unit of the stored values: 'EUR/kWh' or 'kgCO2e/kWh'. */
  readonly unit: 'EUR/kWh' | 'kgCO2e/kWh';
  /** Unit the file was read in. */
  readonly sourceUnit: string;
  readonly valueHeader: string;
  readonly startUtcMs: number;
  readonly endUtcMs: number;
  readonly stepMinutes: number;
  readonly rowCount: number;
  readonly emptyValueCount: number;
  readonly stats: { readonly min: number; readonly mean: number; readonly max: number };
  /** The first steps of the series, in the stored unit. */
  readonly firstRows: readonly { readonly tUtcMs: number; readonly value: number }[];
  readonly gaps: { readonly count: number; readonly totalMinutes: number; readonly longestMinutes: number; readonly ranges: readonly ImportGapRow[] };
  readonly duplicates: { readonly count: number; readonly lines: readonly number[] };
  readonly unfilledSteps: number;
  readonly dstDays: readonly DstDay[];
  /** Mean per hour, or per local day for periods longer than ~83 days. */
  readonly curveUnit: 'hour' | 'day';
  readonly curve: readonly PreviewPoint[];
  /** Steps of the scenario's year left without a value, and how the series is placed on it. */
  readonly fit: ScenarioFit & {
    /** Steps of the scenario's year read from another year of the series (by month, day and local time). */
    readonly mappedSteps: number;
    /** Local years of the series, its own first. */
    readonly sourceYears: readonly number[];
    /** 29 February of the scenario taken from 28 February. */
    readonly feb29FromFeb28: boolean;
    /** The same, as sentences (English, for logs and the CLI). */
    readonly notes: readonly string[];
  };
}

export interface ImportCommitted {
  readonly id: string;
  readonly name: string;
}

/** A stored load curve as the editor shows it: its report and daily energy over the scenario year. */
export interface ImportedLoadView {
  readonly id: string;
  readonly name: string;
  readonly sourceFile: string;
  readonly createdAt: string;
  readonly year: number;
  readonly stepMinutes: number;
  readonly annualKwh: number;
  readonly peakKw: number;
  readonly prm: string | null;
  readonly gapCount: number | null;
  readonly curveUnit: 'hourKw' | 'dayKwh';
  readonly curve: readonly PreviewPoint[];
}

export interface ExportWritten {
  readonly path: string;
  readonly bytes: number;
}

export const importExportContract = {
  'imports.list': {
    input: z.object({ kind: z.enum(IMPORTED_SERIES_KINDS, { error: "kind must be 'weather', 'load', 'price' or 'co2'" }).optional() }).strict(),
    output: out<Array<{ id: string; kind: string; name: string; createdAt: string }>>(),
  },
  'imports.loadPreview': { input: previewInput, output: out<LoadPreview>() },
  'imports.loadCommit': { input: commitInput, output: out<ImportCommitted>() },
  'imports.loadView': { input: z.object({ id: z.string().min(1, { message: 'id is required' }) }).strict(), output: out<ImportedLoadView>() },
  'imports.weatherPreview': { input: weatherPreviewInput, output: out<WeatherPreview>() },
  'imports.weatherCommit': { input: weatherCommitInput, output: out<ImportCommitted>() },
  'imports.pricePreview': { input: pricePreviewInput, output: out<SeriesPreview>() },
  'imports.priceCommit': { input: priceCommitInput, output: out<ImportCommitted>() },
  'imports.co2Preview': { input: co2PreviewInput, output: out<SeriesPreview>() },
  'imports.co2Commit': { input: co2CommitInput, output: out<ImportCommitted>() },
  'results.exportCsv': {
    input: z
      .object({
        scenarioId: z.string().min(1, { message: 'scenarioId is required' }),
        separator: z.enum(['fr', 'intl'], { error: "separator must be 'fr' or 'intl'" }),
        names: z.array(z.string().min(1)).min(1).max(64).optional(),
      })
      .strict(),
    output: out<ExportWritten>(),
  },
  'results.exportXlsx': { input: z.object({ scenarioId: z.string().min(1, { message: 'scenarioId is required' }) }).strict(), output: out<ExportWritten>() },
} as const;
