import { describe, expect, it } from 'vitest';
import { corpusFiles, hasCorpus, missingCorpusMessage, readRecord } from '../../../tests/dpeCorpus';
import { DpeXmlError, parseDpeXml } from './parse';

describe('parseDpeXml', () => {
  it('names the missing element', () => {
    expect(() => parseDpeXml('<dpe><administratif></administratif></dpe>')).toThrow(/dpe\/logement/);
    expect(() => parseDpeXml('<dpe><logement>')).toThrow(DpeXmlError);
    expect(() => parseDpeXml('<foo/>')).toThrow(/<dpe>/);
  });

  it('keeps sortie and donnee_intermediaire out of the input', () => {
    const xml = `<dpe><numero_dpe>X1</numero_dpe><administratif><date_etablissement_dpe>2022-01-01</date_etablissement_dpe></administratif>
      <logement><caracteristique_generale><hsp>2.5</hsp></caracteristique_generale><meteo><enum_zone_climatique_id>1</enum_zone_climatique_id></meteo>
      <enveloppe><mur_collection><mur><donnee_entree><surface_paroi_opaque>10,5</surface_paroi_opaque></donnee_entree>
      <donnee_intermediaire><umur>1.2</umur></donnee_intermediaire></mur></mur_collection></enveloppe>
      <sortie><deperdition><hvent>3</hvent></deperdition></sortie></logement></dpe>`;
    const p = parseDpeXml(xml);
    expect(p.input.numeroDpe).toBe('X1');
    expect(JSON.stringify(p.input)).not.toMatch(/donnee_intermediaire|sortie|umur/);
    expect(p.registered.intermediates['enveloppe.mur_collection.mur[0]']).toEqual({ umur: '1.2' });
    expect(p.registered.sortie).toEqual({ deperdition: { hvent: '3' } });
    // A one-item collection is still an array.
    const env = p.input.logement.enveloppe as { mur_collection: { mur: unknown[] } };
    expect(Array.isArray(env.mur_collection.mur)).toBe(true);
  });

  it.skipIf(!hasCorpus)('parses every corpus record', () => {
    const failures: string[] = [];
    const files = corpusFiles();
    for (const f of files) {
      try {
        const p = parseDpeXml(readRecord(f));
        if (!p.registered.sortie) failures.push(`${f}: no sortie`);
      } catch (e) {
        failures.push(`${f}: ${(e as Error).message}`);
      }
    }
    expect(files.length).toBe(220);
    expect(failures).toEqual([]);
  });
  if (!hasCorpus) it.skip(missingCorpusMessage, () => {});
});
