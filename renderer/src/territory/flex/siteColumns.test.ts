import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../../models/core/numberFormat';
import { SITE_COLUMNS, siteCells, siteColumnLabels } from './siteColumns';

const t = (key: string) => `<${key}>`;
const site = { name: 'Mairie annexe', buildingType: 'townHall' as const, latDeg: 49.538812, lonDeg: 1.043245, annualKwh: 45_000, subscribedKva: 36, prm: '30000000000302' };

describe('site columns', () => {
  it('labels every column from the flexibility texts, in order', () => {
    expect(siteColumnLabels(t)).toEqual(['<terr.flex.col.name>', '<terr.flex.col.type>', '<terr.flex.col.lat>', '<terr.flex.col.lon>', '<terr.flex.col.annualKwh>', '<terr.flex.col.kva>', '<terr.flex.col.prm>']);
  });
  it('gives one cell per column, coordinates at the asked precision, energies and powers without decimals', () => {
    const fr = (v: number, d: number) => formatNumber(v, 'fr', d);
    const cells = siteCells(site, t, fr, 4);
    expect(cells).toHaveLength(SITE_COLUMNS.length);
    expect(cells).toEqual(['Mairie annexe', '<terr.flex.types.townHall>', '49,5388', '1,0432', fr(45_000, 0), '36', '30000000000302']);
    expect(siteCells(site, t, fr, 5).slice(2, 4)).toEqual(['49,53881', '1,04325']);
  });
});
