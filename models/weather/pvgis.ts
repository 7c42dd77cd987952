/**
 * PVGIS typical meteorological year (TMY) parsers, CSV and JSON outputs of the PVGIS 5.x
 * `tmy` tool (JRC, https://joint-research-centre.ec.europa.eu/pvgis; user manual §"TMY").
 *
 * Time convention: rows are stamped `YYYYMMDD:HH00` in UTC. PVGIS states an "irradiance time
 * offset" (0.1761 h in the samples): the irradiance is a sample at the instant HH:00 + offset.
 * The records keep each row at the interval [HH:00, HH+1:00) with the offset in
 * `irradianceTimeOffsetH`; toTypicalYear / recordsToSeries then rebuild step means from the
 * samples with the sun's geometry (instantSamples.ts). The EPW written by PVGIS stamps the same
 * rows at the END of the hour (hour h = [h−1, h) UTC, offset −0.8239 h = 0.1761 − 1), so all
 * three formats give one series.
 */
import { WeatherParseError, type WeatherRecords } from './weatherSeries';

const HEADER_COLUMNS = ['time(UTC)', 'T2m', 'G(h)', 'Gb(n)', 'Gd(h)', 'WS10m'] as const;

function parsePvgisTime(stamp: string, line: number | undefined, column: string): number {
  const m = /^(\d{4})(\d{2})(\d{2}):(\d{2})(\d{2})$/.exec(stamp.trim());
  if (!m) throw new WeatherParseError(`time "${stamp}" is not YYYYMMDD:HHMM`, line, column);
  const [y, mo, d, h, mi] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) throw new WeatherParseError(`time "${stamp}" is not a valid date`, line, column);
  return Date.UTC(y, mo - 1, d, h, mi);
}

function num(value: unknown, line: number | undefined, column: string): number {
  const v = typeof value === 'number' ? value : Number(String(value).trim());
  if (typeof value === 'string' && value.trim() === '') throw new WeatherParseError('empty value', line, column);
  if (!Number.isFinite(v)) throw new WeatherParseError(`"${String(value)}" is not a number`, line, column);
  return v;
}

interface Builder {
  t: number[];
  ghi: number[];
  dni: number[];
  dhi: number[];
  temp: number[];
  wind: number[];
}

function newBuilder(): Builder {
  return { t: [], ghi: [], dni: [], dhi: [], temp: [], wind: [] };
}

function finish(b: Builder, kind: 'pvgis-csv' | 'pvgis-json', label: string, site: WeatherRecords['site'], offsetH: number | undefined): WeatherRecords {
  if (b.t.length === 0) throw new WeatherParseError(`${kind}: no hourly rows found`);
  // Clamp the "-0.0" and tiny negative values PVGIS writes for night-time beam.
  const clampPos = (a: number[]) => Float64Array.from(a, (x) => (x > 0 ? x : 0));
  return {
    startUtcMs: Float64Array.from(b.t),
    stepMinutes: 60,
    ghiWm2: clampPos(b.ghi),
    dniWm2: clampPos(b.dni),
    dhiWm2: clampPos(b.dhi),
    tempC: Float64Array.from(b.temp),
    windMs: Float64Array.from(b.wind),
    source: { kind, label },
    site,
    irradianceTimeOffsetH: offsetH,
    notes: [
      `PVGIS rows stamped HH:00 UTC belong to [HH:00, HH+1:00) UTC${offsetH !== undefined ? `; irradiance sampled ${offsetH} h after the stamp, converted to hourly means with the sun's geometry` : ''}`,
    ],
  };
}

