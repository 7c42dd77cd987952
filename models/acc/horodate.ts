/**
 * "Horodate" cells of ACC files (Enedis SGE exports, operators' spreadsheets): the start of each
 * step, ISO 8601 with an offset or Z, or naive Paris wall-clock time (`2025-01-01 00:30`,
 * `01/01/2025 00:30`). The repeated October hour is read in file order. DST rule: parisTime.ts.
 * Pure, so both the CLI's file readers (main/services/accFiles.ts) and the territory worker use it.
 */
import { parisLocalToUtcCandidates } from './parisTime';

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const NAIVE_ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;
const NAIVE_FR = /^(\d{2})\/(\d{2})\/(\d{4})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * UTC instant of a Horodate cell. `previousUtcMs` settles the repeated hour of October: the
 * later reading is taken when the earlier one does not move forward.
 */
export function parseHorodate(cell: string, previousUtcMs: number | null): number | null {
  const s = cell.trim();
  if (ISO_WITH_ZONE.test(s)) {
    const ms = Date.parse(s.replace(' ', 'T'));
    return Number.isNaN(ms) ? null : ms;
  }
  let parts: number[] | null = null;
  let m = NAIVE_ISO.exec(s);
  if (m) parts = [+m[1], +m[2], +m[3], +m[4], +m[5], +(m[6] ?? 0)];
  else if ((m = NAIVE_FR.exec(s))) parts = [+m[3], +m[2], +m[1], +m[4], +m[5], +(m[6] ?? 0)];
  if (!parts) return null;
  const [y, mo, d, h, mi, se] = parts;
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth || h > 23 || mi > 59 || se > 59) return null;
  const candidates = parisLocalToUtcCandidates(y, mo, d, h, mi, se);
  if (candidates.length === 0) return null;
  if (previousUtcMs !== null) return candidates.find((c) => c > previousUtcMs) ?? candidates[candidates.length - 1];
  return candidates[0];
}
