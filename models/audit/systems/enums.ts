/**
 * Meaning of the ADEME observatory enums used by the systems stage (DPE XML format v2,
 * `enum_type_generateur_ch_id`, `enum_type_generateur_ecs_id`, `enum_type_energie_id`,
 * `enum_type_emission_distribution_id`). The labels come from the observatory's public enum
 * list; the grouping into generator families and install periods follows annex 1 of the arrêté
 * of 8 October 2021 (§12.4 heat pumps and Joule/networks, §13.1 stoves, §13.2 boilers, §14 DHW).
 */

/** Energy carriers of the method (keys of the conversion and price tables). */
export type Energy =
  | 'electricite'
  | 'gaz_naturel'
  | 'fioul'
  | 'bois_buche'
  | 'bois_granule'
  | 'bois_plaquette'
  | 'reseau_chaleur'
  | 'propane'
  | 'butane'
  | 'gpl'
  | 'charbon'
  | 'autre_fossile'
  | 'electricite_renouvelable'
  | 'reseau_froid';

const ENERGY_BY_ID: Record<number, Energy> = {
  1: 'electricite',
  2: 'gaz_naturel',
  3: 'fioul',
  4: 'bois_buche',
  5: 'bois_granule',
  6: 'bois_plaquette',
  7: 'bois_plaquette',
  8: 'reseau_chaleur',
  9: 'propane',
  10: 'butane',
  11: 'charbon',
  12: 'electricite_renouvelable',
  13: 'gpl',
  14: 'autre_fossile',
  15: 'reseau_froid',
};

export function energyFromId(id: number | undefined, field: string): Energy {
  const e = id === undefined ? undefined : ENERGY_BY_ID[id];
  if (!e) throw new Error(`${field}: unknown enum_type_energie_id ${String(id)}`);
  return e;
}

/** Energy family used by the combustion tables (kPCS/PCI, auxiliaries, default characteristics). */
export function combustionFuel(e: Energy): 'gaz_naturel' | 'gpl' | 'fioul' | 'bois_buche' | 'bois_granule' | 'bois_plaquette' | 'charbon' | 'electricite' | 'reseau_chaleur' {
  switch (e) {
    case 'propane':
    case 'butane':
    case 'gpl':
      return 'gpl';
    case 'autre_fossile':
      return 'fioul';
    case 'electricite_renouvelable':
    case 'reseau_froid':
      return 'electricite';
    default:
      return e;
  }
}

export type BoilerMode = 'standard' | 'basse_temperature' | 'condensation';
export type PacType = 'pac_air_air' | 'pac_air_eau' | 'pac_eau_eau' | 'pac_eau_glycolee_eau' | 'pac_geothermique';

/** What the method needs to know about a heating generator type. */
export type HeatingGeneratorClass =
  | { kind: 'pac'; pacType: PacType; yearMin: number; yearMax: number; hybrid: boolean }
  | { kind: 'stove'; rg: number }
  | {
      kind: 'combustion';
      device: 'chaudiere' | 'generateur_air_chaud' | 'radiateur_gaz' | 'poele_bouilleur';
      mode: BoilerMode | null;
      /** Representative install years of the enum's period (bounds inclusive). */
      yearMin: number;
      yearMax: number;
      /** Boiler part of a hybrid heat pump (§9.1.4.3). */
      hybrid: boolean;
      /** Table fuel when the type fixes it regardless of the declared energy (116: oil defaults). */
      fuel?: string;
    }
  | { kind: 'joule'; rg: number; device: string }
  | { kind: 'network'; rg: number };

const WOOD_PERIODS: Array<[number, number]> = [
  [1900, 1977],
  [1978, 1994],
  [1995, 2003],
  [2004, 2012],
  [2013, 2017],
  [2018, 2019],
  [2020, 2100],
];
const PELLET_PERIODS: Array<[number, number]> = [
  [1900, 1977],
  [1978, 1994],
  [1995, 2003],
  [2004, 2012],
  [2013, 2019],
  [2020, 2100],
];
const PAC_PERIODS: Array<[number, number]> = [
  [1990, 2007],
  [2008, 2014],
  [2015, 2016],
  [2017, 2100],
];
/** Oil boilers 75..84 (heating) / 35..44 (DHW). */
const FIOUL: Array<[BoilerMode, number, number]> = [
  ['standard', 1900, 1969],
  ['standard', 1970, 1975],
  ['standard', 1976, 1980],
  ['standard', 1981, 1990],
  ['standard', 1991, 2015],
  ['standard', 2016, 2100],
  ['basse_temperature', 1991, 2015],
  ['basse_temperature', 2016, 2100],
  ['condensation', 1996, 2015],
  ['condensation', 2016, 2100],
];
/** Gas (and LPG) boilers 85..97 / 127..139 (heating), 45..57 / 92..104 (DHW). */
const GAZ: Array<[BoilerMode, number, number]> = [
  ['standard', 1900, 1980],
  ['standard', 1981, 1985],
  ['standard', 1986, 1990],
  ['standard', 1991, 2000],
  ['standard', 2001, 2015],
  ['standard', 2016, 2100],
  ['basse_temperature', 1991, 2000],
  ['basse_temperature', 2001, 2015],
  ['basse_temperature', 2016, 2100],
  ['condensation', 1981, 1985],
  ['condensation', 1986, 2000],
  ['condensation', 2001, 2015],
  ['condensation', 2016, 2100],
];

