/**
 * Territory computations off the main thread: the flexibility study of a portfolio and its
 * activations (models/flex/portfolioStudy.ts), the reading of a sites CSV, the collective self-consumption run, its DSO key
 * file and the reading of an imported curve (models/acc/operationDoc.ts).
 *
 * Every method answers an ApiResult: a validation error of the models (IlotApiError) comes back
 * as data, because comlink rebuilds a thrown error with its message only and the typed fields
 * (code, field issues) would be lost. Anything else is thrown and reported as internal.
 *
 * The year of envelopes of a portfolio (models, states: not transferable as such) and the year of
 * curves of an operation are memoised here under the content key the caller computed, so an
 * activation or a new allocation key does not recompute them. The memo is only a shortcut: a fresh
 * worker (after a crash) recomputes from the document it is given.
 */
import { IlotApiError, type ApiResult } from '../models/api/errors';
import type { AccOperationDoc, AccRunView, ActivationView, FlexStudyView, PortfolioDoc } from '../models/api/territoryContract';
import { accKeysFile, accRunView, buildOperation, curveSourcesKey, parseOperationDoc, runOperationDoc, withImportedCurve } from '../models/acc/operationDoc';
import type { AccOperation } from '../models/acc/schemas';
import { activationView, flexStudyParts, portfolioFlexOfDoc } from '../models/flex/portfolioStudy';
import type { PortfolioFlex } from '../models/flex/portfolioFlex';
import { previewSitesCsv, type SitesImportPreview } from '../models/flex/sitesCsv';
import { exposeWorkerApi } from './runtime';

export interface PortfolioInput {
  /** Content key of (name, data), computed by the caller; the memo's key. */
  readonly key: string;
  readonly name: string;
  readonly data: PortfolioDoc;
}

export interface OperationInput {
  readonly name: string;
  /**
   * The stored document's data as JSON text, parsed and validated here: with imported curves (a
   * year of kWh per participant) parsing, validating and cloning it as an object would cost the
   * main thread tens of milliseconds, a string crosses the thread boundary as one copy.
   */
  readonly dataJson: string;
}

/** Small most-recently-used memo: a user switches between a couple of portfolios or operations at most. */
class Memo<T> {
  private readonly entries = new Map<string, T>();
  constructor(private readonly size: number) {}
  get(key: string, compute: () => T): T {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = compute();
    this.entries.set(key, value);
    while (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }
}

const portfolios = new Memo<PortfolioFlex>(2);
const operations = new Memo<AccOperation>(2);

function answer<T>(compute: () => T): ApiResult<T> {
  try {
    return { ok: true, value: compute() };
  } catch (error) {
    if (error instanceof IlotApiError) return { ok: false, error: error.toData() };
    throw error;
  }
}

const portfolioFlexOf = (input: PortfolioInput) => portfolios.get(input.key, () => portfolioFlexOfDoc(input.name, input.data));
const operationOf = (input: OperationInput) => {
  const doc = parseOperationDoc(JSON.parse(input.dataJson) as unknown);
  // Keyed by the curve sources themselves (short unless curves are imported, then compared once per call).
  return { doc, curves: operations.get(curveSourcesKey(doc), () => buildOperation(input.name, doc)) };
};

const api = {
  async flexStudy(input: PortfolioInput): Promise<ApiResult<FlexStudyView>> {
    const started = performance.now();
    return answer(() => {
      const parts = flexStudyParts(portfolioFlexOf(input));
      return { ...parts, computeMs: Math.round(performance.now() - started), computedAt: new Date().toISOString() };
    });
  },

  async flexActivate(input: PortfolioInput & { readonly label: string; readonly startUtcMs: number; readonly hours: number }): Promise<ApiResult<ActivationView>> {
    return answer(() => activationView(portfolioFlexOf(input), input.label, input.startUtcMs, input.hours));
  },

  /** A sites CSV read and checked row by row (a syndicate's file may hold thousands of sites). */
  async flexPreviewCsv(input: { readonly text: string }): Promise<ApiResult<SitesImportPreview>> {
    return answer(() => previewSitesCsv(input.text));
  },

  async accRun(input: OperationInput): Promise<ApiResult<AccRunView>> {
    const started = performance.now();
    return answer(() => {
      const { doc, curves } = operationOf(input);
      const { op, result } = runOperationDoc(input.name, curves, doc);
      return { ...accRunView(op, result, doc), computeMs: Math.round(performance.now() - started) };
    });
  },

  async accKeysFile(input: OperationInput): Promise<ApiResult<{ csv: string; rows: number; header: string; key: AccOperationDoc['key'] }>> {
    return answer(() => {
      const { doc, curves } = operationOf(input);
      return { ...accKeysFile(runOperationDoc(input.name, curves, doc).result), key: doc.key };
    });
  },

  /** The document (`dataJson`) with one participant's curve replaced by an imported `Horodate;kWh` file. */
  async accImportCurve(input: { readonly dataJson: string; readonly prm: string; readonly text: string; readonly file: string }): Promise<ApiResult<AccOperationDoc>> {
    return answer(() => withImportedCurve(parseOperationDoc(JSON.parse(input.dataJson) as unknown), input.prm, input.text, input.file));
  },
};

export type TerritoryWorkerApi = typeof api;
exposeWorkerApi(api);
