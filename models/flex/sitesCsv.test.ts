import { describe, expect, it } from 'vitest';
import { previewSitesCsv } from './sitesCsv';

describe('sites CSV importer', () => {
  it('reads French headers, decimals and building types', () => {
    const p = previewSitesCsv(
      'Nom;Type;Latitude;Longitude;Consommation annuelle;Puissance souscrite;PRM;Chauffage\n"Mairie; annexe";mairie;49,53;1,04;70 000;60;30000000000202;PAC\nÉcole Pasteur;école;49,5298;1,0466;48000;36;30000000000205;\n',
    );
    expect(p.errors).toEqual([]);
    expect(p.delimiter).toBe(';');
    expect(p.sites).toEqual([
      { name: 'Mairie; annexe', buildingType: 'townHall', latDeg: 49.53, lonDeg: 1.04, annualKwh: 70000, subscribedKva: 60, prm: '30000000000202', electricHeating: 'heatPump' },
      { name: 'École Pasteur', buildingType: 'school', latDeg: 49.5298, lonDeg: 1.0466, annualKwh: 48000, subscribedKva: 36, prm: '30000000000205' },
    ]);
  });

  it('keeps good rows and reports bad ones with their file line', () => {
    const p = previewSitesCsv(
      'name,type,lat,lon,kwh,kva,prm\nA,school,49.5,1.0,1000,36,30000000000001\nB,castle,49.5,1.0,1000,36,30000000000002\nC,office,95,1.0,1000,36,30000000000003\nD,office,49.5,1.0,1000,36,3000000000000\nE,office,49.5,1.0,1000,36,30000000000001\n',
    );
    expect(p.sites.map((s) => s.name)).toEqual(['A']);
    expect(p.errors).toEqual([
      'line 3: buildingType "castle" is not one of school, office, townHall, library, gym, nursery, housing, waterworks, streetLighting, workshop (or école, mairie, gymnase…)',
      'line 4: latDeg: latDeg must be ≤ 90',
      'line 5: prm: a PRM is exactly 14 digits (e.g. 30001234567890)',
      'line 6: PRM 30000000000001 already used on line 2',
    ]);
  });

  it('names missing columns and malformed files', () => {
    expect(previewSitesCsv('name;lat\nA;49\n').errors[0]).toMatch(/^line 1: missing columns buildingType, lonDeg, annualKwh, subscribedKva, prm/);
    expect(previewSitesCsv('name;type\n"A;b\n').errors[0]).toBe('line 2: a quoted field is never closed');
  });
});
