import { describe, expect, it } from 'vitest';
import { formatParisIso, parisLocalToUtcCandidates, parisOffsetMinutes } from './parisTime';

describe('Europe/Paris civil time (Directive 2000/84/EC)', () => {
  it('switches to UTC+2 at 01:00 UTC on the last Sunday of March 2025 (30 March)', () => {
    expect(parisOffsetMinutes(Date.UTC(2025, 2, 30, 0, 59))).toBe(60);
    expect(parisOffsetMinutes(Date.UTC(2025, 2, 30, 1, 0))).toBe(120);
    expect(formatParisIso(Date.UTC(2025, 2, 30, 1, 0))).toBe('2025-03-30T03:00:00+02:00');
  });
  it('switches back at 01:00 UTC on the last Sunday of October 2025 (26 October)', () => {
    expect(formatParisIso(Date.UTC(2025, 9, 26, 0, 30))).toBe('2025-10-26T02:30:00+02:00');
    expect(formatParisIso(Date.UTC(2025, 9, 26, 1, 30))).toBe('2025-10-26T02:30:00+01:00');
  });
  it('maps repeated and skipped wall-clock hours', () => {
    expect(parisLocalToUtcCandidates(2025, 10, 26, 2, 30)).toEqual([Date.UTC(2025, 9, 26, 0, 30), Date.UTC(2025, 9, 26, 1, 30)]);
    expect(parisLocalToUtcCandidates(2025, 3, 30, 2, 30)).toEqual([]);
    expect(parisLocalToUtcCandidates(2025, 1, 15, 12, 0)).toEqual([Date.UTC(2025, 0, 15, 11, 0)]);
  });
});
