/**
 * French labels and units of the result series and KPIs for exports (the workbook is read by French
 * clients; the UI's own texts live in the renderer's i18n, which the Node side cannot import).
 */
import type { KpiKind } from '../../../models/analysis/kpiFormat';

export const SERIES_LABELS_FR: Readonly<Record<string, string>> = {
  pvKw: 'Production PV',
  loadKw: 'Consommation',
  servedKw: 'Consommation servie',
  shedKw: 'Délestage',
  unservedKw: 'Non servi',
  storageChargeKw: 'Charge stockage',
  storageDischargeKw: 'Décharge stockage',
  storageSocPct: 'État de charge',
  evChargeKw: 'Recharge VE',
  v2gKw: 'Injection V2G',
  gridImportKw: 'Soutirage réseau',
  gridExportKw: 'Injection réseau',
  curtailedKw: 'Écrêtement PV',
};

/** Unit from the name's suffix (DESIGN.md: units in names). */
export function seriesUnit(name: string): string {
  if (/Kw$/.test(name)) return 'kW';
  if (/Kwh$/.test(name)) return 'kWh';
  if (/Pct$/.test(name)) return '%';
  if (/C$/.test(name) && /temp/i.test(name)) return '°C';
  return '';
}

export function seriesLabelFr(name: string): string {
  const unit = seriesUnit(name);
  return `${SERIES_LABELS_FR[name] ?? name}${unit ? ` (${unit})` : ''}`;
}

export const KPI_LABELS_FR: Readonly<Record<string, string>> = {
  selfConsumptionRate: 'Taux d’autoconsommation',
  selfSufficiencyRate: 'Taux d’autoproduction',
  importKwh: 'Énergie soutirée',
  exportKwh: 'Énergie injectée',
  peakImportKw: 'Pointe de soutirage',
  unservedKwh: 'Énergie non servie',
  curtailedKwh: 'Énergie écrêtée',
  equivalentFullCycles: 'Cycles équivalents',
  sohEnd: 'État de santé final',
  endOfLifeYear: 'Fin de vie estimée',
  v2gKwh: 'Énergie V2G',
  departuresOnTargetShare: 'Départs à l’objectif',
  energyCostEur: 'Facture d’énergie',
  baselineCostEur: 'Facture de référence',
  co2Kg: 'Émissions',
  npvEur: 'VAN',
  irrPct: 'TRI',
  lcoeEurPerKwh: 'LCOE',
  paybackYears: 'Temps de retour',
};

/** Unit shown beside a KPI and the Excel number format of its value. */
export function kpiUnitAndFormat(kind: KpiKind | undefined, digits: number): { unit: string; numFmt: string } {
  const decimals = digits > 0 ? `.${'0'.repeat(digits)}` : '';
  const plain = `#,##0${decimals}`;
  switch (kind) {
    case 'fraction':
      return { unit: '%', numFmt: `0${decimals}%` };
    case 'percent':
      return { unit: '%', numFmt: plain };
    case 'energyKwh':
      return { unit: 'kWh', numFmt: plain };
    case 'powerKw':
      return { unit: 'kW', numFmt: plain };
    case 'eur':
      return { unit: '€', numFmt: plain };
    case 'kgCo2e':
      return { unit: 'kg CO₂e', numFmt: plain };
    case 'years':
      return { unit: 'ans', numFmt: plain };
    case 'year':
      return { unit: '', numFmt: '0' };
    case 'eurPerKwh':
      return { unit: '€/kWh', numFmt: plain };
    default:
      return { unit: '', numFmt: plain === '#,##0' ? '#,##0.00' : plain };
  }
}

export const MONTHS_FR = ['Janvier', 'Février', 'Mars', 'Avril', 'Mai', 'Juin', 'Juillet', 'Août', 'Septembre', 'Octobre', 'Novembre', 'Décembre'];