/** PVGIS TMY CSV (`outputformat=csv`). */
export function parsePvgisCsv(text: string, label = 'PVGIS TMY (CSV)'): WeatherRecords {
  const lines = text.split(/\r?\n/);
  let lat: number | undefined;
  let lon: number | undefined;
  let elev: number | undefined;
  let offsetH: number | undefined;
  let headerIndex = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const kv = /^([^:]+):\s*(-?[\d.]+)\s*$/.exec(l);
    if (kv) {
      const key = kv[1].toLowerCase();
      if (key.startsWith('latitude')) lat = Number(kv[2]);
      else if (key.startsWith('longitude')) lon = Number(kv[2]);
      else if (key.startsWith('elevation')) elev = Number(kv[2]);
      else if (key.startsWith('irradiance time offset')) offsetH = Number(kv[2]);
    }
    if (l.startsWith('time(UTC)')) {
      headerIndex = i;
      break;
    }
  }
  if (headerIndex < 0) throw new WeatherParseError('PVGIS CSV: header line starting with "time(UTC)" not found');
  const header = lines[headerIndex].split(',').map((s) => s.trim());
  const col: Record<string, number> = {};
  for (const name of HEADER_COLUMNS) {
    const k = header.indexOf(name);
    if (k < 0) throw new WeatherParseError(`PVGIS CSV: column "${name}" missing from the header`, headerIndex + 1, name);
    col[name] = k;
  }
  const b = newBuilder();
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const l = lines[i];
    if (!/^\d{8}:\d{4}/.test(l)) {
      if (b.t.length > 0) break; // the legend after the data
      continue;
    }
    const cells = l.split(',');
    const lineNo = i + 1;
    if (cells.length < header.length) throw new WeatherParseError(`expected ${header.length} values, found ${cells.length}`, lineNo);
    b.t.push(parsePvgisTime(cells[col['time(UTC)']], lineNo, 'time(UTC)'));
    b.temp.push(num(cells[col.T2m], lineNo, 'T2m'));
    b.ghi.push(num(cells[col['G(h)']], lineNo, 'G(h)'));
    b.dni.push(num(cells[col['Gb(n)']], lineNo, 'Gb(n)'));
    b.dhi.push(num(cells[col['Gd(h)']], lineNo, 'Gd(h)'));
    b.wind.push(num(cells[col.WS10m], lineNo, 'WS10m'));
  }
  const site = lat !== undefined && lon !== undefined ? { latDeg: lat, lonDeg: lon, elevationM: elev ?? 0 } : undefined;
  return finish(b, 'pvgis-csv', label, site, offsetH);
}

interface PvgisJson {
  inputs?: { location?: { latitude?: number; longitude?: number; elevation?: number; irradiance_time_offset?: number } };
  outputs?: { tmy_hourly?: Record<string, unknown>[] };
}

/** PVGIS TMY JSON (`outputformat=json`). Errors name the record index. */
export function parsePvgisJson(text: string, label = 'PVGIS TMY (JSON)'): WeatherRecords {
  let doc: PvgisJson;
  try {
    doc = JSON.parse(text) as PvgisJson;
  } catch (e) {
    throw new WeatherParseError(`PVGIS JSON: not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const rows = doc.outputs?.tmy_hourly;
  if (!Array.isArray(rows)) throw new WeatherParseError('PVGIS JSON: outputs.tmy_hourly is missing');
  const b = newBuilder();
  rows.forEach((r, k) => {
    const where = `outputs.tmy_hourly[${k}]`;
    for (const name of HEADER_COLUMNS) {
      if (!(name in r)) throw new WeatherParseError(`PVGIS JSON: ${where} has no "${name}"`);
    }
    b.t.push(parsePvgisTime(String(r['time(UTC)']), undefined, `${where}.time(UTC)`));
    b.temp.push(num(r.T2m, undefined, `${where}.T2m`));
    b.ghi.push(num(r['G(h)'], undefined, `${where}.G(h)`));
    b.dni.push(num(r['Gb(n)'], undefined, `${where}.Gb(n)`));
    b.dhi.push(num(r['Gd(h)'], undefined, `${where}.Gd(h)`));
    b.wind.push(num(r.WS10m, undefined, `${where}.WS10m`));
  });
  const loc = doc.inputs?.location;
  const site =
    loc && typeof loc.latitude === 'number' && typeof loc.longitude === 'number'
      ? { latDeg: loc.latitude, lonDeg: loc.longitude, elevationM: typeof loc.elevation === 'number' ? loc.elevation : 0 }
      : undefined;
  return finish(b, 'pvgis-json', label, site, loc?.irradiance_time_offset);
}
