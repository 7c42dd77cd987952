/**
 * Occupancy schedules by building type, local time (assumptions of typical French municipal
 * use; edit the building's assets to change them). 0 = Monday … 6 = Sunday.
 */
import type { FlexContext } from '../context';
import type { BuildingType } from '../schemas';

interface Schedule {
  readonly days: readonly number[];
  readonly fromH: number;
  readonly toH: number;
}

export const OCCUPANCY: Readonly<Record<BuildingType, Schedule>> = {
  school: { days: [0, 1, 3, 4], fromH: 8, toH: 17 },
  office: { days: [0, 1, 2, 3, 4], fromH: 8, toH: 18 },
  townHall: { days: [0, 1, 2, 3, 4], fromH: 8, toH: 18 },
  library: { days: [1, 2, 3, 4, 5], fromH: 10, toH: 18 },
  gym: { days: [0, 1, 2, 3, 4, 5, 6], fromH: 9, toH: 22 },
  nursery: { days: [0, 1, 2, 3, 4], fromH: 7, toH: 19 },
  housing: { days: [0, 1, 2, 3, 4, 5, 6], fromH: 0, toH: 24 },
  waterworks: { days: [], fromH: 0, toH: 0 },
  streetLighting: { days: [], fromH: 0, toH: 0 },
  workshop: { days: [0, 1, 2, 3, 4], fromH: 7, toH: 17 },
};

/** 1 for occupied steps; public holidays count as unoccupied except for housing and gyms. */
export function occupancyMask(ctx: FlexContext, type: BuildingType): Uint8Array {
  const s = OCCUPANCY[type];
  const out = new Uint8Array(ctx.n);
  const alwaysOpen = type === 'housing' || type === 'gym';
  for (let t = 0; t < ctx.n; t++) {
    const h = ctx.calendar.localMinuteOfDay[t] / 60;
    const holiday = ctx.calendar.isPublicHoliday[t] === 1 && !alwaysOpen;
    out[t] = !holiday && s.days.includes(ctx.calendar.localDayOfWeek[t]) && h >= s.fromH && h < s.toH ? 1 : 0;
  }
  return out;
}
