/**
 * Heat-pump seasonal performance, annex 1 of the arrêté of 8 October 2021 §12.4.2 (SCOP/COP by
 * type, emitter and install period, zones H1-H2 vs H3; table resources/dpe/systems/chauffage-scop.json
 * indexed by `tv_scop_id`), and DHW heat pumps §14.2 (COP, ecs-cop.json).
 */
import { TABLES, cellAccepts, inRange, numCell } from '../tables';
import type { PacType } from '../enums';

export function heatingScop(
  tvScopId: number | undefined,
  pacType: PacType,
  zone: string,
  floorOrCeilingEmitter: boolean,
  year: number,
): number | undefined {
  const byId = tvScopId !== undefined ? TABLES.scop.find((r) => r['tv_scop_id'] === tvScopId) : undefined;
  if (byId) return numCell(byId, 'scop');
  const emitter = floorOrCeilingEmitter ? 'plancher_chauffant' : 'radiateur';
  const row = TABLES.scop.find(
    (r) =>
      cellAccepts(r['zone_climatique'], zone) &&
      r['type_generateur'] === pacType &&
      (r['type_emetteur'] === null || cellAccepts(r['type_emetteur'], emitter)) &&
      inRange(r, 'annee_installation', year),
  );
  return row ? numCell(row, 'scop') : undefined;
}

export function dhwCop(tvScopId: number | undefined, device: string, zone: string, year: number): number | undefined {
  const byId = tvScopId !== undefined ? TABLES.copEcs.find((r) => r['tv_scop_id'] === tvScopId) : undefined;
  if (byId) return numCell(byId, 'cop');
  const row = TABLES.copEcs.find(
    (r) => cellAccepts(r['zone_climatique'], zone) && r['type_generateur'] === device && inRange(r, 'annee_installation', year),
  );
  return row ? numCell(row, 'cop') : undefined;
}
