/**
 * Tolerant readers for the raw object that fast-xml-parser produces from an ADEME DPE XML record
 * (observatory format v2). Elements may arrive as strings or numbers depending on parser options,
 * nil elements (`xsi:nil="true"`) as '' or an attribute object, and one-element collections as a
 * single object instead of an array: these helpers hide those differences.
 */
export type Raw = Record<string, unknown>;

export function isRaw(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Child element as an object, or undefined when missing or nil. */
export function child(node: unknown, key: string): Raw | undefined {
  if (!isRaw(node)) return undefined;
  const v = node[key];
  return isRaw(v) ? v : undefined;
}

/** The items of a `<x_collection><x>…</x></x_collection>` pair, always as an array. */
export function items(node: unknown, collection: string, item: string): Raw[] {
  const c = child(node, collection);
  if (!c) return [];
  const v = c[item];
  if (Array.isArray(v)) return v.filter(isRaw);
  return isRaw(v) ? [v] : [];
}

function scalar(node: unknown, key: string): string | number | undefined {
  if (!isRaw(node)) return undefined;
  let v = node[key];
  if (isRaw(v) && '#text' in v) v = v['#text'];
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v.trim() === '' ? undefined : v.trim();
  if (typeof v === 'boolean') return v ? 1 : 0;
  return undefined;
}

/** Numeric value of a child element; undefined when absent, nil or not a number. */
export function num(node: unknown, key: string): number | undefined {
  const v = scalar(node, key);
  if (v === undefined) return undefined;
  const n = typeof v === 'number' ? v : Number(v.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

export function str(node: unknown, key: string): string | undefined {
  const v = scalar(node, key);
  return v === undefined ? undefined : String(v);
}

/** XML booleans are written 0/1 (sometimes true/false). */
export function bool(node: unknown, key: string): boolean | undefined {
  const v = scalar(node, key);
  if (v === undefined) return undefined;
  return v === 1 || v === '1' || v === 'true';
}
