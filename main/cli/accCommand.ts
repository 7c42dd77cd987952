/**
 * `acc`: collective self-consumption operation from CSV files (models/acc). Prints the energy
 * balance per participant and for the operation, the perimeter rule applied, and writes the
 * allocation-key file for the DSO.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { allocationKeyCsv } from '../../models/acc/keysExport';
import { runAccOperation, type AccResult } from '../../models/acc/operation';
import { accPricesSchema } from '../../models/acc/bill';
import { DEROGATIONS } from '../../models/acc/perimeter';
import { formatIssues } from '../../models/acc/schemas';
import { AccFileError, readAccOperation } from '../services/accFiles';
import { parseArgs, type CliCommand } from './command';

const KEY_NAMES = { static: 'static', default: 'default', priority: 'priority', ratios: 'ratios' } as const;

const usage = `Usage: npm run cli -- acc --curves FILE.csv --roles ROLES.csv --key static|default|priority|ratios
         [--shares SHARES.csv] [--step 15|30] [--keys-out KEYS.csv] [--json]
         [--date YYYY-MM-DD] [--derogation none|periurban|rural|epci-public] [--zone mainland|zni]
         [--prices PRICES.json]

  --curves     Horodate column, then one column of kWh per step per participant, named by PRM
  --roles      PRM;role;lat;lon[;peak_kw;priority;share;ratio] (role: producer or consumer)
  --key        allocation key: static (fixed shares, unused → surplus), default (pro rata of
               consumption), priority (groups, 1 first), ratios (fixed ratios, re-shared)
  --shares     PRM;share (percent) for the static key, if not given in the roles file
  --step       expected step in minutes (checked against the file)
  --keys-out   write the allocation keys as the DSO expects them (Horodate;PRM;…, % with commas)
  --json       print one JSON object {operation, participants, perimeter} (rates as fractions)
  --date       date the perimeter rules are applied at (default: today)
  --derogation distance derogation asked for (default none: 2 km)
  --prices     JSON of EUR/kWh excl. VAT for the bill impact: supplyEurPerKwh, turpeAlloEurPerKwh,
               turpeAutoEurPerKwh, acciseEurPerKwh, acciseOnSelfConsumed, localPriceEurPerKwh,
               surplusPriceEurPerKwh (defaults are illustrative)
Example: npm run cli -- acc --curves resources/examples/acc/curves.csv --roles resources/examples/acc/roles.csv --key default`;

const fr = (v: number, digits = 1) => v.toLocaleString('fr-FR', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const pct = (v: number | null) => (v === null ? '—' : `${fr(v * 100)} %`);

/** Rounded to 1e-6 so sums print as 709.2, not 709.2000000000007; null stays null. */
const r6 = (v: number | null): number | null => (v === null ? null : Math.round(v * 1e6) / 1e6);

function jsonReport(r: AccResult): Record<string, unknown> {
  const participants: Record<string, Record<string, number | null>> = {};
  for (const p of r.participants) {
    participants[p.prm] =
      p.role === 'producer'
        ? { produced_kwh: r6(p.producedKwh), selfconsumed_kwh: r6(p.selfConsumedKwh), surplus_kwh: r6(p.surplusKwh), selfconsumption_rate: r6(p.selfConsumptionRate) }
        : { consumed_kwh: r6(p.consumedKwh), selfconsumed_kwh: r6(p.selfConsumedKwh), selfproduction_rate: r6(p.selfProductionRate) };
  }
  const o = r.operation;
  return {
    operation: {
      produced_kwh: r6(o.producedKwh),
      consumed_kwh: r6(o.consumedKwh),
      selfconsumed_kwh: r6(o.selfConsumedKwh),
      surplus_kwh: r6(o.surplusKwh),
      selfconsumption_rate: r6(o.selfConsumptionRate),
      selfproduction_rate: r6(o.selfProductionRate),
    },
    participants,
    perimeter: {
      eligible: r.perimeter.eligible,
      max_distance_km: r.perimeter.maxDistanceKm,
      distance_limit_km: r.perimeter.distanceLimitKm,
      total_peak_kw: r.perimeter.totalPeakKw,
      power_cap_kw: r.perimeter.powerCapKw,
      rule: r.perimeter.rule,
      problems: r.perimeter.problems,
    },
  };
}

