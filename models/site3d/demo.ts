/**
 * Demo data for the 3D site view (gallery page, screenshots, tests): the Belle-Île holiday village of
 * models/examples/belleIle.ts laid out on a plan, and ONE SYNTHETIC DAY of flows. The flows are not a
 * simulation: PV = clear-sky GHI (Ineichen–Perez, models/solar/clearSky.ts) × kWp × 0.85 / 1000 W/m²,
 * a holiday-village load shape, EV charging at midday and overnight, V2G in the evening peak, a
 * 200 kWh battery charged by the surplus and discharged in the evening; the grid closes the balance
 * at every step. Only the layout and sizes echo the reference case; use real results in the app.
 */
import { clearSkyAt, DEFAULT_LINKE_TURBIDITY_FRANCE } from '../solar/clearSky';
import { dayOfYearUtc, extraterrestrialNormalWm2 } from '../solar/extraterrestrial';
import { spaPosition } from '../solar/spa';
import type { FlowsAtTime, Site3dModel } from './schema';

export function demoSite3dModel(): Site3dModel {
  const cottages = Array.from({ length: 6 }, (_, k) => ({
    id: `gite-${k + 1}`,
    name: `Gîtes ${k + 1}`,
    xM: -30 + (k % 3) * 18,
    yM: 26 + Math.floor(k / 3) * 16,
    widthM: 12,
    depthM: 8,
    heightM: 5.5,
    rotationDeg: 0,
  }));
  return {
    site: { latDeg: 47.35, lonDeg: -3.16, elevationM: 20 },
    buildings: [{ id: 'accueil', name: 'Accueil et restaurant', xM: 0, yM: 0, widthM: 36, depthM: 16, heightM: 7, rotationDeg: 0 }, ...cottages],
    pvArrays: [
      { id: 'toiture-accueil', name: 'Toiture accueil', kWp: 34, tiltDeg: 30, azimuthDeg: 180, onBuildingId: 'accueil' },
      { id: 'toiture-gites', name: 'Toiture gîtes 1', kWp: 4, tiltDeg: 30, azimuthDeg: 180, onBuildingId: 'gite-1' },
      { id: 'toiture-gites-2', name: 'Toiture gîtes 2', kWp: 4, tiltDeg: 30, azimuthDeg: 180, onBuildingId: 'gite-2' },
      { id: 'toiture-gites-3', name: 'Toiture gîtes 3', kWp: 4, tiltDeg: 30, azimuthDeg: 180, onBuildingId: 'gite-3' },
      { id: 'ombrieres', name: 'Ombrières', kWp: 30, tiltDeg: 10, azimuthDeg: 200 },
    ],
    storage: { name: 'Conteneur seconde vie (10 ZOE)', capacityKwh: 200 },
    // West of the reception, by the entrance; the container and the substation are placed by the layout.
    carPark: {
      xM: -48,
      yM: 4,
      vehicles: [
        { id: 'zoe-1', name: 'ZOE V2G 1', v2g: true },
        { id: 'zoe-2', name: 'ZOE V2G 2', v2g: true },
        ...Array.from({ length: 6 }, (_, k) => ({ id: `visiteur-${k + 1}`, name: `Visiteur ${k + 1}`, v2g: false })),
      ],
    },
  };
}

const STORAGE_KWH = 200;
const STORAGE_MAX_KW = 60;
const SOC_MIN = 0.1;
const SOC_MAX = 0.95;

/** Local clock hour (Europe/Paris summer time assumed for the demo day) of a UTC instant. */
function demoLocalHour(utcMs: number, utcOffsetHours: number): number {
  const h = (utcMs / 3_600_000 + utcOffsetHours) % 24;
  return h < 0 ? h + 24 : h;
}

function bump(hour: number, centre: number, width: number): number {
  const d = (hour - centre) / width;
  return Math.exp(-d * d);
}

/**
 * Flows of the synthetic demo day, one value per step from `dayStartUtcMs` over 24 h. Returns a lookup
 * by time (the step containing t; clamped to the day).
 */
export function demoDayFlows(model: Site3dModel, dayStartUtcMs: number, stepMinutes: number, utcOffsetHours = 2): (t: number) => FlowsAtTime {
  const n = Math.round((24 * 60) / stepMinutes);
  const stepH = stepMinutes / 60;
  const kWp = model.pvArrays.reduce((s, a) => s + a.kWp, 0);
  const v2gCount = model.carPark?.vehicles.filter((v) => v.v2g).length ?? 0;
  const carCount = model.carPark?.vehicles.length ?? 0;
  const month = new Date(dayStartUtcMs + 12 * 3_600_000).getUTCMonth();
  const series: FlowsAtTime[] = [];
  let socKwh = 0.45 * STORAGE_KWH;
  for (let i = 0; i < n; i++) {
    const t = dayStartUtcMs + (i + 0.5) * stepMinutes * 60_000;
    const sun = spaPosition(t, model.site);
    const ghi = clearSkyAt(sun.zenithDeg, model.site.elevationM, extraterrestrialNormalWm2(dayOfYearUtc(t)), DEFAULT_LINKE_TURBIDITY_FRANCE[month]).ghiWm2;
    const pvKw = (kWp * 0.85 * ghi) / 1000;
    const h = demoLocalHour(t, utcOffsetHours);
    const loadKw = 12 + 10 * bump(h, 8.5, 1.5) + 8 * bump(h, 12.5, 1.2) + 22 * bump(h, 20, 1.8);
    let evKw = 0;
    if (h >= 11 && h < 16) evKw = Math.min(3.7 * carCount, Math.max(0, pvKw - loadKw)); // smart charging on the surplus
    if (h >= 19 && h < 22 && v2gCount > 0) evKw = -7 * v2gCount; // V2G in the evening peak
    if (h >= 23 || h < 5) evKw = 2.5 * carCount; // off-peak top-up
    const surplus = pvKw - loadKw - evKw;
    let storageKw = 0; // stays 0 on a site without storage
    if (!model.storage) {
      // no battery: the grid takes the whole surplus or deficit
    } else if (surplus > 0) storageKw = Math.min(surplus, STORAGE_MAX_KW, (SOC_MAX * STORAGE_KWH - socKwh) / stepH);
    else if (h >= 17 || h < 7) storageKw = -Math.min(-surplus, STORAGE_MAX_KW, (socKwh - SOC_MIN * STORAGE_KWH) / stepH);
    storageKw = Math.max(storageKw, -STORAGE_MAX_KW);
    socKwh += storageKw * stepH;
    const gridKw = loadKw + evKw + storageKw - pvKw;
    series.push({ pvKw, loadKw, storageKw, evKw, gridKw, storageSocPct: model.storage ? (100 * socKwh) / STORAGE_KWH : undefined });
  }
  return (t: number) => {
    const i = Math.min(n - 1, Math.max(0, Math.floor((t - dayStartUtcMs) / (stepMinutes * 60_000))));
    return series[i];
  };
}
