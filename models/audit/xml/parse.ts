/**
 * Reader of ADEME observatory DPE records (XML format "dpe" v2, enum_version_id 2 to 2.6, as
 * described by the observatory's XSD and the `dpe-logement` doctrine dictionary).
 *
 * The computation must start from the diagnostician's inputs only (`donnee_entree` and the general
 * blocks), so the reader splits the record in two:
 * - `input`: the record without `logement/sortie` and without any `donnee_intermediaire` block;
 * - `registered`: what the software of the time computed (`sortie` and every `donnee_intermediaire`,
 *   keyed by their path), kept for comparison and tests only — the engine never reads it.
 *
 * Values stay strings as written in the file (fast-xml-parser `parseTagValue: false`): numbers are
 * read through the tolerant helpers of rawXml.ts, which also accept comma decimals. Items of every
 * `*_collection` element are always arrays, whatever their count.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export type RawNode = Record<string, unknown>;

export interface DpeInputRaw {
  numeroDpe: string;
  /** `dpe/administratif` (dates, model, software). */
  administratif: RawNode;
  /** `dpe/logement` without `sortie` and without any `donnee_intermediaire`. */
  logement: RawNode;
}

export interface RegisteredValues {
  /** `dpe/logement/sortie` as registered at ADEME, or undefined when the record has none. */
  sortie: RawNode | undefined;
  /**
   * Every `donnee_intermediaire` block, keyed by the path of its parent inside `logement`, with
   * collection indexes, e.g. `enveloppe.mur_collection.mur[2]`.
   */
  intermediates: Record<string, RawNode>;
}

export interface ParsedDpe {
  input: DpeInputRaw;
  registered: RegisteredValues;
}

export class DpeXmlError extends Error {
  constructor(
    message: string,
    readonly element: string,
  ) {
    super(`${element}: ${message}`);
    this.name = 'DpeXmlError';
  }
}

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  // An item directly under a `*_collection` element is always an array.
  isArray: (_name, jPath) => {
    const parts = String(jPath).split('.');
    return parts.length >= 2 && parts[parts.length - 2].endsWith('_collection');
  },
});

function isNode(v: unknown): v is RawNode {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Copies `node` without `donnee_intermediaire`, collecting those blocks by path. */
function stripIntermediates(node: RawNode, path: string, sink: Record<string, RawNode>): RawNode {
  const out: RawNode = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'donnee_intermediaire') {
      if (isNode(value)) sink[path] = value;
      continue;
    }
    const childPath = path === '' ? key : `${path}.${key}`;
    if (Array.isArray(value)) {
      out[key] = value.map((item, i) => (isNode(item) ? stripIntermediates(item, `${childPath}[${i}]`, sink) : item));
    } else if (isNode(value)) {
      out[key] = stripIntermediates(value, childPath, sink);
    } else {
      out[key] = value;
    }
  }
  return out;
}

/** Parses one DPE XML record. Throws DpeXmlError naming the element that is missing or malformed. */
export function parseDpeXml(text: string): ParsedDpe {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new DpeXmlError(`malformed XML at line ${valid.err.line}: ${valid.err.msg}`, 'xml');
  }
  const doc: unknown = parser.parse(text);
  if (!isNode(doc) || !isNode(doc.dpe)) throw new DpeXmlError('root element <dpe> not found', 'dpe');
  const dpe = doc.dpe;
  if (!isNode(dpe.logement)) throw new DpeXmlError('element missing or empty', 'dpe/logement');
  if (!isNode(dpe.administratif)) throw new DpeXmlError('element missing or empty', 'dpe/administratif');
  const { sortie, ...logementRest } = dpe.logement;
  const intermediates: Record<string, RawNode> = {};
  const logement = stripIntermediates(logementRest, '', intermediates);
  for (const required of ['caracteristique_generale', 'meteo', 'enveloppe']) {
    if (!isNode(logement[required])) throw new DpeXmlError('element missing or empty', `dpe/logement/${required}`);
  }
  const numero = dpe.numero_dpe;
  return {
    input: {
      numeroDpe: typeof numero === 'string' ? numero : String(numero ?? ''),
      administratif: stripIntermediates(dpe.administratif, '', {}),
      logement,
    },
    registered: { sortie: isNode(sortie) ? sortie : undefined, intermediates },
  };
}