function boiler(mode: BoilerMode | null, y0: number, y1: number, hybrid = false): HeatingGeneratorClass {
  return { kind: 'combustion', device: 'chaudiere', mode, yearMin: y0, yearMax: y1, hybrid };
}

/** §13.1 table: stoves and inserts by period and label (enum 20..47). */
function stoveRg(id: number): number {
  if (id >= 20 && id <= 43) return [0.5, 0.6, 0.65, 0.65, 0.7, 0.75][Math.floor((id - 20) / 4)];
  return { 44: 0.8, 45: 0.85, 46: 0.87, 47: 0.72 }[id] ?? 0.72;
}

export function classifyHeatingGenerator(id: number): HeatingGeneratorClass {
  const pacTypes: PacType[] = ['pac_air_eau', 'pac_eau_eau', 'pac_eau_glycolee_eau', 'pac_geothermique'];
  if (id >= 1 && id <= 3) {
    const p = [
      [1990, 2007],
      [2008, 2014],
      [2015, 2100],
    ][id - 1];
    return { kind: 'pac', pacType: 'pac_air_air', yearMin: p[0], yearMax: p[1], hybrid: false };
  }
  if (id >= 4 && id <= 19) {
    const k = id - 4;
    const p = PAC_PERIODS[k % 4];
    return { kind: 'pac', pacType: pacTypes[Math.floor(k / 4)], yearMin: p[0], yearMax: p[1], hybrid: false };
  }
  if (id >= 20 && id <= 47) return { kind: 'stove', rg: stoveRg(id) };
  // §13.1: boiler-stoves are treated as wood boilers of 1978-1994 (before 2012) or 2004-2012 (from 2012).
  if (id === 48 || id === 140) return { kind: 'combustion', device: 'poele_bouilleur', mode: null, yearMin: 1978, yearMax: 2011, hybrid: false };
  if (id === 49 || id === 141) return { kind: 'combustion', device: 'poele_bouilleur', mode: null, yearMin: 2012, yearMax: 2100, hybrid: false };
  if (id === 50) return { kind: 'combustion', device: 'generateur_air_chaud', mode: null, yearMin: 1900, yearMax: 2005, hybrid: false };
  if (id === 51) return { kind: 'combustion', device: 'generateur_air_chaud', mode: 'standard', yearMin: 2006, yearMax: 2100, hybrid: false };
  if (id === 52) return { kind: 'combustion', device: 'generateur_air_chaud', mode: 'condensation', yearMin: 2006, yearMax: 2100, hybrid: false };
  if (id === 53) return { kind: 'combustion', device: 'radiateur_gaz', mode: null, yearMin: 1900, yearMax: 2005, hybrid: false };
  if (id === 54) return { kind: 'combustion', device: 'radiateur_gaz', mode: null, yearMin: 2006, yearMax: 2100, hybrid: false };
  if (id >= 55 && id <= 68) {
    const p = WOOD_PERIODS[(id - 55) % 7];
    return boiler(null, p[0], p[1]);
  }
  if (id >= 69 && id <= 74) {
    const p = PELLET_PERIODS[id - 69];
    return boiler(null, p[0], p[1]);
  }
  if (id >= 75 && id <= 84) {
    const [m, a, b] = FIOUL[id - 75];
    return boiler(m, a, b);
  }
  if (id >= 85 && id <= 97) {
    const [m, a, b] = GAZ[id - 85];
    return boiler(m, a, b);
  }
  if (id >= 98 && id <= 105) return { kind: 'joule', rg: 1, device: id === 104 ? 'accumulation' : id === 105 ? 'bi_jonction' : 'direct' };
  if (id === 106) return { kind: 'joule', rg: 0.97, device: 'chaudiere_electrique' };
  if ([107, 108, 109, 110, 111, 112, 142, 171].includes(id)) return { kind: 'network', rg: 0.97 };
  // "Autre système à combustion" (113 gas, 114 oil, 115 wood, 116 other fossil): registered
  // records mostly use the oldest default row of the fuel (e.g. QP0 = 4 % Pn for oil).
  if (id === 113) return boiler('standard', 1900, 1980);
  if (id === 114) return boiler('standard', 1900, 1969);
  if (id === 115) return boiler(null, 1900, 1977);
  if (id === 116) return { ...boiler('standard', 1900, 1969), fuel: 'fioul' } as HeatingGeneratorClass;
  if (id === 117 || id === 118) return { kind: 'pac', pacType: 'pac_air_eau', yearMin: 1990, yearMax: 2007, hybrid: false };
  // "Système collectif par défaut : chaudière fioul pénalisante" — an old oil boiler.
  if (id === 119) return boiler('standard', 1900, 1969);
  if (id >= 120 && id <= 126) {
    const p = WOOD_PERIODS[id - 120];
    return boiler(null, p[0], p[1]);
  }
  if (id >= 127 && id <= 139) {
    const [m, a, b] = GAZ[id - 127];
    return boiler(m, a, b);
  }
  if (id === 143 || (id >= 145 && id <= 147)) {
    const p = id === 143 ? PAC_PERIODS[3] : PAC_PERIODS[id - 144];
    return { kind: 'pac', pacType: 'pac_air_eau', yearMin: p[0], yearMax: p[1], hybrid: true };
  }
  if (id >= 162 && id <= 170) {
    const k = id - 162;
    const p = PAC_PERIODS[1 + (k % 3)];
    return { kind: 'pac', pacType: pacTypes[1 + Math.floor(k / 3)], yearMin: p[0], yearMax: p[1], hybrid: true };
  }
  const hybridBoilers: Record<number, [BoilerMode | null, number, number]> = {
    144: ['condensation', 2016, 2100],
    148: ['condensation', 2001, 2015],
    149: ['condensation', 2016, 2100],
    150: ['condensation', 1996, 2015],
    151: ['condensation', 2016, 2100],
    152: [null, 2013, 2019],
    153: [null, 2020, 2100],
    154: [null, 2013, 2017],
    155: [null, 2018, 2019],
    156: [null, 2020, 2100],
    157: [null, 2013, 2017],
    158: [null, 2018, 2019],
    159: [null, 2020, 2100],
    160: ['condensation', 2001, 2015],
    161: ['condensation', 2016, 2100],
  };
  const hb = hybridBoilers[id];
  if (hb) return boiler(hb[0], hb[1], hb[2], true);
  throw new Error(`enum_type_generateur_ch_id: unknown heating generator type ${id}`);
}

