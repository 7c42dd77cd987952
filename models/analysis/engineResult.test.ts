/**
 * The dashboard helpers on a real engine result (models/sim/simulate.ts), mapped onto the view as the
 * lead's adapter will do: the Sankey must close on the engine's bus balance and the monthly balance
 * must give back the engine's own import/export totals.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../sim/simulate';
import { fixture } from '../sim/testFixtures';
import { monthlyEnergyBalance } from './monthlyBalance';
import type { SeriesName } from './resultView';
import { annualSankeyFlows } from './sankey';

describe('helpers on an engine result', () => {
  it('closes the Sankey and matches the engine totals over three days with storage and an export limit on a grid-connected site', async () => {
    const n = 3 * 96;
    const pvKw = Array.from({ length: n }, (_, i) => Math.max(0, 14 * Math.sin((Math.PI * ((i % 96) - 28)) / 48)));
    const loadKw = Array.from({ length: n }, (_, i) => 3 + 4 * Math.exp(-((((i % 96) - 78) / 6) ** 2)));
    const r = await simulate(fixture({ stepMinutes: 15, pvKw, loadKw, exportLimitKw: 3, strategy: { kind: 'self-consumption' } }));
    const s = r.series;
    const series: Partial<Record<SeriesName, Float64Array>> = {
      pvKw: s.pvKw,
      loadKw: s.loadKw,
      servedKw: s.loadServedKw,
      storageChargeKw: s.storageChargeKw,
      storageDischargeKw: s.storageDischargeKw,
      evChargeKw: s.evChargeKw,
      v2gKw: s.v2gKw,
      gridImportKw: s.gridImportKw,
      gridExportKw: s.gridExportKw,
      curtailedKw: s.curtailedKw,
    };
    const flows = annualSankeyFlows(r.timeline, series);
    expect(flows.unallocatedKwh).toBeLessThan(1e-6);
    const total = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    expect(total(flows.sourceKwh)).toBeCloseTo(total(flows.sinkKwh), 6);
    // The storage really worked and the export limit really curtailed, so the case is not trivial.
    expect(flows.sinkKwh.storage).toBeGreaterThan(1);
    expect(flows.sinkKwh.curtailment).toBeGreaterThan(1);
    const monthly = monthlyEnergyBalance(r.timeline, series);
    expect(monthly.annualKwh.gridImportKw).toBeCloseTo(r.kpis.importKwh, 6);
    expect(monthly.annualKwh.gridExportKw).toBeCloseTo(r.kpis.exportKwh, 6);
  });
});
