/**
 * Test-only access to the shared reference data (../shared/reference relative to the repository
 * root). Tests that need it skip with a message when it is absent. Not imported by the engine.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..');
export const referenceDir = path.resolve(repoRoot, '../shared/reference');
export const corpusDir = path.join(referenceDir, 'dpe/corpus');
export const doctrineDir = path.join(referenceDir, 'dpe/doctrine');
export const hasCorpus = existsSync(corpusDir);
export const missingCorpusMessage = `DPE corpus not found at ${corpusDir}: test skipped`;

export function corpusFiles(): string[] {
  return hasCorpus ? readdirSync(corpusDir).filter((f) => f.endsWith('.xml')).sort() : [];
}

export function readRecord(file: string): string {
  return readFileSync(path.join(corpusDir, file), 'utf8');
}
