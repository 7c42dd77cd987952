/** Pure helpers of the territory workspaces, kept apart from React so they can be unit-tested in Node. */

/** The document to show once the list is (re)loaded: the current one while it still exists, else the first, else none. */
export function nextSelection(items: ReadonlyArray<{ readonly id: string }>, selectedId: string | null): string | null {
  if (items.length === 0) return null;
  return selectedId && items.some((s) => s.id === selectedId) ? selectedId : items[0].id;
}

/**
 * Field messages of a failed save keyed as the form knows its fields: the schema names them from the
 * saved document (`data.sites.3.prm`), the form from the edited item (`prm`).
 */
export function fieldsUnder(errors: Readonly<Record<string, string>>, prefix: RegExp): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [k.replace(prefix, ''), v]));
}
