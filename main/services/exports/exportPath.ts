/**
 * Where exports go: `<project dir>/Exports/<scenario name> - <date>.<ext>`, next to the project
 * file so a consultant finds them with it; a free name is picked so nothing is overwritten.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A file-name stem from a scenario name: characters that file systems refuse are removed. */
export function safeStem(name: string): string {
  const cleaned = name
    // eslint-disable-next-line no-control-regex -- control characters are exactly what file systems refuse
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return cleaned || 'Scénario';
}

/** `YYYY-MM-DD` of the local (machine) date: the user reads it beside other files of the day. */
export function localDateStamp(date: Date = new Date()): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

export function exportPath(projectFile: string, scenarioName: string, ext: 'csv' | 'xlsx', date: Date = new Date()): string {
  const dir = join(dirname(projectFile), 'Exports');
  mkdirSync(dir, { recursive: true });
  const stem = `${safeStem(scenarioName)} - ${localDateStamp(date)}`;
  for (let i = 1; ; i++) {
    const candidate = join(dir, i === 1 ? `${stem}.${ext}` : `${stem} (${i}).${ext}`);
    if (!existsSync(candidate)) return candidate;
  }
}
