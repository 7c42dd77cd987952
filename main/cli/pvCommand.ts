import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pvYearly } from '../../models/pv/pvSystem';
import type { PvArrayInput } from '../../models/pv/pvArray';
import type { SkyDiffuseModel } from '../../models/solar/transposition';
import { CLIMATE_ZONES, departementToClimateZone, nearestDepartement, type ClimateZone } from '../../models/weather/climateTables';
import { syntheticWeatherYear } from '../../models/weather/synthetic';
import { irradiationKwhM2, type WeatherSeries } from '../../models/weather/weatherSeries';
import { loadWeatherFile } from '../services/weatherFiles';
import { parseArgs, type CliCommand } from './command';

const USAGE = `Usage: npm run cli -- pv (--weather FILE | --lat DEG --lon DEG [--elevation M] [--zone H1a | --departement 69]) [options]

Annual and monthly PV energy, PVWatts v5-style chain (Perez POA, physical IAM, SAPM cell
temperature, DC losses, inverter curve with clipping).
  --weather FILE      PVGIS TMY (CSV or JSON) or EPW, detected from the content
  --lat, --lon        site; without --weather a synthetic year is generated for the 3CL zone of
                      --zone, --departement, or the département whose préfecture is nearest
  --elevation M       site elevation (default: the weather file's, else 0)
  --year YYYY         year the typical/synthetic year is placed on (default 2025)
  --seed N            seed of the synthetic year (default 1)
  --kwp 4 --tilt 20 --azimuth 180 (180 = south)
  --losses 14.08      total DC losses %   --dc-ac 1.2   --inverter-eff 96
  --mounting open-rack|roof-mounted|building-integrated   --sky-model perez|hay-davies|isotropic
  --temp-coeff -0.37  --albedo 0.2
  --csv OUT           write the hourly series (UTC) to OUT`;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

class InputError extends Error {}

function numberOption(options: Map<string, string | true>, key: string, fallback?: number): number | undefined {
  const v = options.get(key);
  if (v === undefined) return fallback;
  const x = typeof v === 'string' ? Number(v.replace(',', '.')) : NaN;
  if (!Number.isFinite(x)) throw new InputError(`--${key} must be a number, got "${v === true ? '' : v}"`);
  return x;
}

