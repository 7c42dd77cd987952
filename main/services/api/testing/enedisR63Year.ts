/**
 * Builds an SGE R63 load-curve file (the layout of models/loads/fixtures/r63-*.csv) for tests:
 * 30-minute average powers in W, stamped at the END of each interval in naive Paris local time,
 * as Enedis does, so the two clock changes of the year appear (23 h and 25 h days, the repeated
 * 02:00/02:30 stamps in October). Rows whose interval starts inside `gap` are left out.
 */
import { utcToParisNaiveMs } from '../../../../models/calendar/parisTime';

export const R63_HEADER =
  'Identifiant PRM;Date de début;Date de fin;Grandeur physique;Grandeur métier;Etape métier;Unité;Horodate;Valeur;Nature;Pas;Indice de vraisemblance;Etat complémentaire';

export interface R63Options {
  /** Interval starts, UTC ms, [from, to). */
  readonly fromUtcMs: number;
  readonly toUtcMs: number;
  readonly gap?: { readonly fromUtcMs: number; readonly toUtcMs: number };
  /** Average power in W of the interval starting at `utcMs`. */
  readonly powerW?: (utcMs: number) => number;
  readonly prm?: string;
}

const naive = (utcMs: number) => new Date(utcToParisNaiveMs(utcMs)).toISOString().slice(0, 19).replace('T', ' ');

/** A daily shape: 600 W at night, 1 500 W by day, whole watts. */
export const dailyShapeW = (utcMs: number): number => {
  const hour = new Date(utcToParisNaiveMs(utcMs)).getUTCHours();
  return hour >= 7 && hour < 22 ? 1500 : 600;
};

export function r63Text(options: R63Options): string {
  const step = 30 * 60_000;
  const prm = options.prm ?? '09876543210123';
  const power = options.powerW ?? dailyShapeW;
  const lines = [R63_HEADER];
  for (let t = options.fromUtcMs; t < options.toUtcMs; t += step) {
    if (options.gap && t >= options.gap.fromUtcMs && t < options.gap.toUtcMs) continue;
    lines.push(`${prm};;;PA;CONS;BRUT;W;${naive(t + step)};${power(t)};R;PT30M;;`);
  }
  return `${lines.join('\n')}\n`;
}
