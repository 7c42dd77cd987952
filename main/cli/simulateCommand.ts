/**
 * `npm run cli -- simulate FILE [--scenario NAME] [--csv OUT] [--json]` and `simulate --example belle-ile`.
 * FILE is a scenario JSON document or an .ilot project (micro-grid scenarios read through the project
 * store; imported weather/load references resolved from its imported series; the result is saved back
 * beside the scenario). Runs in-process (the same runScenario as the worker).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { parseArgs, type CliCommand, type CliIo } from './command';
import { belleIleScenario } from '../../models/examples/belleIle';
import { runScenario, ScenarioValidationError, type ScenarioRunResult } from '../../models/sim/runScenario';
import { ScenarioAssemblyError, type ResolvedReferences } from '../../models/sim/assemble';
import { toStoredResult } from '../../models/results/storedResult';
import { openProject } from '../services/projectStore';
import { resolveReferences } from '../services/simulation/simulationService';
import type { ProjectStore } from '../services/projectStore/projectStore';

const USAGE = `Usage:
  npm run cli -- simulate FILE [--scenario NAME] [--csv OUT] [--json]
  npm run cli -- simulate --example belle-ile [--step 1|5|10|15|30|60] [--csv OUT] [--json]

FILE: a micro-grid scenario JSON document, or an .ilot project (then --scenario picks a micro-grid
scenario by name or id when there are several; the result is saved in the project).
--dispatch KIND  overrides the scenario's dispatch: self-consumption, offpeak-charging,
            peak-shaving (with --cap-kw N), islanded-shedding, optimal (48 h horizon)
--csv OUT   writes the per-step series (semicolons, comma decimals, UTC times)
--json      prints KPIs and economics as JSON instead of the French summary`;

class CliInputError extends Error {}

export const command: CliCommand = {
  name: 'simulate',
  summary: 'Simulate a micro-grid scenario (JSON or .ilot project) and print its KPIs',
  usage: USAGE,
  async run(args, io) {
    const { positionals, options } = parseArgs(args);
    try {
      const { doc, resolved, save } = loadScenario(positionals, options, io);
      const result = await runScenario({ scenario: withDispatchOverride(doc, options), resolved });
      const csv = options.get('csv');
      if (csv === true) throw new CliInputError('--csv needs a file name');
      if (typeof csv === 'string') writeFileSync(resolve(io.cwd, csv), seriesCsv(result));
      save?.(result);
      if (options.has('json')) io.out(JSON.stringify(jsonSummary(result), null, 2));
      else io.out(frenchSummary(result));
      if (typeof csv === 'string') io.out(`Séries écrites dans ${csv}`);
      return 0;
    } catch (error) {
      if (error instanceof CliInputError || error instanceof ScenarioValidationError || error instanceof ScenarioAssemblyError) {
        io.err(`simulate: ${error.message}`);
        return 2;
      }
      const e = error as { code?: string; message?: string };
      if (e && typeof e.message === 'string' && (e.code === 'ENOENT' || e.code === 'project-file' || e.code === 'not-found' || error instanceof SyntaxError)) {
        io.err(`simulate: ${e.message}`);
        return 2;
      }
      throw error;
    }
  },
};

function withDispatchOverride(doc: unknown, options: Map<string, string | true>): unknown {
  const kind = options.get('dispatch');
  if (kind === undefined) return doc;
  const capKw = options.get('cap-kw');
  const specs: Record<string, unknown> = {
    'self-consumption': { kind: 'self-consumption' },
    'offpeak-charging': { kind: 'offpeak-charging' },
    'peak-shaving': { kind: 'peak-shaving', capKw: typeof capKw === 'string' ? Number(capKw) : undefined },
    'islanded-shedding': { kind: 'islanded-shedding' },
    optimal: { kind: 'optimal', horizonHours: 48 },
  };
  if (typeof kind !== 'string' || !(kind in specs)) throw new CliInputError(`--dispatch must be one of ${Object.keys(specs).join(', ')}`);
  if (kind === 'peak-shaving' && !(typeof capKw === 'string' && Number(capKw) >= 0)) throw new CliInputError('--dispatch peak-shaving needs --cap-kw N (kW, ≥ 0)');
  return { ...(doc as object), dispatch: specs[kind] };
}

interface Loaded {
  doc: unknown;
  resolved?: ResolvedReferences;
  save?: (r: ScenarioRunResult) => void;
}

function loadScenario(positionals: string[], options: Map<string, string | true>, io: CliIo): Loaded {
  const example = options.get('example');
  if (example !== undefined) {
    if (example !== 'belle-ile') throw new CliInputError(`unknown example "${String(example)}" (available: belle-ile)`);
    const stepOpt = options.get('step');
    const step = stepOpt === undefined ? 15 : Number(stepOpt);
    if (![1, 5, 10, 15, 30, 60].includes(step)) throw new CliInputError('--step must be 1, 5, 10, 15, 30 or 60');
    return { doc: belleIleScenario(step as 15) };
  }
  const file = positionals[0];
  if (!file) throw new CliInputError('a scenario file (.json or .ilot) or --example belle-ile is required');
  const path = resolve(io.cwd, file);
  if (extname(path) === '.ilot') return loadFromProject(path, options.get('scenario'));
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new CliInputError(`cannot read ${file}`);
  }
  try {
    return { doc: JSON.parse(text) };
  } catch (e) {
    throw new CliInputError(`${file} is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
}

function loadFromProject(path: string, wanted: string | true | undefined): Loaded {
  const store: ProjectStore = openProject(path);
  const list = store.listScenarios('microgrid');
  if (list.length === 0) throw new CliInputError('the project has no micro-grid scenario');
  let pick = list[0];
  if (typeof wanted === 'string') {
    const found = list.find((s) => s.id === wanted || s.name === wanted);
    if (!found) throw new CliInputError(`no micro-grid scenario named "${wanted}" (available: ${list.map((s) => s.name).join(', ')})`);
    pick = found;
  } else if (list.length > 1) {
    throw new CliInputError(`the project has ${list.length} micro-grid scenarios, choose one with --scenario (${list.map((s) => s.name).join(', ')})`);
  }
  const record = store.getScenario(pick.id);
  // Same resolution of imported weather/load references as the app's simulation service.
  const resolved = resolveReferences(store, record.data);
  return {
    doc: record.data,
    resolved,
    save: (r) => {
      // Stored in the app's format (models/results/storedResult.ts) so the dashboard reads CLI runs too.
      store.saveScenarioResult(record.id, toStoredResult(r, r.assembled, r.economics));
      store.close();
    },
  };
}

function namedSeries(r: ScenarioRunResult): Record<string, Float64Array> {
  const out: Record<string, Float64Array> = { ...(r.series as unknown as Record<string, Float64Array>) };
  r.groups.forEach((g, k) => {
    out[`evChargeKw:${g}`] = r.evChargeKwByGroup[k];
    out[`v2gKw:${g}`] = r.v2gKwByGroup[k];
  });
  return out;
}

function seriesCsv(r: ScenarioRunResult): string {
  const named = namedSeries(r);
  const names = Object.keys(named);
  const lines = [['timeUtc', ...names].join(';')];
  const stepMs = r.timeline.stepMinutes * 60_000;
  for (let i = 0; i < r.timeline.length; i++) {
    const row = [new Date(r.timeline.startUtcMs + i * stepMs).toISOString()];
    for (const n of names) row.push(String(Math.round(named[n][i] * 1e6) / 1e6).replace('.', ','));
    lines.push(row.join(';'));
  }
  return lines.join('\n') + '\n';
}

function jsonSummary(r: ScenarioRunResult) {
  const { cashFlowsEur, ...eco } = r.economics;
  return { scenario: r.scenario.name, timeline: r.timeline, kpis: r.kpis, economics: { ...eco, cashFlowsEur: Array.from(cashFlowsEur) }, notes: r.notes, timings: { assemblyMs: r.assemblyMs, ...r.timings } };
}

const nf = (digits: number) => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const kwh = (v: number) => `${nf(0).format(v)} kWh`;
const pct = (v: number) => `${nf(1).format(v * 100)} %`;
const eur = (v: number) => `${nf(0).format(v)} €`;
const year = (v: number) => (Number.isFinite(v) ? new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1, minimumFractionDigits: 1, useGrouping: false }).format(v) : 'au-delà de 60 ans');

function frenchSummary(r: ScenarioRunResult): string {
  const k = r.kpis;
  const e = r.economics;
  const lines = [
    `Scénario : ${r.scenario.name}`,
    `Période : ${r.scenario.period.year}, pas de ${r.timeline.stepMinutes} min (${r.timeline.length} pas) — pilotage ${r.scenario.dispatch.kind}, recharge ${r.scenario.chargingPolicy}`,
    '',
    `Production PV            ${kwh(k.pvKwh)}`,
    `Consommation des usages  ${kwh(k.loadKwh)}`,
    `Recharge des VE          ${kwh(k.evChargeKwh)}   dont V2G restitué ${kwh(k.v2gKwh)}`,
    `Soutirage réseau         ${kwh(k.importKwh)}   pointe ${nf(1).format(k.peakImportKw)} kW`,
    `Injection réseau         ${kwh(k.exportKwh)}`,
    `Écrêtement PV            ${kwh(k.curtailedKwh)}`,
    `Énergie non fournie      ${kwh(k.unservedKwh)}   délestée ${kwh(k.shedKwh)} (${k.shedEvents} épisodes, rebond ${kwh(k.reboundKwh)})`,
    `Taux d'autoconsommation  ${pct(k.selfConsumptionRate)}`,
    `Taux d'autoproduction    ${pct(k.selfSufficiency)}`,
    '',
    `Stockage : ${nf(1).format(k.equivalentFullCycles)} cycles équivalents, pertes ${kwh(k.storageLossesKwh)}`,
    `  SoH ${nf(3).format(k.storageSohStart)} → ${nf(3).format(k.storageSohEnd)} (pack le plus faible ${nf(3).format(k.lowestPackSohEnd)}), fin de vie projetée ${year(k.projectedEndOfLifeYear)} (premier pack ${year(k.firstPackEndOfLifeYear)})`,
    `VE : ${k.departuresAtRequestedSoc} départs sur ${k.departures} avec l'énergie demandée (${pct(k.departuresAtRequestedSocShare)})`,
    '',
    `Coût de l'énergie        ${eur(k.energyCostEur)}   (référence sans PV ni stockage ${eur(k.baselineEnergyCostEur)})`,
    `CO2 du soutirage         ${nf(0).format(k.co2Kg)} kg CO2e   (référence ${nf(0).format(k.baselineCo2Kg)} kg)`,
    `Investissement           ${eur(e.capexEur)}   économie annuelle ${eur(e.firstYearSavingsEur)}`,
    `VAN ${eur(e.npvEur)}, TRI ${e.irr === null ? 'non défini' : pct(e.irr)}, LCOE ${nf(3).format(e.lcoeEurPerKwh)} €/kWh, retour simple ${Number.isFinite(e.simplePaybackYears) ? `${nf(1).format(e.simplePaybackYears)} ans` : 'non atteint'}`,
    e.storageReplacementYears.length > 0 ? `Remplacements du stockage : années ${e.storageReplacementYears.join(', ')}` : 'Pas de remplacement du stockage sur la durée du projet',
    '',
    ...r.notes.map((n) => `Note : ${n}`),
    `Calcul : assemblage ${nf(0).format(r.assemblyMs)} ms, simulation ${nf(0).format(r.timings.prepareMs + r.timings.loopMs)} ms`,
  ];
  return lines.join('\n');
}
