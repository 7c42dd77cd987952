/**
 * Example projects, built from TypeScript definitions into a fresh project file each time they are
 * opened, so they always match the current schema and the user can edit their copy freely.
 */
import type { ProjectStore } from './projectStore';

export interface ExampleDefinition {
  readonly id: string;
  /** Shown as is in French; the renderer translates through `examples.<id>.*` when it can. */
  readonly title: string;
  readonly description: string;
  readonly client: string;
  build(store: ProjectStore): void;
}

const belleIle: ExampleDefinition = {
  id: 'belle-ile',
  title: 'Belle-Île — micro-réseau FlexMob’Ile',
  description: 'Village de vacances : 76 kWc de PV, conteneur de 10 batteries ZOE de seconde vie (200 kWh), 2 ZOE en V2G.',
  client: 'Village de vacances de Belle-Île-en-Mer',
  build(store) {
    store.updateHeader({
      notes:
        'Démonstrateur FlexMob’Ile : le conteneur se charge quand le PV dépasse la consommation ou en heures creuses ; recharge intelligente des véhicules des vacanciers.',
    });
    store.createSite({
      name: 'Village de vacances',
      commune: 'Le Palais',
      latDeg: 47.3469,
      lonDeg: -3.1553,
      elevationM: 15,
      departement: '56',
      climateZone: 'H2a',
    });
  },
};

const malaunay: ExampleDefinition = {
  id: 'malaunay',
  title: 'Malaunay — autoconsommation collective',
  description: '6 installations PV (285 kWc) et 19 bâtiments communaux ; environ 290 MWh/an, 30 % des besoins couverts.',
  client: 'Ville de Malaunay',
  build(store) {
    store.createSite({
      name: 'Centre-ville',
      commune: 'Malaunay',
      latDeg: 49.5267,
      lonDeg: 1.0403,
      elevationM: 60,
      departement: '76',
      climateZone: 'H1a',
    });
  },
};

export const EXAMPLES: readonly ExampleDefinition[] = [belleIle, malaunay];

/** Lets later features (scenarios, territories) enrich an example without editing this file. */
const enrichers = new Map<string, Array<(store: ProjectStore) => void>>();
export function registerExampleEnricher(id: string, enrich: (store: ProjectStore) => void): void {
  enrichers.set(id, [...(enrichers.get(id) ?? []), enrich]);
}

export function buildExample(definition: ExampleDefinition, store: ProjectStore): void {
  definition.build(store);
  for (const enrich of enrichers.get(definition.id) ?? []) enrich(store);
}
