/**
 * Rainflow cycle counting, ASTM E1049-85 (reapproved 2017), "Standard Practices for Cycle Counting in
 * Fatigue Analysis", section 5.4.4 (rainflow counting) and its worked example of Fig. 6.
 *
 * Implemented as a streaming counter so the simulation can feed one state-of-charge value per step
 * without storing the history: reversals (peaks and valleys) are detected on the fly and kept on a
 * preallocated stack; the three-point rule of 5.4.4 extracts full cycles as soon as they close and
 * half cycles when the range contains the starting point. `finish()` counts the residue as half
 * cycles (5.4.4 step 6). Nothing is allocated per value.
 */

/** Receives each counted cycle: range (same unit as the signal), mean, and count (0.5 or 1). */
export type CycleSink = (range: number, mean: number, count: number) => void;

export class RainflowCounter {
  private stack: Float64Array;
  private size = 0;
  /** Last value seen and the direction of the current excursion (+1 rising, -1 falling, 0 unknown). */
  private last = Number.NaN;
  private direction = 0;
  private readonly sink: CycleSink;

  constructor(sink: CycleSink, initialCapacity = 64) {
    this.sink = sink;
    this.stack = new Float64Array(initialCapacity);
  }

  /** Feeds the next sample of the signal. */
  push(value: number): void {
    if (Number.isNaN(this.last)) {
      this.last = value;
      this.pushReversal(value);
      return;
    }
    const delta = value - this.last;
    if (delta === 0) return;
    const dir = delta > 0 ? 1 : -1;
    if (this.direction === 0 || dir === this.direction) {
      // Still moving the same way: the provisional end point of the excursion moves with the signal.
      if (this.direction === 0) {
        this.pushReversal(value);
      } else {
        this.stack[this.size - 1] = value;
      }
      this.direction = dir;
    } else {
      // Direction changed: the previous end point is a confirmed reversal; count against it first.
      this.direction = dir;
      this.countClosed(true);
      this.pushReversal(value);
    }
    this.last = value;
  }

  /** Counts the remaining ranges as half cycles (ASTM E1049 5.4.4, final step) and resets the counter. */
  finish(): void {
    this.countClosed(false);
    for (let k = 0; k + 1 < this.size; k++) {
      const a = this.stack[k];
      const b = this.stack[k + 1];
      this.sink(Math.abs(b - a), 0.5 * (a + b), 0.5);
    }
    this.size = 0;
    this.last = Number.NaN;
    this.direction = 0;
  }

  private pushReversal(value: number): void {
    if (this.size === this.stack.length) {
      const grown = new Float64Array(this.stack.length * 2);
      grown.set(this.stack);
      this.stack = grown;
    }
    this.stack[this.size++] = value;
  }

  /**
   * The three-point rule on confirmed reversals. With `lastIsConfirmed` false the top of the stack is
   * provisional and is still used, which is what the standard does once the history has ended.
   */
  private countClosed(_lastIsConfirmed: boolean): void {
    const s = this.stack;
    while (this.size >= 3) {
      const n = this.size;
      const x = Math.abs(s[n - 1] - s[n - 2]);
      const y = Math.abs(s[n - 2] - s[n - 3]);
      if (x < y) return;
      if (n === 3) {
        // Y contains the starting point: half cycle, drop the starting point.
        this.sink(y, 0.5 * (s[0] + s[1]), 0.5);
        s[0] = s[1];
        s[1] = s[2];
        this.size = 2;
      } else {
        this.sink(y, 0.5 * (s[n - 2] + s[n - 3]), 1);
        s[n - 3] = s[n - 1];
        this.size = n - 2;
      }
    }
  }
}

export interface CountedCycle {
  readonly range: number;
  readonly mean: number;
  readonly count: number;
}

/** Counts a whole history at once; convenient for tests and reports. */
export function rainflowCycles(history: ArrayLike<number>): CountedCycle[] {
  const cycles: CountedCycle[] = [];
  const counter = new RainflowCounter((range, mean, count) => cycles.push({ range, mean, count }));
  for (let i = 0; i < history.length; i++) counter.push(history[i]);
  counter.finish();
  return cycles;
}

/** Sums counts per range, the form of ASTM E1049 Fig. 6(e) / Table of the worked example. */
export function histogramByRange(cycles: readonly CountedCycle[]): Map<number, number> {
  const byRange = new Map<number, number>();
  for (const c of cycles) byRange.set(c.range, (byRange.get(c.range) ?? 0) + c.count);
  return byRange;
}
