/**
 * The JSON tables shipped in resources/dpe/systems and resources/dpe/energy are exactly what
 * scripts/dpe/buildSystemsTables.ts builds from the doctrine CSVs (skipped when absent).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildSystemsTables } from '../../../scripts/dpe/buildSystemsTables';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const doctrine = path.resolve(root, '../shared/reference/dpe/doctrine');
const available = existsSync(path.join(doctrine, 'abaques'));
if (!available) console.warn(`DPE doctrine tables not found at ${doctrine}: shipped-table check skipped`);

describe.skipIf(!available)('shipped systems and energy tables', () => {
  it('match a rebuild from the doctrine CSVs', () => {
    for (const [out, rows] of buildSystemsTables(doctrine)) {
      const shipped = JSON.parse(readFileSync(path.join(root, out), 'utf8')) as unknown;
      expect(shipped, out).toEqual(rows);
    }
  });
});
