/** Metered points of a load curve as read from a file, before resampling onto a regular timeline. */
export interface MeterPoint {
  readonly startUtcMs: number;
  readonly endUtcMs: number;
  /** Average power over the interval in W; NaN when the file leaves the value empty. */
  readonly avgPowerW: number;
  /** 1-based line in the source file, for messages and duplicate reports. */
  readonly line: number;
  /** The source flags the value as estimated rather than measured (R63 'Nature' = E). */
  readonly estimated: boolean;
}

export type LoadFileFormat = 'enedis-customer-csv' | 'enedis-r63-csv';

export interface ParsedLoadFile {
  readonly format: LoadFileFormat;
  readonly prm: string;
  readonly points: MeterPoint[];
  /** Distinct source steps seen, in minutes, ascending. */
  readonly sourceStepsMinutes: number[];
}
