/**
 * zod schema of the general data the envelope stage reads from a record, with messages naming the
 * XML element. Element surfaces and lengths are checked with `nonNegative` as they are read.
 */
import { z } from 'zod';
import type { DpeGeneral } from '../types';

const CG = 'logement/caracteristique_generale';

export const dpeGeneralSchema = z.object({
  numeroDpe: z.string(),
  dpeDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'administratif/date_etablissement_dpe: expected YYYY-MM-DD' }),
  versionId: z.number({ message: 'administratif/enum_version_id: expected a number' }),
  methodeApplicationId: z.number().int().min(1, { message: `${CG}/enum_methode_application_dpe_log_id: unknown value` }),
  buildingType: z.enum(['maison', 'appartement', 'immeuble']),
  surfaceM2: z.number().positive({ message: `${CG}/surface_habitable_logement: must be positive` }).max(1e6, { message: `${CG}/surface_habitable: above 1 000 000 m²` }),
  dwellingCount: z.number().int().min(1, { message: `${CG}/nombre_appartement: must be at least 1` }),
  buildingSurfaceM2: z.number().positive({ message: `${CG}/surface_habitable_immeuble: must be positive` }).optional(),
  dwellingSurfaceM2: z.number().positive({ message: `${CG}/surface_habitable_logement: must be positive` }),
  flatFromBuilding: z.boolean(),
  constructionPeriodId: z.number().int().min(1, { message: `${CG}/enum_periode_construction_id: unknown value` }).max(10, { message: `${CG}/enum_periode_construction_id: unknown value` }),
  constructionYear: z.number().int().min(1000, { message: `${CG}/annee_construction: not a year` }).max(2100, { message: `${CG}/annee_construction: not a year` }).optional(),
  ceilingHeightM: z.number().min(1.5, { message: `${CG}/hsp: below 1.5 m` }).max(20, { message: `${CG}/hsp: above 20 m` }),
  levels: z.number().min(0, { message: `${CG}/nombre_niveau_logement: negative` }),
  zone: z.enum(['H1a', 'H1b', 'H1c', 'H2a', 'H2b', 'H2c', 'H2d', 'H3']),
  altitudeClass: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  altitudeM: z.number().optional(),
  oldMaterials: z.boolean(),
  inertia: z.enum(['tres_lourde', 'lourde', 'moyenne', 'legere']),
  heavyComponents: z.number().int().min(0).max(3),
});

/** Validates the general data; throws an Error whose message names the first invalid element. */
export function validateGeneral(g: DpeGeneral): DpeGeneral {
  const r = dpeGeneralSchema.safeParse(g);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new Error(issue.message.includes('/') ? issue.message : `${CG}/${issue.path.join('.')}: ${issue.message}`);
  }
  return g;
}

/** A surface or length of an element: finite and ≥ 0, else an Error naming the element. */
export function nonNegative(value: number | undefined, where: string): number {
  if (value === undefined) return 0;
  if (!Number.isFinite(value) || value < 0) throw new Error(`${where}: must be a non-negative number, got ${value}`);
  return value;
}
