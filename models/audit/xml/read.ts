/**
 * Typed readers over the raw tree of parse.ts: values are strings as written in the record, nil
 * elements are '', and collection items are arrays. Errors name the element path.
 */
import type { RawNode } from './parse';

export function isNode(v: unknown): v is RawNode {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function node(parent: unknown, key: string): RawNode | undefined {
  if (!isNode(parent)) return undefined;
  const v = parent[key];
  return isNode(v) ? v : undefined;
}

/** Items of `<collection><item/>…</collection>`, always an array. */
export function items(parent: unknown, collection: string, item: string): RawNode[] {
  const c = node(parent, collection);
  if (!c) return [];
  const v = c[item];
  if (Array.isArray(v)) return v.filter(isNode);
  return isNode(v) ? [v] : [];
}

/** `donnee_entree` of an element, or the element itself when the record has no such level. */
export function entry(element: RawNode): RawNode {
  return node(element, 'donnee_entree') ?? element;
}

export function optNum(parent: unknown, key: string): number | undefined {
  if (!isNode(parent)) return undefined;
  const v = parent[key];
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v !== 'string' || v.trim() === '') return undefined;
  const n = Number(v.trim().replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

export function reqNum(parent: unknown, key: string, where: string): number {
  const v = optNum(parent, key);
  if (v === undefined) throw new Error(`${where}/${key}: missing or not a number`);
  return v;
}

export function optStr(parent: unknown, key: string): string | undefined {
  if (!isNode(parent)) return undefined;
  const v = parent[key];
  if (typeof v === 'number') return String(v);
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

export function flag(parent: unknown, key: string): boolean {
  const v = optStr(parent, key);
  return v === '1' || v === 'true';
}