function textReport(r: AccResult, io: { out(t: string): void }): void {
  const head = `${'PRM'.padEnd(15)}${'role'.padEnd(10)}${'produced'.padStart(12)}${'consumed'.padStart(12)}${'self-cons.'.padStart(12)}${'surplus'.padStart(12)}${'SC rate'.padStart(10)}${'SP rate'.padStart(10)}`;
  io.out(`Key: ${r.key.kind}   (energies in kWh; SC rate = self-consumed/produced, SP rate = self-consumed/consumed)`);
  io.out(head);
  const line = (id: string, role: string, prod: string, cons: string, sc: number, sur: string, scr: number | null, spr: number | null) =>
    io.out(`${id.padEnd(15)}${role.padEnd(10)}${prod.padStart(12)}${cons.padStart(12)}${fr(sc).padStart(12)}${sur.padStart(12)}${pct(scr).padStart(10)}${pct(spr).padStart(10)}`);
  for (const p of r.participants) {
    if (p.role === 'producer') line(p.prm, 'producer', fr(p.producedKwh), '', p.selfConsumedKwh, fr(p.surplusKwh), p.selfConsumptionRate, null);
    else line(p.prm, 'consumer', '', fr(p.consumedKwh), p.selfConsumedKwh, '', null, p.selfProductionRate);
  }
  const o = r.operation;
  line('operation', '', fr(o.producedKwh), fr(o.consumedKwh), o.selfConsumedKwh, fr(o.surplusKwh), o.selfConsumptionRate, o.selfProductionRate);
  io.out(`Perimeter: ${r.perimeter.eligible ? 'eligible' : 'NOT eligible'} — farthest participants ${fr(r.perimeter.maxDistanceKm, 3)} km apart (${r.perimeter.farthest.join(' – ')}), production ${fr(r.perimeter.totalPeakKw, 0)} kW.`);
  io.out(`  Rule: ${r.perimeter.rule}`);
  for (const p of r.perimeter.problems) io.out(`  Problem: ${p}`);
  const p = r.prices;
  io.out(
    `Bills excl. VAT (supply ${p.supplyEurPerKwh}, TURPE allo ${p.turpeAlloEurPerKwh} / auto ${p.turpeAutoEurPerKwh}, excise ${p.acciseEurPerKwh}${p.acciseOnSelfConsumed ? '' : ' (not on self-consumed)'}, local price ${p.localPriceEurPerKwh} EUR/kWh):`,
  );
  for (const b of r.bills) io.out(`  ${b.prm.padEnd(15)} before ${fr(b.beforeEur, 2).padStart(12)} EUR   after ${fr(b.afterEur, 2).padStart(12)} EUR   saving ${fr(b.savingEur, 2).padStart(10)} EUR`);
  io.out(`  consumers save ${fr(r.totalSavingEur, 2)} EUR in total; producers earn ${fr(r.producersRevenueEur, 2)} EUR (surplus at ${p.surplusPriceEurPerKwh} EUR/kWh).`);
}

export const command: CliCommand = {
  name: 'acc',
  summary: 'Collective self-consumption: allocation keys, balance per participant, perimeter check',
  usage,
  async run(args, io) {
    const { positionals, options } = parseArgs(args);
    const str = (k: string): string | undefined => {
      const v = options.get(k);
      return typeof v === 'string' ? v : undefined;
    };
    const known = new Set(['prices', 'curves', 'roles', 'key', 'shares', 'step', 'keys-out', 'json', 'date', 'derogation', 'zone']);
    for (const k of options.keys()) {
      if (!known.has(k)) {
        io.err(`acc: unknown option --${k} (see npm run cli -- acc --help)`);
        return 2;
      }
    }
    if (positionals.length > 0) {
      io.err(`acc: unexpected argument "${positionals[0]}" (files are given with --curves and --roles)`);
      return 2;
    }
    const curves = str('curves');
    const roles = str('roles');
    if (!curves || !roles) {
      io.err('acc: --curves FILE.csv and --roles ROLES.csv are required');
      return 2;
    }
    const keyArg = str('key') ?? 'default';
    if (!(keyArg in KEY_NAMES)) {
      io.err(`acc: --key must be static, default, priority or ratios, not "${keyArg}"`);
      return 2;
    }
    const stepArg = str('step');
    if (stepArg !== undefined && stepArg !== '15' && stepArg !== '30') {
      io.err(`acc: --step must be 15 or 30, not "${stepArg}"`);
      return 2;
    }
    const derogation = str('derogation') ?? 'none';
    if (!(DEROGATIONS as readonly string[]).includes(derogation)) {
      io.err(`acc: --derogation must be one of ${DEROGATIONS.join(', ')}`);
      return 2;
    }
    const zone = str('zone') ?? 'mainland';
    if (zone !== 'mainland' && zone !== 'zni') {
      io.err('acc: --zone must be mainland or zni');
      return 2;
    }
    const dateIso = str('date') ?? new Date().toISOString().slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(dateIso)) {
      io.err(`acc: --date must be YYYY-MM-DD, not "${dateIso}"`);
      return 2;
    }
    let result: AccResult;
    try {
      const operation = readAccOperation({
        cwd: io.cwd,
        curves,
        roles,
        shares: str('shares'),
        stepMinutes: stepArg === undefined ? undefined : (Number(stepArg) as 15 | 30),
      });
      let prices: unknown = {};
      const pricesFile = str('prices');
      if (pricesFile) {
        try {
          prices = JSON.parse(readFileSync(resolve(io.cwd, pricesFile), 'utf8'));
        } catch (e) {
          throw new AccFileError(pricesFile, null, e instanceof SyntaxError ? `not valid JSON (${e.message})` : 'cannot be read');
        }
      }
      result = runAccOperation(operation, {
        key: KEY_NAMES[keyArg as keyof typeof KEY_NAMES],
        dateIso,
        derogation: derogation as (typeof DEROGATIONS)[number],
        zone,
        prices: accPricesSchema.parse(prices),
      });
    } catch (e) {
      if (e instanceof AccFileError || e instanceof RangeError) {
        io.err(`acc: ${e.message}`);
        return 2;
      }
      if (e instanceof z.ZodError) {
        io.err(`acc: ${formatIssues(e)}`);
        return 2;
      }
      throw e;
    }
    const keysOut = str('keys-out');
    if (keysOut) {
      try {
        writeFileSync(resolve(io.cwd, keysOut), allocationKeyCsv(result.timeline, result.consumerPrms, result.key, result.allocation));
      } catch (e) {
        io.err(`acc: cannot write ${keysOut} (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
        return 2;
      }
    }
    if (options.has('json')) io.out(JSON.stringify(jsonReport(result)));
    else {
      textReport(result, io);
      if (keysOut) io.out(`Allocation keys written to ${keysOut}.`);
    }
    return 0;
  },
};