export type DhwGeneratorClass =
  | { kind: 'thermodynamic'; device: 'cet_air_ambiant' | 'cet_air_exterieur' | 'cet_air_extrait' | 'pac_double_service'; yearMin: number; yearMax: number }
  | { kind: 'boiler'; heating: HeatingGeneratorClass }
  | { kind: 'gas_storage'; condensing: boolean; yearMin: number; yearMax: number }
  | { kind: 'gas_instant'; yearMin: number; yearMax: number }
  | { kind: 'electric_tank'; position: 'chauffe_eau_horizontal' | 'chauffe_eau_vertical'; label: 'ne_performance_a' | 'ne_performance_b' | 'ne_performance_c' | null }
  | { kind: 'electric_instant' }
  | { kind: 'electric_boiler' }
  | { kind: 'network' };

export function classifyDhwGenerator(id: number): DhwGeneratorClass {
  if (id >= 1 && id <= 12) {
    const devices = ['cet_air_ambiant', 'cet_air_exterieur', 'cet_air_extrait', 'pac_double_service'] as const;
    const p = [
      [1990, 2009],
      [2010, 2014],
      [2015, 2100],
    ][(id - 1) % 3];
    return { kind: 'thermodynamic', device: devices[Math.floor((id - 1) / 3)], yearMin: p[0], yearMax: p[1] };
  }
  if (id === 13 || id === 115) return { kind: 'boiler', heating: classifyHeatingGenerator(id === 13 ? 48 : 140) };
  if (id === 14 || id === 116) return { kind: 'boiler', heating: classifyHeatingGenerator(id === 14 ? 49 : 141) };
  // DHW boilers 15..57 mirror heating 55..97 (wood, oil, gas) with an offset of 40.
  if (id >= 15 && id <= 57) return { kind: 'boiler', heating: classifyHeatingGenerator(id + 40) };
  if (id >= 58 && id <= 62) return gasStorage(id - 58);
  if (id >= 63 && id <= 67) return gasInstant(id - 63);
  if (id === 68) return { kind: 'electric_tank', position: 'chauffe_eau_horizontal', label: null };
  if (id === 69) return { kind: 'electric_tank', position: 'chauffe_eau_vertical', label: null };
  if (id === 70) return { kind: 'electric_tank', position: 'chauffe_eau_vertical', label: 'ne_performance_b' };
  if (id === 71) return { kind: 'electric_tank', position: 'chauffe_eau_vertical', label: 'ne_performance_c' };
  if ([72, 73, 74, 75, 76, 77, 119, 134].includes(id)) return { kind: 'network' };
  // "Autre système à combustion" on the DHW side: registered records use mid-age defaults.
  if (id === 78) return { kind: 'boiler', heating: boiler('standard', 1991, 2015) };
  if (id === 79) return { kind: 'boiler', heating: boiler('standard', 1991, 2015) };
  if (id === 81) return { kind: 'boiler', heating: { ...boiler('standard', 1991, 2015), fuel: 'fioul' } as HeatingGeneratorClass };
  if (id === 80) return { kind: 'boiler', heating: boiler(null, 2004, 2012) };
  if (id === 82 || id === 83) return { kind: 'thermodynamic', device: 'pac_double_service', yearMin: 1990, yearMax: 2009 };
  if (id === 84) return { kind: 'boiler', heating: classifyHeatingGenerator(119) };
  if (id >= 85 && id <= 91) return { kind: 'boiler', heating: classifyHeatingGenerator(id + 35) };
  if (id >= 92 && id <= 104) return { kind: 'boiler', heating: classifyHeatingGenerator(id + 35) };
  if (id >= 105 && id <= 109) return gasStorage(id - 105);
  if (id >= 110 && id <= 114) return gasInstant(id - 110);
  if (id === 117) return { kind: 'electric_instant' };
  if (id === 118) return { kind: 'electric_boiler' };
  if (id >= 120 && id <= 133) return { kind: 'boiler', heating: classifyHeatingGenerator(id + 28) };
  throw new Error(`enum_type_generateur_ecs_id: unknown DHW generator type ${id}`);
}

