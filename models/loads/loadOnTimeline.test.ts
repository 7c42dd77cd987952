import { describe, expect, it } from 'vitest';
import { localCalendar } from '../calendar/localCalendar';
import { yearTimeline } from '../core/timeline';
import { loadOnTimeline } from './loadOnTimeline';

const routine = (dow: number, hour: number) => 1 + dow * 100 + hour;

describe('loadOnTimeline', () => {
  it('keeps local weekday and hour when moving a 2024 year onto 2026, clock changes included', () => {
    const src = yearTimeline(2024, 60);
    const sc = localCalendar(src);
    const kwh = new Float64Array(src.length);
    for (let i = 0; i < src.length; i++) kwh[i] = routine(sc.localDayOfWeek[i], sc.localHour[i]);
    const dst = yearTimeline(2026, 60);
    const dc = localCalendar(dst);
    const r = loadOnTimeline(kwh, src, dst);
    expect(r.missingSteps).toBe(0);
    for (let i = 0; i < dst.length; i++) expect(r.energyKwh[i]).toBe(routine(dc.localDayOfWeek[i], dc.localHour[i]));
  });
  it('works backwards in time and refuses different steps', () => {
    const src = yearTimeline(2025, 30);
    const kwh = Float64Array.from({ length: src.length }, (_, i) => i);
    const dst = yearTimeline(2019, 30);
    const r = loadOnTimeline(kwh, src, dst);
    expect(r.missingSteps).toBe(0);
    expect(() => loadOnTimeline(kwh, src, yearTimeline(2019, 60))).toThrow(/import with stepMinutes = 60/);
  });
  it('leaves NaN when the source is shorter than 52 weeks', () => {
    const src = { startUtcMs: Date.UTC(2024, 0, 1), stepMinutes: 60, length: 24 * 30 };
    const r = loadOnTimeline(new Float64Array(src.length).fill(1), src, yearTimeline(2026, 60));
    expect(r.missingSteps).toBeGreaterThan(8000);
  });
});
