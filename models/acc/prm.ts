/**
 * PRM (Point de Référence Mesure), the 14-digit identifier of a metering point on the Enedis
 * network (also called PDL). Enedis publishes no check digit for it, so only the shape is checked:
 * exactly 14 decimal digits, kept as a string (leading zeros matter).
 * Source: Enedis, "Guide de l'autoconsommation collective" and the SGE data formats, where the
 * PRM is the 14-character key of every curve and of the allocation-key file.
 */
import { z } from 'zod';

export const PRM_PATTERN = /^\d{14}$/;

export const prmSchema = z
  .string()
  .trim()
  .regex(PRM_PATTERN, { message: 'a PRM is exactly 14 digits (e.g. 30001234567890)' });

export function isPrm(value: string): boolean {
  return PRM_PATTERN.test(value.trim());
}
