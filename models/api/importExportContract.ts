/**
 * API calls for importing measured data (Enedis load curves, weather files) into a project and
 * exporting results (CSV, XLSX), merged into the main contract (contract.ts).
 */
import { z } from 'zod';

const out = <T>() => undefined as unknown as T;

export const importExportContract = {
  'imports.list': { input: z.object({ kind: z.enum(['weather', 'load']).optional() }).strict(), output: out<Array<{ id: string; kind: string; name: string; createdAt: string }>>() },
} as const;
