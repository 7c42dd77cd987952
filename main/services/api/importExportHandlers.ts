/**
 * Handlers of models/api/importExportContract.ts, merged into createHandlers.
 * Imports: previews parse and summarise without writing; commits store load and weather series on the
 * scenario's timeline, price and CO2 series on their own (the shapes simulationService.resolveReferences reads). Exports write into
 * `<project dir>/Exports/` next to the project file.
 */
import { IlotApiError, notFound } from '../../../models/api/errors';
import type { ImportCommitted, ImportedLoadView, ImportedSeriesKindName } from '../../../models/api/importExportContract';
import type { Co2Unit } from '../../../models/imports/co2Csv';
import type { PriceUnit } from '../../../models/imports/priceCsv';
import type { CsvMapping } from '../../../models/weather/genericCsv';
import { exportPath } from '../exports/exportPath';
import { writeSeriesCsv } from '../exports/seriesCsv';
import { writeSummaryWorkbook } from '../exports/summaryWorkbook';
import type { ApiSession } from './handlers';
import { analyseCo2File, analysePriceFile, analyseLoadFile, analyseWeatherFile, decodeBase64, fileError, previewCurve, type AnalysedSeries, type ScenarioPeriod } from './importPreview';

interface FileInput {
  readonly fileName: string;
  readonly base64: string;
  readonly scenarioId: string;
}

/** Year and step of a micro-grid scenario, read from its stored document. */
function scenarioPeriod(session: ApiSession, scenarioId: string): ScenarioPeriod {
  const scenario = session.store.getScenario(scenarioId);
  const period = (scenario.data as { period?: { year?: unknown; stepMinutes?: unknown } } | null)?.period;
  if (scenario.kind !== 'microgrid' || typeof period?.year !== 'number' || typeof period.stepMinutes !== 'number') {
    throw new IlotApiError({ code: 'validation', message: `Scenario "${scenario.name}" has no period (year and step) to import onto`, issues: [{ path: 'scenarioId', message: 'Not a micro-grid scenario with a period' }] });
  }
  return { year: period.year, stepMinutes: period.stepMinutes };
}

/** Gap ranges kept in the stored report: enough to audit, bounded for files full of holes. */
const MAX_STORED_GAP_RANGES = 500;

