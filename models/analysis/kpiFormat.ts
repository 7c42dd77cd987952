/**
 * Display rules of the result KPIs: unit, scaling and digits, so every screen and export shows
 * "62,4 %" or "12,3 MWh" the same way. Labels and definitions are UI texts (renderer i18n); this file
 * holds only what is locale-independent plus the number formatting of models/core/numberFormat.ts.
 */
import { formatNumber, type UiLocale } from '../core/numberFormat';

export type KpiKind = 'fraction' | 'energyKwh' | 'powerKw' | 'eur' | 'kgCo2e' | 'count' | 'percent' | 'years' | 'year' | 'eurPerKwh';

export interface KpiSpec {
  readonly kind: KpiKind;
  readonly digits: number;
}

export const KPI_SPECS: Record<string, KpiSpec> = {
  selfConsumptionRate: { kind: 'fraction', digits: 1 },
  selfSufficiencyRate: { kind: 'fraction', digits: 1 },
  departuresOnTargetShare: { kind: 'fraction', digits: 0 },
  importKwh: { kind: 'energyKwh', digits: 1 },
  exportKwh: { kind: 'energyKwh', digits: 1 },
  unservedKwh: { kind: 'energyKwh', digits: 1 },
  curtailedKwh: { kind: 'energyKwh', digits: 1 },
  v2gKwh: { kind: 'energyKwh', digits: 1 },
  peakImportKw: { kind: 'powerKw', digits: 1 },
  equivalentFullCycles: { kind: 'count', digits: 0 },
  sohEnd: { kind: 'percent', digits: 1 },
  endOfLifeYear: { kind: 'year', digits: 0 },
  energyCostEur: { kind: 'eur', digits: 0 },
  baselineCostEur: { kind: 'eur', digits: 0 },
  npvEur: { kind: 'eur', digits: 0 },
  co2Kg: { kind: 'kgCo2e', digits: 0 },
  irrPct: { kind: 'percent', digits: 1 },
  lcoeEurPerKwh: { kind: 'eurPerKwh', digits: 3 },
  paybackYears: { kind: 'years', digits: 1 },
};

export interface FormattedKpi {
  readonly value: string;
  readonly unit: string;
}

/**
 * Formats a KPI for display. Energies of 10 MWh and more switch to MWh, masses of 10 t and more to
 * t, money of 100 000 EUR and more to k€, so cards stay short; unknown keys are shown as plain numbers.
 */
export function formatKpi(key: string, value: number, locale: UiLocale = 'fr'): FormattedKpi {
  const spec = KPI_SPECS[key] ?? { kind: 'count', digits: 2 };
  const f = (v: number, d = spec.digits) => formatNumber(v, locale, d, 0);
  if (!Number.isFinite(value)) return { value: '—', unit: unitOf(spec.kind, locale) };
  switch (spec.kind) {
    case 'fraction':
      return { value: f(value * 100), unit: '%' };
    case 'percent':
      return { value: f(value), unit: '%' };
    case 'energyKwh':
      return Math.abs(value) >= 10_000 ? { value: f(value / 1000, 1), unit: 'MWh' } : { value: f(value), unit: 'kWh' };
    case 'kgCo2e':
      return Math.abs(value) >= 10_000 ? { value: f(value / 1000, 1), unit: 't CO₂e' } : { value: f(value), unit: 'kg CO₂e' };
    case 'eur':
      return Math.abs(value) >= 100_000 ? { value: f(value / 1000, 0), unit: 'k€' } : { value: f(value), unit: '€' };
    case 'year':
      // A calendar year is not a quantity: no thousands separator ("2034", not "2 034").
      return { value: String(Math.round(value)), unit: '' };
    default:
      return { value: f(value), unit: unitOf(spec.kind, locale) };
  }
}

function unitOf(kind: KpiKind, locale: UiLocale): string {
  switch (kind) {
    case 'fraction':
    case 'percent':
      return '%';
    case 'energyKwh':
      return 'kWh';
    case 'powerKw':
      return 'kW';
    case 'eur':
      return '€';
    case 'kgCo2e':
      return 'kg CO₂e';
    case 'years':
      return locale === 'fr' ? 'ans' : 'years';
    case 'eurPerKwh':
      return '€/kWh';
    default:
      return '';
  }
}
