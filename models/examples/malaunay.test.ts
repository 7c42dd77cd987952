import { describe, expect, it } from 'vitest';
import { allocationKeyCsv } from '../acc/keysExport';
import { malaunayOperation, malaunayResults, MALAUNAY_CONSUMERS, MALAUNAY_PRODUCERS } from './malaunay';

describe('Malaunay collective self-consumption demo', () => {
  const operation = malaunayOperation();
  const r = malaunayResults(operation);

  it('has 6 PV installations totalling 285 kWp and 19 buildings', () => {
    expect(MALAUNAY_PRODUCERS).toHaveLength(6);
    expect(MALAUNAY_PRODUCERS.reduce((s, p) => s + p.array.kWp, 0)).toBe(285);
    expect(MALAUNAY_CONSUMERS).toHaveLength(19);
    expect(operation.timeline.length).toBe(17520);
  });

  it('lands near the real operation: ~290 MWh/yr produced (±10 %), 25–35 % of the needs covered', () => {
    expect(r.producedKwh).toBeGreaterThan(0.9 * 290_000);
    expect(r.producedKwh).toBeLessThan(1.1 * 290_000);
    expect(r.coverage).toBeGreaterThan(0.25);
    expect(r.coverage).toBeLessThan(0.35);
  });

  it('is a valid extended operation at 2025-06-01 and its keys export row by row', () => {
    expect(r.result.perimeter.eligible).toBe(true);
    expect(r.result.perimeter.maxDistanceKm).toBeLessThan(2);
    const csv = allocationKeyCsv(operation.timeline, r.result.consumerPrms, r.result.key, r.result.allocation);
    const lines = csv.trim().split('\n');
    expect(lines).toHaveLength(17521);
    expect(lines[1].startsWith('2025-01-01T01:00:00+01:00;')).toBe(true);
  });
});
