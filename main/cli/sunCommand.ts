import { incidenceAngleDeg, spaPosition } from '../../models/solar/spa';
import { sunRiseTransitSet } from '../../models/solar/sunRiseSet';
import { parseArgs, type CliCommand } from './command';

const USAGE = `Usage: npm run cli -- sun --lat DEG --lon DEG --time ISO [options]

Sun position by the NREL SPA (Reda & Andreas 2008) at one instant.
  --lat, --lon            site latitude and longitude (degrees, east positive)
  --elevation M           site elevation (m, default 0)
  --time ISO              instant with its offset, e.g. 2003-10-17T12:30:30-07:00 (Z for UTC)
  --pressure MBAR         mean pressure for refraction (default: standard atmosphere at the elevation)
  --temperature C         mean temperature for refraction (default 12)
  --delta-t S             TT − UT in seconds (default 69)
  --slope DEG             surface slope for the incidence angle (default 0)
  --azimuth-rotation DEG  surface azimuth rotation from south, west positive (SPA convention, default 0)

Prints zenith, azimuth (from north), incidence, and sunrise/transit/sunset in the time's offset.`;

function num(options: Map<string, string | true>, key: string, fallback?: number): number {
  const v = options.get(key);
  if (v === undefined) {
    if (fallback === undefined) throw new RangeError(`--${key} is required`);
    return fallback;
  }
  const x = typeof v === 'string' ? Number(v.replace(',', '.')) : NaN;
  if (!Number.isFinite(x)) throw new RangeError(`--${key} must be a number, got "${v === true ? '' : v}"`);
  return x;
}

function hhmmss(hours: number): string {
  if (!Number.isFinite(hours)) return '—';
  const s = Math.round(hours * 3600);
  const p = (x: number) => String(x).padStart(2, '0');
  return `${p(Math.floor(s / 3600) % 24)}:${p(Math.floor((s % 3600) / 60))}:${p(s % 60)}`;
}

export const command: CliCommand = {
  name: 'sun',
  summary: 'Sun position (NREL SPA), incidence angle and sunrise/transit/sunset at one instant',
  usage: USAGE,
  async run(args, io) {
    const { options } = parseArgs(args);
    let lat: number, lon: number, elevation: number, pressure: number | undefined, temperature: number, deltaT: number, slope: number, rotation: number;
    try {
      lat = num(options, 'lat');
      lon = num(options, 'lon');
      elevation = num(options, 'elevation', 0);
      pressure = options.has('pressure') ? num(options, 'pressure') : undefined;
      temperature = num(options, 'temperature', 12);
      deltaT = num(options, 'delta-t', 69);
      slope = num(options, 'slope', 0);
      rotation = num(options, 'azimuth-rotation', 0);
      if (Math.abs(lat) > 90) throw new RangeError('--lat must be between −90 and 90');
      if (Math.abs(lon) > 180) throw new RangeError('--lon must be between −180 and 180');
      if (slope < 0 || slope > 180) throw new RangeError('--slope must be between 0 and 180');
    } catch (e) {
      io.err(`sun: ${(e as Error).message}`);
      return 2;
    }
    const time = options.get('time');
    if (typeof time !== 'string') {
      io.err('sun: --time is required (ISO 8601 with offset, e.g. 2003-10-17T12:30:30-07:00)');
      return 2;
    }
    const offset = /(Z|([+-])(\d{2}):?(\d{2}))$/.exec(time);
    const utcMs = Date.parse(time);
    if (!offset || !Number.isFinite(utcMs)) {
      io.err(`sun: --time "${time}" is not an ISO 8601 instant with an offset (…Z or …+01:00)`);
      return 2;
    }
    const tzH = offset[1] === 'Z' ? 0 : (offset[2] === '-' ? -1 : 1) * (Number(offset[3]) + Number(offset[4]) / 60);
    const p = spaPosition(utcMs, { latDeg: lat, lonDeg: lon, elevationM: elevation, pressureMbar: pressure, temperatureC: temperature }, deltaT);
    const local = new Date(utcMs + tzH * 3_600_000);
    const rts = sunRiseTransitSet(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate(), tzH, { latDeg: lat, lonDeg: lon }, deltaT);
    io.out(`NREL SPA at ${time} (UTC ${new Date(utcMs).toISOString()}), lat ${lat}°, lon ${lon}°, elevation ${elevation} m, ΔT ${deltaT} s`);
    io.out(`  zenith (refracted)   ${p.zenithDeg.toFixed(5)}°`);
    io.out(`  azimuth (from north) ${p.azimuthDeg.toFixed(5)}°`);
    io.out(`  elevation            ${p.elevationDeg.toFixed(5)}°`);
    io.out(`  incidence            ${incidenceAngleDeg(p.zenithDeg, p.azimuthDeg, slope, rotation).toFixed(5)}° (slope ${slope}°, azimuth rotation ${rotation}°)`);
    io.out(`  declination          ${p.declinationDeg.toFixed(5)}° (topocentric), equation of time ${p.equationOfTimeMin.toFixed(3)} min`);
    io.out(`  sunrise ${hhmmss(rts.sunriseLocalH)}  transit ${hhmmss(rts.transitLocalH)}  sunset ${hhmmss(rts.sunsetLocalH)} (UTC${tzH >= 0 ? '+' : ''}${tzH})`);
    return 0;
  },
};
