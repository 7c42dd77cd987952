import { describe, expect, it } from 'vitest';
import { divergenceStage, relativeError, summarize, type RecordComparison } from './metrics';

const rec = (id: string, c: number | undefined, r: number, label = 'D', cLabel = 'D'): RecordComparison => ({
  id,
  registered: { ep_m2: r, ges_m2: r / 10, ef_chauffage: r * 100, ef_ecs: 1000, gv: 100, besoin_ch: 5000, ef_total: 9000, label },
  computed: c === undefined ? undefined : { ep_m2: c, ges_m2: c / 10, ef_chauffage: c * 100, ef_ecs: 1000, gv: 100, besoin_ch: 5000, ef_total: 9000 * (c / r), label: cLabel },
  error: c === undefined ? 'boom' : undefined,
});

describe('validation metrics', () => {
  it('relative error, with a zero registered value', () => {
    expect(relativeError(105, 100)).toBeCloseTo(0.05, 12);
    expect(relativeError(0.2, 0)).toBe(0);
    expect(relativeError(3, 0)).toBe(1);
    expect(relativeError(undefined, 1)).toBeUndefined();
  });
  it('shares within 5 % and 10 %, median, labels, failures count as misses', () => {
    const report = summarize([rec('a', 100, 100), rec('b', 104, 100), rec('c', 108, 100, 'D', 'E'), rec('d', 150, 100, 'C', 'F'), rec('e', undefined, 100)]);
    const ep = report.metrics.find((m) => m.metric === 'ep_m2');
    expect(ep?.count).toBe(5);
    expect(ep?.within5Pct).toBeCloseTo(2 / 5, 12);
    expect(ep?.within10Pct).toBeCloseTo(3 / 5, 12);
    expect(ep?.medianAbsErrorPct).toBeCloseTo(8, 9);
    expect(report.labelAgreement).toBeCloseTo(2 / 5, 12);
    expect(report.failures).toEqual([{ id: 'e', error: 'boom' }]);
    expect(report.worst[0].id).toBe('e');
    expect(report.worst[1]).toMatchObject({ id: 'd', stage: 'ef' });
  });
  it('names the first diverging stage', () => {
    expect(divergenceStage({ gv: 120, besoin_ch: 1, ef_total: 1, ep_m2: 1 }, { gv: 100, besoin_ch: 1, ef_total: 1, ep_m2: 1 })).toBe('gv');
    expect(divergenceStage({ gv: 100, besoin_ch: 1.2, ef_total: 1, ep_m2: 1 }, { gv: 100, besoin_ch: 1, ef_total: 1, ep_m2: 1 })).toBe('besoin_ch');
    expect(divergenceStage({ gv: 100, besoin_ch: 1, ef_total: 1, ep_m2: 1 }, { gv: 100, besoin_ch: 1, ef_total: 1, ep_m2: 1 })).toBe('none');
  });
});
