/** One record through the engine: parse, compute from inputs only, compare with its registered outputs. */
import { computeDpe } from '../compute';
import { parseDpeXml } from '../xml/parse';
import { computedFigures, registeredFigures, type RecordComparison } from './metrics';

export function compareRecord(id: string, xmlText: string): RecordComparison {
  let parsed;
  try {
    parsed = parseDpeXml(xmlText);
  } catch (e) {
    return { id, registered: {}, error: (e as Error).message };
  }
  const registered = registeredFigures(parsed.registered.sortie);
  try {
    return { id, registered, computed: computedFigures(computeDpe(parsed.input)) };
  } catch (e) {
    return { id, registered, error: (e as Error).message };
  }
}
