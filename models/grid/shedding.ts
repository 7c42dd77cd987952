/**
 * Load shedding by priority: sheddable loads come in classes ordered from the least important (class 0,
 * shed first: e.g. pool heating, comfort loads) to the most important still-sheddable ones. A deficit is
 * covered by dropping whole classes in order and the last one partially (a class is an aggregate of many
 * small loads, so partial shedding is a fraction of its members). Critical loads are not in any class and
 * are never shed: what remains becomes unserved energy.
 */
export function shedByPriority(deficitKw: number, sheddable: readonly Float64Array[], i: number, shedOut: Float64Array): number {
  let rest = deficitKw;
  let shed = 0;
  for (let c = 0; c < sheddable.length && rest > 0; c++) {
    const avail = sheddable[c][i];
    if (avail <= 0) continue;
    const s = avail < rest ? avail : rest;
    shedOut[c] = s;
    shed += s;
    rest -= s;
  }
  return shed;
}
