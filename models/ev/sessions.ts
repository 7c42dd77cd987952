/**
 * Vehicles and plug-in sessions in the form the simulation steps over: a struct of typed arrays sorted
 * by arrival, with steps on the simulation timeline. A session occupies steps [arrivalStep, departureStep).
 * Energies are battery side (kWh stored). Charging efficiency is √η_rt of the vehicle's AC round trip
 * (a bidirectional AC ZOE: η_rt ≈ 0.87), the same split as the stationary storage.
 */
export interface VehicleSpec {
  readonly id: string;
  /** Output series are aggregated per group (e.g. "v2g", "visitors"). */
  readonly group: string;
  readonly batteryKwh: number;
  readonly consumptionKwhPer100km: number;
  readonly acChargerKw: number;
  /** 0 when the vehicle cannot discharge. */
  readonly v2gKw: number;
  readonly v2gRoundTripEfficiency: number;
  /** V2G never takes the battery below this SoC. */
  readonly v2gMinSoc: number;
  /** Charging stops at this SoC. */
  readonly socMax: number;
}

export interface PlugSession {
  readonly vehicleIndex: number;
  readonly arrivalStep: number;
  readonly departureStep: number;
  /** Energy the driver needs added to the battery by departure (kWh, battery side). */
  readonly requestedKwh: number;
  readonly arrivalSoc: number;
}

export interface SessionTable {
  readonly count: number;
  readonly vehicle: Int32Array;
  readonly arrival: Int32Array;
  readonly departure: Int32Array;
  readonly arrivalKwh: Float64Array;
  /** Battery energy wanted at departure: arrival + requested, capped at socMax·battery. */
  readonly targetKwh: Float64Array;
}

export function buildSessionTable(vehicles: readonly VehicleSpec[], sessions: readonly PlugSession[]): SessionTable {
  const sorted = sortedSessions(sessions);
  const n = sorted.length;
  const table: SessionTable = {
    count: n,
    vehicle: new Int32Array(n),
    arrival: new Int32Array(n),
    departure: new Int32Array(n),
    arrivalKwh: new Float64Array(n),
    targetKwh: new Float64Array(n),
  };
  for (let k = 0; k < n; k++) {
    const s = sorted[k];
    const v = vehicles[s.vehicleIndex];
    if (!v) throw new RangeError(`session ${k}: unknown vehicle index ${s.vehicleIndex}`);
    const arrivalKwh = Math.min(v.batteryKwh * v.socMax, Math.max(0, s.arrivalSoc) * v.batteryKwh);
    table.vehicle[k] = s.vehicleIndex;
    table.arrival[k] = s.arrivalStep;
    table.departure[k] = s.departureStep;
    table.arrivalKwh[k] = arrivalKwh;
    table.targetKwh[k] = Math.min(v.batteryKwh * v.socMax, arrivalKwh + Math.max(0, s.requestedKwh));
  }
  return table;
}

/**
 * Sessions by arrival step, then vehicle index, ties in input order (a stable sort). When the three fit in
 * the 53 bits of a double (arrival < 2^21 steps, vehicle < 2^11, position < 2^21) they are packed into one
 * key and sorted as numbers, much faster than a comparator for a year of sessions; otherwise the comparator.
 */
export function sortedSessions(sessions: readonly PlugSession[]): PlugSession[] {
  const n = sessions.length;
  const keys = new Float64Array(n);
  let packable = n < 2 ** 21;
  for (let k = 0; k < n && packable; k++) {
    const s = sessions[k];
    const a = s.arrivalStep;
    const v = s.vehicleIndex;
    if (Number.isInteger(a) && a >= 0 && a < 2 ** 21 && Number.isInteger(v) && v >= 0 && v < 2 ** 11) keys[k] = (a * 2 ** 11 + v) * 2 ** 21 + k;
    else packable = false;
  }
  if (!packable) return [...sessions].sort((a, b) => a.arrivalStep - b.arrivalStep || a.vehicleIndex - b.vehicleIndex);
  keys.sort();
  const out = new Array<PlugSession>(n);
  for (let k = 0; k < n; k++) out[k] = sessions[keys[k] % 2 ** 21];
  return out;
}

export function chargeEfficiency(v: VehicleSpec): number {
  return Math.sqrt(v.v2gRoundTripEfficiency);
}
