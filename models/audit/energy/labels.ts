/**
 * Energy and climate labels of the DPE, arrêté of 31 March 2021 annex 5 (thresholds table
 * resources/dpe/energy/etiquette-energie.json and etiquette-climat.json, from the doctrine CSVs):
 * - per-m² primary energy (kWhEP/m².yr) and GHG (kgCO2e/m².yr) are truncated to integers first;
 * - energy label = the worse of the primary-energy class and the GHG class ("double seuil");
 * - in zones H1b, H1c, H2d above 800 m the E/F upper bounds become 390/500 (energy) and 80/110 (GHG);
 * - arrêté of 25 March 2024: for DPEs issued from 1 July 2024, dwellings with a reference surface
 *   under 40 m² use per-surface thresholds. That table (one row per m² from 8 to 40 m²) is not
 *   among the reference data available here; `classify` reports `smallSurfaceRuleApplied: false`
 *   and a reason instead of guessing values.
 */
import energyTable from '../../../resources/dpe/energy/etiquette-energie.json';
import climateTable from '../../../resources/dpe/energy/etiquette-climat.json';
import type { Label } from './types';

export const LABELS: readonly Label[] = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];

type ThresholdRow = Record<string, string | number | null>;

export interface ClassifyInput {
  epM2: number;
  gesM2: number;
  zone: string;
  /** Altitude of the site (m); give either this or altitudeClass (3 = above 800 m). */
  altitudeM?: number;
  altitudeClass?: 1 | 2 | 3;
  surfaceM2: number;
  dpeDate: string;
}

export interface ClassifyResult {
  label: Label;
  labelEnergy: Label;
  labelGes: Label;
  epM2: number;
  gesM2: number;
  mountainRule: boolean;
  smallSurfaceRuleApplies: boolean;
  smallSurfaceRuleApplied: boolean;
  note?: string;
}

const SMALL_SURFACE_FROM = '2024-07-01';
const MOUNTAIN_ZONES = ['H1b', 'H1c', 'H2d'];

function matchesZoneAltitude(row: ThresholdRow, zone: string, above800: boolean): boolean {
  const zones = String(row['zone_climatique']).split('|');
  if (!zones.includes(zone)) return false;
  // Rows split on altitude 800 m: `altitude/lte` = 800 → not above 800; `altitude/gt` = 800 → above.
  if (row['altitude/lte'] === 800 && above800) return false;
  if (row['altitude/gt'] === 800 && !above800) return false;
  return true;
}

/** Class of one indicator: the first row (best class first) whose upper bound exceeds the value. */
function classOf(table: ThresholdRow[], column: string, value: number, zone: string, above800: boolean): Label {
  for (const label of LABELS) {
    const rows = table.filter(
      (r) => (r['etiquette_energie'] ?? r['etiquette_climat']) === label && matchesZoneAltitude(r, zone, above800),
    );
    for (const r of rows) {
      const lt = r[`${column}/lt`];
      const gte = r[`${column}/gte`];
      if (typeof lt === 'number' && !(value < lt)) continue;
      if (typeof gte === 'number' && !(value >= gte)) continue;
      if (typeof lt === 'number' || typeof gte === 'number') return label;
    }
  }
  return 'G';
}

export function worse(a: Label, b: Label): Label {
  return LABELS.indexOf(a) >= LABELS.indexOf(b) ? a : b;
}

export function classify(input: ClassifyInput): ClassifyResult {
  if (!Number.isFinite(input.epM2) || input.epM2 < 0) throw new Error(`epM2: expected a non-negative number, got ${input.epM2}`);
  if (!Number.isFinite(input.gesM2) || input.gesM2 < 0) throw new Error(`gesM2: expected a non-negative number, got ${input.gesM2}`);
  if (!/^H(1[abc]|2[abcd]|3)$/.test(input.zone)) throw new Error(`zone: expected H1a..H3, got ${input.zone}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.dpeDate)) throw new Error(`dpeDate: expected YYYY-MM-DD, got ${input.dpeDate}`);
  const epM2 = Math.trunc(input.epM2);
  const gesM2 = Math.trunc(input.gesM2);
  const above800 = input.altitudeM !== undefined ? input.altitudeM > 800 : input.altitudeClass === 3;
  const mountainRule = above800 && MOUNTAIN_ZONES.includes(input.zone);
  const rowsE = energyTable as ThresholdRow[];
  const rowsC = climateTable as ThresholdRow[];
  // The energy table pairs each cep band with the eges bound of the same class; the GHG class alone
  // is read from the climate table, and the label is the worse of both.
  const labelEnergyCep = classOf(
    rowsE.filter((r) => typeof r['cep/lt'] === 'number' || typeof r['cep/gte'] === 'number'),
    'cep',
    epM2,
    input.zone,
    above800,
  );
  const labelGes = classOf(rowsC, 'eges', gesM2, input.zone, above800);
  const smallSurfaceRuleApplies = input.dpeDate >= SMALL_SURFACE_FROM && input.surfaceM2 < 40;
  return {
    label: worse(labelEnergyCep, labelGes),
    labelEnergy: labelEnergyCep,
    labelGes,
    epM2,
    gesM2,
    mountainRule,
    smallSurfaceRuleApplies,
    smallSurfaceRuleApplied: false,
    note: smallSurfaceRuleApplies
      ? 'under 40 m² from 1 July 2024: per-surface thresholds of the arrêté of 25 March 2024 not available, standard thresholds used'
      : undefined,
  };
}
