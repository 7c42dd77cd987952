/**
 * Schemas of the project document entities edited through the API (project header, sites).
 * Shared by the renderer's forms, the IPC validation and the importers, so one message serves all.
 * Field messages are French-first keys resolved by i18n on the renderer (`errors.<key>`); the
 * English fallback text after the key keeps CLI and logs readable.
 */
import { z } from 'zod';

export const CLIMATE_ZONES = ['H1a', 'H1b', 'H1c', 'H2a', 'H2b', 'H2c', 'H2d', 'H3'] as const;
export type ClimateZone = (typeof CLIMATE_ZONES)[number];

const trimmed = (max: number, requiredMessage?: string) => {
  const base = z.string().trim().max(max, { message: `Too long: ${max} characters at most` });
  return requiredMessage ? base.min(1, { message: requiredMessage }) : base;
};

export const projectNameSchema = trimmed(120, 'Name is required');

export const projectHeaderPatchSchema = z
  .object({
    name: projectNameSchema.optional(),
    client: trimmed(200).optional(),
    notes: trimmed(20_000).optional(),
  })
  .strict();
export type ProjectHeaderPatch = z.infer<typeof projectHeaderPatchSchema>;

export const createProjectSchema = z
  .object({
    name: projectNameSchema,
    client: trimmed(200).default(''),
  })
  .strict();
export type CreateProjectInput = z.input<typeof createProjectSchema>;

/** French département code: 01–95, 2A/2B, 971–976. */
export const departementSchema = z
  .string()
  .trim()
  .regex(/^(0[1-9]|[1-8]\d|9[0-5]|2A|2B|97[1-6])$/i, { message: 'Unknown département code (e.g. 56, 2A, 974)' })
  .transform((s) => s.toUpperCase());

export const siteFieldsSchema = z
  .object({
    name: trimmed(120, 'Name is required'),
    commune: trimmed(120).default(''),
    latDeg: z
      .number({ message: 'Latitude must be a number' })
      .min(-90, { message: 'Latitude must be between -90 and 90°' })
      .max(90, { message: 'Latitude must be between -90 and 90°' }),
    lonDeg: z
      .number({ message: 'Longitude must be a number' })
      .min(-180, { message: 'Longitude must be between -180 and 180°' })
      .max(180, { message: 'Longitude must be between -180 and 180°' }),
    elevationM: z
      .number({ message: 'Elevation must be a number' })
      .min(-430, { message: 'Elevation must be between -430 and 4810 m' })
      .max(4810, { message: 'Elevation must be between -430 and 4810 m' })
      .default(0),
    departement: departementSchema.optional(),
    climateZone: z.enum(CLIMATE_ZONES, { message: 'Climate zone must be one of H1a…H3' }).optional(),
  })
  .strict();
export type SiteFields = z.infer<typeof siteFieldsSchema>;
export type SiteFieldsInput = z.input<typeof siteFieldsSchema>;

export const siteCreateSchema = siteFieldsSchema;
export const sitePatchSchema = z
  .object({ id: z.string().min(1), patch: siteFieldsSchema.partial().strict() })
  .strict();

export interface Site extends SiteFields {
  readonly id: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface ProjectHeader {
  readonly name: string;
  readonly client: string;
  readonly notes: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly appVersion: string;
}

export const ENTITY_KINDS = ['project', 'site', 'asset', 'scenario', 'building', 'audit', 'territory'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export interface AuditTrailEntry {
  readonly seq: number;
  readonly changeId: number;
  readonly at: string;
  readonly entity: EntityKind;
  readonly entityId: string;
  readonly field: string;
  readonly oldValue: unknown;
  readonly newValue: unknown;
  readonly undone: boolean;
}
