/** One measured figure printed by `npm run bench`. */
export interface BenchFigure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** Upper bound the issue sets; the figure is flagged when it is exceeded. */
  readonly target?: number;
}

/** Each `bench/*.bench.ts` file exports `run` returning its figures. */
export type BenchRun = () => Promise<BenchFigure[]>;
