import { describe, expect, it } from 'vitest';
import { corpusFiles, hasCorpus, missingCorpusMessage, readRecord } from '../../tests/dpeCorpus';
import { computeDpe } from './compute';
import { summarizeDpe } from './summary';
import { parseDpeXml } from './xml/parse';

/** Removes `logement/sortie` and every `donnee_intermediaire` block from the XML text itself. */
function stripRegistered(xml: string): string {
  return xml.replace(/<sortie>[\s\S]*?<\/sortie>/g, '').replace(/<donnee_intermediaire>[\s\S]*?<\/donnee_intermediaire>/g, '');
}

describe('computeDpe uses the inputs only', () => {
  it.skipIf(!hasCorpus)('gives the same result when sortie and every donnee_intermediaire are removed', () => {
    const files = corpusFiles();
    // A spread of records: houses, flats, buildings, different software.
    const chosen = [files[0], files[37], files[80], files[120], files[160], files[200]];
    for (const f of chosen) {
      const xml = readRecord(f);
      const stripped = stripRegistered(xml);
      expect(stripped).not.toMatch(/<donnee_intermediaire>|<sortie>/);
      expect(stripped.length).toBeLessThan(xml.length);
      const full = computeDpe(parseDpeXml(xml).input);
      const bare = computeDpe(parseDpeXml(stripped).input);
      expect(summarizeDpe(bare)).toEqual(summarizeDpe(full));
      expect(bare.envelope.conventionnel).toEqual(full.envelope.conventionnel);
    }
  });
  if (!hasCorpus) it.skip(missingCorpusMessage, () => {});
});
