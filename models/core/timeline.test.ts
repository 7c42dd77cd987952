import { describe, expect, it } from 'vitest';
import { indexAt, stepStartUtcMs, timelineBetween, yearTimeline } from './timeline';

describe('timeline', () => {
  it('covers a non-leap year with 8760 hourly steps and a leap year with 8784', () => {
    expect(yearTimeline(2023, 60).length).toBe(8760);
    expect(yearTimeline(2024, 60).length).toBe(8784);
    expect(yearTimeline(2023, 1).length).toBe(525_600);
  });

  it('maps instants to the step that contains them', () => {
    const tl = yearTimeline(2023, 15);
    expect(indexAt(tl, Date.UTC(2023, 0, 1, 0, 14, 59))).toBe(0);
    expect(indexAt(tl, Date.UTC(2023, 0, 1, 0, 15))).toBe(1);
    expect(indexAt(tl, Date.UTC(2024, 0, 1))).toBe(-1);
    expect(stepStartUtcMs(tl, 4)).toBe(Date.UTC(2023, 0, 1, 1));
  });

  it('refuses an empty or reversed period', () => {
    expect(() => timelineBetween(10, 5, 60)).toThrow(/must be after start/);
  });
});
