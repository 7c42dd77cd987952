import { describe, expect, it } from 'vitest';
import { viridis } from './colourScale';
import { niceDomain } from './FastLines';
import { flowSign, sinkFlowsOf, sourceFlowsOf } from './flows';
import { parisParts, parisToUtcMs, parisWeekStartUtcMs } from './paris';

describe('Paris wall-clock helpers of the charts', () => {
  it('finds Monday 00:00 Paris of a week, across the clock changes of 2025 (30 March, 26 October)', () => {
    // Thursday 3 April 2025, 12:00 UTC → Monday 31 March 00:00 CEST = 30 March 22:00 UTC.
    expect(parisWeekStartUtcMs(Date.UTC(2025, 3, 3, 12))).toBe(Date.UTC(2025, 2, 30, 22));
    // Sunday 30 March 2025 12:00 UTC (the day of the change) → Monday 24 March 00:00 CET = 23 March 23:00 UTC.
    expect(parisWeekStartUtcMs(Date.UTC(2025, 2, 30, 12))).toBe(Date.UTC(2025, 2, 23, 23));
    // Sunday 26 October 2025, 23:30 UTC is already Monday 27 October 00:30 CET.
    expect(parisWeekStartUtcMs(Date.UTC(2025, 9, 26, 23, 30))).toBe(Date.UTC(2025, 9, 26, 23));
  });

  it('converts Paris wall-clock times, moving the hour that does not exist in spring', () => {
    expect(parisToUtcMs(2025, 6, 17, 18)).toBe(Date.UTC(2025, 6, 17, 16));
    expect(parisToUtcMs(2025, 0, 17, 18)).toBe(Date.UTC(2025, 0, 17, 17));
    expect(parisToUtcMs(2025, 2, 30, 2)).toBe(Date.UTC(2025, 2, 30, 1)); // 02:00 does not exist: 03:00 CEST
    const p = parisParts(Date.UTC(2025, 6, 17, 16, 30));
    expect(p).toEqual({ year: 2025, month0: 6, day: 17, hour: 18.5 });
  });
});

describe('chart helpers', () => {
  it('rounds axis ranges to nice steps that include zero', () => {
    // At most five intervals on steps of 1, 2, 2.5 or 5 × 10^k: 67.3 needs steps of 20.
    expect(niceDomain(0, 67.3)).toEqual([0, 80]);
    expect(niceDomain(0, 48)).toEqual([0, 50]);
    expect(niceDomain(-12, 48)).toEqual([-20, 60]);
    expect(niceDomain(0, 0)).toEqual([0, 1]);
  });

  it('maps the ends of the colour scale to viridis purple and yellow and clamps outside', () => {
    expect(viridis(0)).toEqual([0x44, 0x01, 0x54]);
    expect(viridis(1)).toEqual([0xfd, 0xe7, 0x25]);
    expect(viridis(2)).toEqual(viridis(1));
    expect(viridis(Number.NaN)).toEqual(viridis(0));
  });

  it('puts sources above zero and uses below, with total load when served load is absent', () => {
    const present = { pvKw: 1, loadKw: 1, gridImportKw: 1, gridExportKw: 1 };
    expect(sourceFlowsOf(present)).toEqual(['pvKw', 'gridImportKw']);
    expect(sinkFlowsOf(present)).toEqual(['loadKw', 'gridExportKw']);
    expect(flowSign('pvKw')).toBe(1);
    expect(flowSign('gridExportKw')).toBe(-1);
  });
});
