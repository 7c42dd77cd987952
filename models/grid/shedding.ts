/**
 * Load shedding by priority: sheddable loads come in classes ordered from the least important (class 0,
 * shed first: e.g. pool heating, comfort loads) to the most important still-sheddable ones. A deficit is
 * covered by dropping whole classes in order and the last one partially (a class is an aggregate of many
 * small loads, so partial shedding is a fraction of its members). Critical loads are not in any class and
 * are never shed: what remains becomes unserved energy. `availableKw[c]` is what class c may shed at this
 * step (its power, or 0 when its event rules forbid shedding now).
 */
export function shedByPriority(deficitKw: number, availableKw: Float64Array, shedOut: Float64Array): number {
  let rest = deficitKw;
  let shed = 0;
  for (let c = 0; c < availableKw.length && rest > 0; c++) {
    const avail = availableKw[c];
    if (avail <= 0) continue;
    const s = avail < rest ? avail : rest;
    shedOut[c] = s;
    shed += s;
    rest -= s;
  }
  return shed;
}
