/**
 * The 3D site model of a micro-grid scenario. The scenario describes equipment, not geometry, so
 * the buildings are a plain default (one main building whose size follows the annual consumption);
 * roof-mounted arrays go on its roof, the others on the ground, and the layout helper of the 3D view
 * places what has no position.
 */
import type { FlowsAtTime, Site3dModel } from '../site3d/schema';
import type { MicrogridResultView } from '../analysis/resultView';
import type { MicrogridScenario } from '../sim/scenarioSchema';

export function site3dFromScenario(sc: MicrogridScenario): Site3dModel {
  const annualKwh = sc.loads.source === 'synthetic' ? sc.loads.components.reduce((a, c) => a + (('annualKwh' in c && c.annualKwh) || 0), 0) : 100_000;
  // About 100 kWh per m² of floor a year for non-residential buildings, two storeys: a readable scale.
  const footprintM2 = Math.min(4000, Math.max(150, annualKwh / 100 / 2));
  const width = Math.sqrt(footprintM2 * 2);
  const depth = footprintM2 / width;
  const containers = sc.storage.containers;
  const capacityKwh = containers.reduce((a, c) => a + c.packs.reduce((b, p) => b + p.count * p.nominalKwh, 0), 0);
  const vehicles = sc.vehicles.flatMap((v) =>
    Array.from({ length: v.count }, (_, k) => ({ id: `${v.id}-${k + 1}`, name: `${v.group} ${k + 1}`, v2g: v.v2gKw > 0 })),
  );
  return {
    site: { latDeg: sc.site.latDeg, lonDeg: sc.site.lonDeg, elevationM: sc.site.elevationM },
    buildings: [{ id: 'main', name: sc.site.name, xM: 0, yM: 0, widthM: width, depthM: depth, heightM: 7 }],
    pvArrays: sc.pvArrays.map((a, i) => ({
      id: `pv-${i}`,
      name: a.name,
      kWp: a.kWp,
      tiltDeg: a.tiltDeg,
      azimuthDeg: a.azimuthDeg,
      ...(a.mounting === 'roof-mounted' || a.mounting === 'building-integrated' ? { onBuildingId: 'main' } : {}),
    })),
    ...(capacityKwh > 0 ? { storage: { name: containers.map((c) => c.name).join(', '), capacityKwh } } : {}),
    ...(vehicles.length > 0 ? { carPark: { vehicles: vehicles.slice(0, 500) } } : {}),
  };
}

/** Site flows at an instant from the result view (signs as the 3D view expects them). */
export function flowsAtTime(view: MicrogridResultView, utcMs: number): FlowsAtTime {
  const { timeline, series } = view;
  const i = Math.min(timeline.length - 1, Math.max(0, Math.floor((utcMs - timeline.startUtcMs) / (timeline.stepMinutes * 60_000))));
  const v = (name: keyof typeof series) => series[name]?.[i] ?? 0;
  return {
    pvKw: v('pvKw') - v('curtailedKw'),
    loadKw: v('servedKw') || v('loadKw'),
    storageKw: v('storageChargeKw') - v('storageDischargeKw'),
    evKw: v('evChargeKw') - v('v2gKw'),
    gridKw: v('gridImportKw') - v('gridExportKw'),
    storageSocPct: series.storageSocPct?.[i],
  };
}
