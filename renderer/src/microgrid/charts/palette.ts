/**
 * Colours of the flows, as literal hex values (not CSS variables) so that exported SVGs, which do not
 * see the page's stylesheet, keep them. Close to Mantine's palette: sun for PV, blue for storage,
 * grape for vehicles, red/green for grid import/export.
 */
import type { SeriesName } from '../../../../models/analysis/resultView';

export const SERIES_COLOURS: Record<SeriesName, string> = {
  pvKw: '#f59f00',
  loadKw: '#495057',
  servedKw: '#495057',
  shedKw: '#fd7e14',
  unservedKw: '#c92a2a',
  storageChargeKw: '#74c0fc',
  storageDischargeKw: '#1971c2',
  storageSocPct: '#0c8599',
  evChargeKw: '#ae3ec9',
  v2gKw: '#e599f7',
  gridImportKw: '#e03131',
  gridExportKw: '#2f9e44',
  curtailedKw: '#ffe066',
};

export const AXIS_TICK = { fontSize: 12, fill: '#495057' };
export const GRID_STROKE = '#e9ecef';

/** Compact tooltips: the page's 16 px default makes a nine-series tooltip cover the chart. */
export const TOOLTIP_STYLE = { contentStyle: { fontSize: 12, padding: '6px 10px' }, itemStyle: { padding: 0 }, labelStyle: { fontWeight: 600 } } as const;