function fmt(x: number, digits = 0): string {
  return x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export const command: CliCommand = {
  name: 'pv',
  summary: 'PV production of one array (annual, monthly, optional hourly CSV) from a weather file or a synthetic year',
  usage: USAGE,
  async run(args, io) {
    const { options } = parseArgs(args);
    let weather: WeatherSeries;
    let sourceLine: string;
    let array: PvArrayInput;
    let skyModel: SkyDiffuseModel;
    try {
      const year = numberOption(options, 'year', 2025)!;
      const weatherFile = options.get('weather');
      const lat = numberOption(options, 'lat');
      const lon = numberOption(options, 'lon');
      if (typeof weatherFile === 'string') {
        const loaded = await loadWeatherFile(path.resolve(io.cwd, weatherFile), { year });
        weather = loaded.series;
        sourceLine = `weather: ${weather.source.kind} file ${weather.source.label} (${loaded.notes.join('; ')})`;
        if (lat !== undefined || lon !== undefined) {
          if (lat === undefined || lon === undefined) throw new InputError('--lat and --lon go together');
          weather = { ...weather, site: { latDeg: lat, lonDeg: lon, elevationM: numberOption(options, 'elevation', weather.site?.elevationM ?? 0)! } };
        }
      } else if (weatherFile === true) {
        throw new InputError('--weather needs a file name');
      } else {
        if (lat === undefined || lon === undefined) throw new InputError('give --weather FILE, or --lat and --lon for a synthetic year');
        const elevation = numberOption(options, 'elevation', 0)!;
        const zoneOpt = options.get('zone');
        const depOpt = options.get('departement');
        let zone: ClimateZone;
        let why: string;
        if (typeof zoneOpt === 'string') {
          if (!(CLIMATE_ZONES as readonly string[]).includes(zoneOpt)) throw new InputError(`--zone must be one of ${CLIMATE_ZONES.join(', ')}, got "${zoneOpt}"`);
          zone = zoneOpt as ClimateZone;
          why = 'given with --zone';
        } else if (typeof depOpt === 'string') {
          zone = departementToClimateZone(depOpt);
          why = `département ${depOpt}`;
        } else {
          const near = nearestDepartement(lat, lon);
          zone = departementToClimateZone(near.departement);
          why = `nearest préfecture ${near.prefecture.name} (${near.departement}), ${fmt(near.distanceKm)} km`;
        }
        const seed = numberOption(options, 'seed', 1)!;
        weather = syntheticWeatherYear({ latDeg: lat, lonDeg: lon, elevationM: elevation, climateZone: zone, year, seed, stepMinutes: 60 });
        sourceLine = `weather: synthetic year ${year} calibrated on 3CL zone ${zone} (${why}), seed ${seed}`;
      }
      const mounting = options.get('mounting') ?? 'open-rack';
      skyModel = (options.get('sky-model') ?? 'perez') as SkyDiffuseModel;
      if (!['perez', 'hay-davies', 'isotropic'].includes(String(skyModel))) throw new InputError('--sky-model must be perez, hay-davies or isotropic');
      array = {
        kWp: numberOption(options, 'kwp', 4)!,
        tiltDeg: numberOption(options, 'tilt', 20)!,
        azimuthDeg: numberOption(options, 'azimuth', 180)!,
        lossesPct: numberOption(options, 'losses', 14.08),
        dcAcRatio: numberOption(options, 'dc-ac', 1.2),
        inverterEfficiencyPct: numberOption(options, 'inverter-eff', 96),
        temperatureCoeffPctPerC: numberOption(options, 'temp-coeff', -0.37),
        albedo: numberOption(options, 'albedo', 0.2),
        mounting: mounting as PvArrayInput['mounting'],
      };
    } catch (e) {
      io.err(`pv: ${(e as Error).message}`);
      return 2;
    }
    let y: ReturnType<typeof pvYearly>;
    try {
      y = pvYearly([array], weather, undefined, { skyModel });
    } catch (e) {
      io.err(`pv: ${(e as Error).message}`);
      return 2;
    }
    const site = weather.site!;
    io.out(sourceLine);
    io.out(`site: ${site.latDeg}°, ${site.lonDeg}°, ${site.elevationM} m; annual GHI ${fmt(irradiationKwhM2(weather.ghiWm2, weather.timeline.stepMinutes))} kWh/m²`);
    io.out(`array: ${array.kWp} kWp, tilt ${array.tiltDeg}°, azimuth ${array.azimuthDeg}°, losses ${array.lossesPct} %, DC/AC ${array.dcAcRatio}, inverter ${array.inverterEfficiencyPct} %, ${array.mounting}, sky ${skyModel}`);
    io.out('');
    io.out(`${'Month'.padEnd(10)} ${'POA (kWh/m²)'.padStart(13)} ${'AC (kWh)'.padStart(10)}`);
    for (let m = 0; m < 12; m++) io.out(`${MONTHS[m].padEnd(10)} ${fmt(y.monthlyPoaKwhM2[m], 1).padStart(13)} ${fmt(y.monthlyAcKwh[m]).padStart(10)}`);
    io.out(`${'Annual'.padEnd(10)} ${fmt(y.annualPoaKwhM2, 1).padStart(13)} ${fmt(y.annualAcKwh).padStart(10)}`);
    io.out('');
    io.out(`specific yield ${fmt(y.specificYieldKwhPerKwp)} kWh/kWp, performance ratio ${fmt(y.performanceRatio, 3)}, clipped ${fmt(y.clippedKwh, 1)} kWh`);
    const csv = options.get('csv');
    if (typeof csv === 'string') {
      const tl = weather.timeline;
      const lines = ['time_utc,ghi_w_m2,temp_c,poa_w_m2,dc_kw,ac_kw'];
      for (let i = 0; i < tl.length; i++) {
        const t = new Date(tl.startUtcMs + i * tl.stepMinutes * 60_000).toISOString().slice(0, 16);
        lines.push(`${t},${weather.ghiWm2[i].toFixed(1)},${weather.tempC[i].toFixed(2)},${y.series.poaWm2[i].toFixed(1)},${y.series.dcKw[i].toFixed(4)},${y.series.acKw[i].toFixed(4)}`);
      }
      const out = path.resolve(io.cwd, csv);
      await writeFile(out, `${lines.join('\n')}\n`);
      io.out(`hourly series written to ${out} (${tl.length} rows, each value is the average over the step starting at time_utc)`);
    }
    return 0;
  },
};
