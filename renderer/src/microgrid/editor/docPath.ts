/** Reads and writes a value at a dotted path ("pvArrays.0.kWp") in a JSON document, immutably. */
export function getAt(doc: unknown, path: string): unknown {
  let cur: unknown = doc;
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

export function setAt<T>(doc: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.');
  const container: Record<string, unknown> | unknown[] = Array.isArray(doc) ? [...doc] : { ...(doc as Record<string, unknown>) };
  const next = rest.length === 0 ? value : setAt((container as Record<string, unknown>)[head] ?? (/^\d+$/.test(rest[0]) ? [] : {}), rest.join('.'), value);
  if (value === undefined && rest.length === 0) delete (container as Record<string, unknown>)[head];
  else (container as Record<string, unknown>)[head] = next;
  return container as T;
}
