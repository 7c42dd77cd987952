import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LoadFileReadError, importLoadFile, readLoadFileBytes } from './loadFiles';

const fixture = (name: string) => fileURLToPath(new URL(`../../models/loads/fixtures/${name}`, import.meta.url));

describe('loadFiles', () => {
  it('reads a cp1252 R63 file from disk as bytes and imports it', async () => {
    const bytes = await readLoadFileBytes(fixture('r63-autumn-2025-cp1252.csv'));
    expect(bytes[0]).toBe('I'.charCodeAt(0));
    const r = await importLoadFile(fixture('r63-autumn-2025-cp1252.csv'));
    expect(r.encoding).toBe('windows-1252');
    expect(r.timeline.length).toBe(50);
  });
  it('gives one-line messages naming the file', async () => {
    await expect(importLoadFile('/nonexistent/x.csv')).rejects.toThrow('/nonexistent/x.csv: no such file');
    const dir = mkdtempSync(join(tmpdir(), 'ilot-load-'));
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'hello;world\n1;2\n');
    await expect(importLoadFile(bad)).rejects.toThrow(LoadFileReadError);
    await expect(importLoadFile(bad)).rejects.toThrow(/bad\.csv: line 1, column 1: not an Enedis load curve/);
    await expect(importLoadFile(dir)).rejects.toThrow(/not a regular file/);
  });
});