export function importExportHandlers(session: ApiSession) {
  const loadAnalysis = ({ fileName, base64, scenarioId }: FileInput) => analyseLoadFile(decodeBase64(base64), fileName, scenarioPeriod(session, scenarioId));
  const weatherAnalysis = ({ fileName, base64, scenarioId, csvMapping }: FileInput & { csvMapping?: CsvMapping }) =>
    analyseWeatherFile(decodeBase64(base64), fileName, scenarioPeriod(session, scenarioId), csvMapping);

  const priceAnalysis = ({ fileName, base64, scenarioId, unit }: FileInput & { unit?: PriceUnit }) => analysePriceFile(decodeBase64(base64), fileName, scenarioPeriod(session, scenarioId), unit);
  const co2Analysis = ({ fileName, base64, scenarioId, unit }: FileInput & { unit?: Co2Unit }) => analyseCo2File(decodeBase64(base64), fileName, scenarioPeriod(session, scenarioId), unit);

  /** Stores a price or CO2 series on its own timeline; refused when it would leave steps of the scenario's year empty. */
  const commitSeries = (input: FileInput & { name: string }, { preview, series }: AnalysedSeries): ImportCommitted => {
    const what = preview.kind === 'price' ? 'price' : 'CO2';
    if (preview.fit.missingSteps > 0) {
      throw fileError(
        input.fileName,
        `the ${what} series leaves ${preview.fit.missingSteps} of the ${preview.fit.steps} steps of the scenario's year ${preview.fit.year} without a value${preview.unfilledSteps > 0 ? ` (${preview.unfilledSteps} steps in gaps that could not be filled)` : ''}: import a whole year (another year is mapped by month, day and local time)`,
      );
    }
    const { curve: _curve, firstRows: _rows, gaps, ...report } = preview;
    const saved = session.store.saveImportedSeries({
      kind: preview.kind,
      name: input.name,
      sourceFile: input.fileName,
      timeline: series.timeline,
      meta: { ...report, gaps: { ...gaps, ranges: gaps.ranges.slice(0, MAX_STORED_GAP_RANGES) } },
      channels: preview.kind === 'price' ? { eurPerKwh: series.values } : { kgPerKwh: series.values },
    });
    session.changed('imported-series', saved.id);
    return { id: saved.id, name: saved.name };
  };

  const resultOf = (scenarioId: string) => {
    const scenario = session.store.getScenario(scenarioId);
    const result = session.store.getScenarioResult(scenarioId);
    if (!result) throw notFound(`Scenario "${scenario.name}" has no stored result yet: run the simulation first`);
    return { scenario, result };
  };

  return {
    'imports.list': ({ kind }: { kind?: ImportedSeriesKindName }) =>
      session.store.listImportedSeries(kind).map(({ id, kind: k, name, createdAt }) => ({ id, kind: k, name, createdAt })),

    'imports.loadPreview': (input: FileInput) => loadAnalysis(input).preview,

    'imports.loadCommit': (input: FileInput & { name: string }): ImportCommitted => {
      const { preview, loadKw, target } = loadAnalysis(input);
      if (preview.fit.missingSteps > 0) {
        const days = Math.round((preview.endUtcMs - preview.startUtcMs) / 86_400_000);
        throw fileError(
          input.fileName,
          `the file covers ${days} days${preview.unfilledSteps > 0 ? ` with ${preview.unfilledSteps} steps in gaps that could not be filled` : ''}; ${preview.fit.missingSteps} of the ${preview.fit.steps} steps of the scenario's year ${preview.fit.year} would have no value. A full year of measurements (at least 52 weeks) is needed: it is aligned week by week on the scenario's year`,
        );
      }
      const { curve: _curve, gaps, ...report } = preview;
      const saved = session.store.saveImportedSeries({
        kind: 'load',
        name: input.name,
        sourceFile: input.fileName,
        timeline: target,
        meta: { ...report, gaps: { ...gaps, ranges: gaps.ranges.slice(0, MAX_STORED_GAP_RANGES) }, alignment: 'weekly, Europe/Paris wall clock (models/loads/loadOnTimeline.ts)' },
        channels: { loadKw },
      });
      session.changed('imported-series', saved.id);
      return { id: saved.id, name: saved.name };
    },

    'imports.loadView': ({ id }: { id: string }): ImportedLoadView => {
      const series = session.store.getImportedSeries(id);
      if (!series || series.kind !== 'load' || !series.channels.loadKw) throw notFound('This imported load curve is no longer in the project');
      const { timeline } = series;
      const kw = series.channels.loadKw;
      const energyKwh = new Float64Array(kw.length);
      let annualKwh = 0;
      let peakKw = 0;
      for (let i = 0; i < kw.length; i++) {
        energyKwh[i] = (kw[i] * timeline.stepMinutes) / 60;
        if (!Number.isNaN(kw[i])) annualKwh += energyKwh[i];
        if (kw[i] > peakKw) peakKw = kw[i];
      }
      const meta = (series.meta ?? {}) as { prm?: string; gaps?: { count?: number } };
      const { unit, points } = previewCurve(energyKwh, timeline);
      return {
        id,
        name: series.name,
        sourceFile: series.sourceFile,
        createdAt: series.createdAt,
        year: new Date(timeline.startUtcMs).getUTCFullYear(),
        stepMinutes: timeline.stepMinutes,
        annualKwh,
        peakKw,
        prm: meta.prm ?? null,
        gapCount: meta.gaps?.count ?? null,
        curveUnit: unit,
        curve: points,
      };
    },

    'imports.weatherPreview': (input: FileInput & { csvMapping?: CsvMapping }) => weatherAnalysis(input).preview,

    'imports.weatherCommit': (input: FileInput & { name: string; csvMapping?: CsvMapping }): ImportCommitted => {
      const { preview, series } = weatherAnalysis(input);
      const channels: Record<string, Float64Array> = { ghiWm2: series.ghiWm2, tempC: series.tempC };
      if (series.dniWm2) channels.dniWm2 = series.dniWm2;
      if (series.dhiWm2) channels.dhiWm2 = series.dhiWm2;
      if (series.windMs) channels.windMs = series.windMs;
      const { months: _months, ...report } = preview;
      const saved = session.store.saveImportedSeries({
        kind: 'weather',
        name: input.name,
        sourceFile: input.fileName,
        timeline: series.timeline,
        meta: { sourceKind: series.source.kind, label: series.source.label, ...report },
        channels,
      });
      session.changed('imported-series', saved.id);
      return { id: saved.id, name: saved.name };
    },

    'imports.pricePreview': (input: FileInput & { unit?: PriceUnit }) => priceAnalysis(input).preview,
    'imports.priceCommit': (input: FileInput & { name: string; unit?: PriceUnit }): ImportCommitted => commitSeries(input, priceAnalysis(input)),
    'imports.co2Preview': (input: FileInput & { unit?: Co2Unit }) => co2Analysis(input).preview,
    'imports.co2Commit': (input: FileInput & { name: string; unit?: Co2Unit }): ImportCommitted => commitSeries(input, co2Analysis(input)),

    'results.exportCsv': async ({ scenarioId, separator, names }: { scenarioId: string; separator: 'fr' | 'intl'; names?: string[] }) => {
      const { scenario, result } = resultOf(scenarioId);
      const missing = (names ?? []).filter((n) => !result.series[n]);
      if (missing.length) throw new IlotApiError({ code: 'validation', message: `Unknown series: ${missing.join(', ')}`, issues: [{ path: 'names', message: `Unknown series: ${missing.join(', ')}` }] });
      return await writeSeriesCsv(result, exportPath(session.store.file, scenario.name, 'csv'), { separator, names });
    },

    'results.exportXlsx': async ({ scenarioId }: { scenarioId: string }) => {
      const { scenario, result } = resultOf(scenarioId);
      return writeSummaryWorkbook(
        { timeline: result.timeline, series: result.series, kpis: result.kpis, scenarioName: scenario.name, computedAt: result.computedAt, scenario: scenario.data },
        exportPath(session.store.file, scenario.name, 'xlsx'),
      );
    },
  };
}
