/**
 * API calls of the territory workspaces (flexibility portfolio, collective self-consumption),
 * merged into the main contract (contract.ts). Same rules: zod input schema, typed output.
 */
import { z } from 'zod';

const out = <T>() => undefined as unknown as T;

export const territoryContract = {
  'territories.list': { input: z.object({ kind: z.enum(['portfolio', 'acc-operation']).optional() }).strict(), output: out<Array<{ id: string; kind: string; name: string; updatedAt: string }>>() },
} as const;
