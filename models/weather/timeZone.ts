/**
 * Local wall-clock time → UTC for an IANA time zone (with DST) or a fixed offset, using the
 * ECMAScript Intl API (pure, available in Node and browsers).
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Offset (ms) of `timeZone` from UTC at the UTC instant `utcMs`. */
export function zoneOffsetMs(timeZone: string, utcMs: number): number {
  const parts = formatter(timeZone).formatToParts(new Date(utcMs));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(utcMs / 1000) * 1000;
}

/** Parses 'UTC', 'Z', '+01:00', '-0530' or an IANA name; returns a function wall-ms → UTC ms. */
export function wallToUtc(zone: string): (wallMs: number) => number {
  const z = zone.trim();
  if (z === 'UTC' || z === 'Z' || z === 'GMT') return (w) => w;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(z);
  if (m) {
    const off = (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000;
    return (w) => w - off;
  }
  try {
    formatter(z);
  } catch {
    throw new RangeError(`unknown time zone "${zone}" (use UTC, an offset like +01:00, or an IANA name like Europe/Paris)`);
  }
  return (w) => {
    // Two passes settle the offset except in the DST gap, where the later offset is used.
    let utc = w - zoneOffsetMs(z, w);
    utc = w - zoneOffsetMs(z, utc);
    return utc;
  };
}
