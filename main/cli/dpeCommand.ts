import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CliCommand } from './command';
import { parseArgs } from './command';
import { computeDpe } from '../../models/audit/compute';
import { summarizeDpe } from '../../models/audit/summary';
import { computedFigures, registeredFigures } from '../../models/audit/validation/metrics';
import { parseDpeXml } from '../../models/audit/xml/parse';
import { node, optNum, optStr } from '../../models/audit/xml/read';

const fmt = (v: number | undefined, digits = 0) => (v === undefined || !Number.isFinite(v) ? '-' : v.toLocaleString('fr-FR', { maximumFractionDigits: digits }));

export const command: CliCommand = {
  name: 'dpe',
  summary: 'Compute a DPE (3CL-DPE-2021) from an ADEME XML record, beside its registered values',
  usage: 'Usage: dpe FILE.xml [--json]\n  --json  print {ep_m2, ges_m2, label, label_energy, label_ges, gv_w_k, ef_kwh, ep_kwh, ges_kg} only',
  async run(args, io) {
    const { positionals, options } = parseArgs(args);
    if (positionals.length !== 1) {
      io.err('dpe: expected one XML file (see dpe --help)');
      return 2;
    }
    const file = path.resolve(io.cwd, positionals[0]);
    if (!existsSync(file)) {
      io.err(`dpe: file not found: ${file}`);
      return 2;
    }
    let parsed;
    let result;
    try {
      parsed = parseDpeXml(readFileSync(file, 'utf8'));
      result = computeDpe(parsed.input);
    } catch (e) {
      io.err(`dpe: ${path.basename(file)}: ${(e as Error).message.split('\n')[0]}`);
      return 2;
    }
    const summary = summarizeDpe(result);
    if (options.has('json')) {
      io.out(JSON.stringify(summary));
      return 0;
    }
    const sortie = parsed.registered.sortie;
    const reg = registeredFigures(sortie);
    const calc = computedFigures(result);
    const ef = node(sortie, 'ef_conso');
    const ges = node(sortie, 'emission_ges');
    const ep = node(sortie, 'ep_conso');
    const g = result.envelope.general;
    const rows: [string, number | string | undefined, number | string | undefined][] = [
      ['GV (W/K)', calc.gv, reg.gv],
      ['heating need (kWh)', calc.besoin_ch, reg.besoin_ch],
      ['EF heating (kWh)', summary.ef_kwh.chauffage, optNum(ef, 'conso_ch')],
      ['EF DHW (kWh)', summary.ef_kwh.ecs, optNum(ef, 'conso_ecs')],
      ['EF cooling (kWh)', summary.ef_kwh.refroidissement, optNum(ef, 'conso_fr')],
      ['EF lighting (kWh)', summary.ef_kwh.eclairage, optNum(ef, 'conso_eclairage')],
      ['EF auxiliaries (kWh)', summary.ef_kwh.auxiliaires, optNum(ef, 'conso_totale_auxiliaire')],
      ['EP total (kWh)', summary.ep_kwh, optNum(ep, 'ep_conso_5_usages')],
      ['GHG total (kg CO2e)', summary.ges_kg, optNum(ges, 'emission_ges_5_usages')],
      ['EP per m² (kWh/m².yr)', summary.ep_m2, reg.ep_m2],
      ['GHG per m² (kg/m².yr)', summary.ges_m2, optNum(ges, 'emission_ges_5_usages_m2')],
      ['energy class', summary.label_energy, undefined],
      ['GHG class', summary.label_ges, optStr(ges, 'classe_emission_ges')],
      ['label', summary.label, reg.label],
    ];
    io.out(`DPE ${result.numeroDpe} — ${g.buildingType}, ${fmt(g.surfaceM2, 1)} m², zone ${g.zone}, issued ${g.dpeDate}`);
    io.out(`${'value'.padEnd(24)}${'computed'.padStart(14)}${'registered'.padStart(14)}`);
    for (const [name, c, r] of rows) {
      const cs = typeof c === 'number' ? fmt(c) : (c ?? '-');
      const rs = typeof r === 'number' ? fmt(r) : (r ?? '-');
      io.out(`${name.padEnd(24)}${cs.padStart(14)}${rs.padStart(14)}`);
    }
    for (const w of [...result.envelope.warnings, ...result.systems.warnings]) io.out(`warning: ${w}`);
    return 0;
  },
};