function gasStorage(k: number): DhwGeneratorClass {
  const p: Array<[boolean, number, number]> = [
    [false, 1900, 1989],
    [false, 1990, 2000],
    [false, 2001, 2100],
    [true, 1996, 2000],
    [true, 2001, 2100],
  ];
  return { kind: 'gas_storage', condensing: p[k][0], yearMin: p[k][1], yearMax: p[k][2] };
}

function gasInstant(k: number): DhwGeneratorClass {
  const p: Array<[number, number]> = [
    [1900, 1980],
    [1981, 1989],
    [1990, 2000],
    [2001, 2015],
    [2016, 2100],
  ];
  return { kind: 'gas_instant', yearMin: p[k][0], yearMax: p[k][1] };
}

/** Emitter families of enum_type_emission_distribution_id (1..50), for circulators and Tfonc. */
export interface EmissionClass {
  /** 'radiateur' | 'plancher' | 'plafond' | 'air' | 'other' — drives ΔPem and Fcot of §15.2.1. */
  emitter: 'radiateur_monotube' | 'radiateur' | 'plancher' | 'plafond' | 'air' | 'other';
  /** Hot-water network (needs a circulator, §15.2). */
  hydraulic: boolean;
  collective: boolean;
}

export function classifyEmission(id: number): EmissionClass {
  if (id >= 11 && id <= 14) return { emitter: 'plancher', hydraulic: true, collective: id <= 12 };
  if (id >= 15 && id <= 18) return { emitter: 'plafond', hydraulic: true, collective: id <= 16 };
  if (id >= 24 && id <= 31) return { emitter: 'radiateur_monotube', hydraulic: true, collective: (id - 24) % 4 < 2 };
  if (id >= 32 && id <= 39) return { emitter: 'radiateur', hydraulic: true, collective: (id - 32) % 4 < 2 };
  if (id >= 46 && id <= 49) return { emitter: 'air', hydraulic: true, collective: id <= 47 };
  if (id === 5 || id === 42 || id === 50) return { emitter: 'air', hydraulic: false, collective: false };
  return { emitter: 'other', hydraulic: false, collective: false };
}
