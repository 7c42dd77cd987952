/**
 * EnergyPlus Weather (EPW) parser.
 * Format: "Auxiliary Programs" manual of EnergyPlus, chapter "Weather Converter Program",
 * section "EnergyPlus Weather File (EPW) Data Dictionary". LOCATION line: city, state, country,
 * source, WMO, latitude, longitude, time zone (hours from GMT), elevation. Data lines from line 9:
 * year, month, day, hour (1–24), minute, flags, dry bulb (°C, field 7), …, global horizontal
 * (Wh/m², field 14), direct normal (15), diffuse horizontal (16), …, wind speed (m/s, field 22).
 * Hour h covers [h−1, h) in LOCAL STANDARD TIME (no DST), so interval start UTC = local − TZ.
 * Irradiation in Wh/m² over the hour equals the average irradiance in W/m².
 *
 * Exception, documented and tested: EPW files written by PVGIS (recognised by the
 * "Irradiance Time Offset" comment) carry UTC hours although their LOCATION time zone field is 1;
 * the data rows match the PVGIS CSV/JSON rows hour for hour in UTC (checked on the reference sample),
 * so Ilot reads them as UTC.
 */
import { WeatherParseError, type WeatherRecords } from './weatherSeries';

const MISSING = { ghi: 9999, dni: 9999, dhi: 9999, temp: 99.9, wind: 999 };

export function parseEpw(text: string, label = 'EPW'): WeatherRecords {
  const lines = text.split(/\r?\n/);
  const loc = lines[0]?.split(',');
  if (!loc || loc[0].trim().toUpperCase() !== 'LOCATION') throw new WeatherParseError('EPW: first line must start with LOCATION', 1);
  const latDeg = Number(loc[6]);
  const lonDeg = Number(loc[7]);
  let tzH = Number(loc[8]);
  const elevationM = Number(loc[9]);
  if (!Number.isFinite(latDeg) || Math.abs(latDeg) > 90) throw new WeatherParseError(`latitude "${loc[6]}" is not valid`, 1, 'latitude');
  if (!Number.isFinite(lonDeg) || Math.abs(lonDeg) > 180) throw new WeatherParseError(`longitude "${loc[7]}" is not valid`, 1, 'longitude');
  if (!Number.isFinite(tzH) || Math.abs(tzH) > 14) throw new WeatherParseError(`time zone "${loc[8]}" is not valid`, 1, 'time zone');
  const notes: string[] = [];
  let offsetH: number | undefined;
  for (let i = 1; i < Math.min(8, lines.length); i++) {
    const m = /Irradiance Time Offset \(h\):\s*(-?[\d.]+)/i.exec(lines[i]);
    if (m) {
      offsetH = Number(m[1]) + 1; // relative to the interval start instead of its end
      notes.push(`PVGIS-generated EPW: hours read as UTC (LOCATION time zone ${tzH} ignored)`);
      tzH = 0;
    }
  }
  if (offsetH === undefined) notes.push(`EPW hour h mapped to [h−1, h) local standard time, UTC${tzH >= 0 ? '+' : ''}${tzH}`);
  const t: number[] = [];
  const ghi: number[] = [];
  const dni: number[] = [];
  const dhi: number[] = [];
  const temp: number[] = [];
  const wind: number[] = [];
  const field = (cells: string[], k: number, lineNo: number, name: string, missing: number): number => {
    const v = Number(cells[k]);
    if (cells[k] === undefined || cells[k].trim() === '' || !Number.isFinite(v)) throw new WeatherParseError(`"${cells[k] ?? ''}" is not a number`, lineNo, name);
    if (v >= missing) throw new WeatherParseError(`missing value (${cells[k]})`, lineNo, name);
    return v;
  };
  for (let i = 8; i < lines.length; i++) {
    const l = lines[i];
    if (l.trim() === '') continue;
    const c = l.split(',');
    const lineNo = i + 1;
    if (c.length < 22) throw new WeatherParseError(`expected at least 22 fields, found ${c.length}`, lineNo);
    const [y, mo, d, h] = [Number(c[0]), Number(c[1]), Number(c[2]), Number(c[3])];
    if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h >= 1 && h <= 24) || !Number.isInteger(y)) {
      throw new WeatherParseError(`invalid date/hour "${c.slice(0, 4).join(',')}"`, lineNo, 'date');
    }
    t.push(Date.UTC(y, mo - 1, d, h - 1) - tzH * 3_600_000);
    temp.push(field(c, 6, lineNo, 'dry bulb temperature', MISSING.temp));
    ghi.push(Math.max(0, field(c, 13, lineNo, 'global horizontal radiation', MISSING.ghi)));
    dni.push(Math.max(0, field(c, 14, lineNo, 'direct normal radiation', MISSING.dni)));
    dhi.push(Math.max(0, field(c, 15, lineNo, 'diffuse horizontal radiation', MISSING.dhi)));
    wind.push(field(c, 21, lineNo, 'wind speed', MISSING.wind));
  }
  if (t.length === 0) throw new WeatherParseError('EPW: no data lines');
  return {
    startUtcMs: Float64Array.from(t),
    stepMinutes: 60,
    ghiWm2: Float64Array.from(ghi),
    dniWm2: Float64Array.from(dni),
    dhiWm2: Float64Array.from(dhi),
    tempC: Float64Array.from(temp),
    windMs: Float64Array.from(wind),
    source: { kind: 'epw', label },
    site: { latDeg, lonDeg, elevationM: Number.isFinite(elevationM) ? elevationM : 0 },
    irradianceTimeOffsetH: offsetH,
    notes,
  };
}
