/** The columns a site shows in both the portfolio's sites table and the CSV import preview, in one order. */
import type { FlexSiteInput } from '../../../../models/flex/schemas';

export const SITE_COLUMNS = ['name', 'type', 'lat', 'lon', 'annualKwh', 'kva', 'prm'] as const;

export type SiteRow = Pick<FlexSiteInput, 'name' | 'buildingType' | 'latDeg' | 'lonDeg' | 'annualKwh' | 'subscribedKva' | 'prm'>;

/** Header labels of SITE_COLUMNS. */
export function siteColumnLabels(t: (key: string) => string): string[] {
  return SITE_COLUMNS.map((c) => t(`terr.flex.col.${c}`));
}

/** Cell texts of one site, in SITE_COLUMNS order; coordinates with `coordDigits` decimals at most. */
export function siteCells(site: SiteRow, t: (key: string) => string, fmt: (v: number, digits: number) => string, coordDigits: number): string[] {
  return [site.name, t(`terr.flex.types.${site.buildingType}`), fmt(site.latDeg, coordDigits), fmt(site.lonDeg, coordDigits), fmt(site.annualKwh, 0), fmt(site.subscribedKva, 0), site.prm];
}
