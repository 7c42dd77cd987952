import { yearTimeline } from '../models/core/timeline';
import { pvAcKw } from '../models/pv/pvSystem';
import { solarPositionSeries } from '../models/solar/solarPositionSeries';
import { spaPosition } from '../models/solar/spa';
import { resampleWeather } from '../models/weather/resample';
import { syntheticWeatherYear } from '../models/weather/synthetic';
import type { BenchFigure } from './types';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(runs: number, f: () => void): number {
  return timeBoth(runs, f).wallMs;
}

/**
 * Median wall time and median CPU time (user + system of this process) over `runs` after a
 * warm-up. The machine is shared: CPU time shows the code's own cost when others load the cores.
 */
function timeBoth(runs: number, f: () => void): { wallMs: number; cpuMs: number } {
  f(); // warm-up (JIT)
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    f();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wallMs: median(wall), cpuMs: median(cpu) };
}

/** Sun positions, PV chain and synthetic weather for one year. */
export async function run(): Promise<BenchFigure[]> {
  const site = { latDeg: 47.35, lonDeg: -3.15, elevationM: 5 };
  const minuteYear = yearTimeline(2025, 1);
  const series = timeBoth(7, () => solarPositionSeries(minuteYear, site));

  const s = solarPositionSeries(minuteYear, site);
  let maxErr = 0;
  const t0 = performance.now();
  let fullCount = 0;
  for (let i = 0; i < minuteYear.length; i += 131) {
    const p = spaPosition(minuteYear.startUtcMs + (i + 0.5) * 60_000, site);
    maxErr = Math.max(maxErr, Math.abs(p.zenithDeg - s.zenithDeg[i]));
    fullCount++;
  }
  const fullSpaUs = ((performance.now() - t0) * 1000) / fullCount;

  const synthMs = time(3, () => syntheticWeatherYear({ ...site, climateZone: 'H2a', year: 2025, seed: 1 }));
  const hourly = syntheticWeatherYear({ ...site, climateZone: 'H2a', year: 2025, seed: 1 });
  const array = [{ kWp: 76, tiltDeg: 15, azimuthDeg: 180 }];
  const pvHourlyMs = time(5, () => pvAcKw(array, hourly));
  const minute = resampleWeather(hourly, 1);
  const pvMinute = timeBoth(3, () => pvAcKw(array, minute));

  return [
    { name: 'solarPositionSeries, 1 year at 1 min (525 600 positions), CPU', value: series.cpuMs, unit: 'ms', target: 100 },
    { name: 'solarPositionSeries, 1 year at 1 min, wall clock', value: series.wallMs, unit: 'ms' },
    { name: 'max |zenith error| of the series vs full SPA', value: maxErr * 1000, unit: 'mdeg', target: 1 },
    { name: 'full SPA, one position', value: fullSpaUs, unit: 'µs' },
    { name: 'syntheticWeatherYear (hourly, calibrated on 3CL)', value: synthMs, unit: 'ms' },
    { name: 'pvAcKw, 1 array, 1 year hourly', value: pvHourlyMs, unit: 'ms' },
    { name: 'pvAcKw, 1 array, 1 year at 1 min, CPU', value: pvMinute.cpuMs, unit: 'ms' },
    { name: 'pvAcKw, 1 array, 1 year at 1 min, wall clock', value: pvMinute.wallMs, unit: 'ms' },
  ];
}
