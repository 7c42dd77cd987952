/**
 * Demo territory portfolio for the flexibility workspace: municipal sites of Malaunay
 * (Seine-Maritime, ~49.53 N 1.04 E). Names, types, consumptions and PRMs are INVENTED for the
 * demonstration (plausible orders of magnitude for a 6 000-inhabitant commune); assets come from
 * the building-type defaults (models/flex/defaults.ts) except where listed explicitly.
 */
import type { PortfolioInput } from '../flex/schemas';

export function malaunayTerritoryPortfolio(): PortfolioInput {
  return {
    name: 'Malaunay — flexibilité du patrimoine communal (démo)',
    sites: [
      { name: 'Groupe scolaire Jules Ferry', buildingType: 'school', latDeg: 49.5312, lonDeg: 1.0405, annualKwh: 95_000, subscribedKva: 72, prm: '30000000000201', electricHeating: 'heatPump' },
      { name: 'École maternelle Pasteur', buildingType: 'school', latDeg: 49.5298, lonDeg: 1.0466, annualKwh: 48_000, subscribedKva: 36, prm: '30000000000205' },
      { name: 'Mairie', buildingType: 'townHall', latDeg: 49.5305, lonDeg: 1.042, annualKwh: 70_000, subscribedKva: 60, prm: '30000000000202' },
      { name: 'Médiathèque', buildingType: 'library', latDeg: 49.533, lonDeg: 1.047, annualKwh: 35_000, subscribedKva: 36, prm: '30000000000203' },
      { name: 'Gymnase municipal', buildingType: 'gym', latDeg: 49.5289, lonDeg: 1.0442, annualKwh: 120_000, subscribedKva: 84, prm: '30000000000204' },
      { name: 'Crèche', buildingType: 'nursery', latDeg: 49.5321, lonDeg: 1.0389, annualKwh: 40_000, subscribedKva: 36, prm: '30000000000206' },
      { name: 'Résidence autonomie (logements)', buildingType: 'housing', latDeg: 49.5275, lonDeg: 1.0412, annualKwh: 180_000, subscribedKva: 120, prm: '30000000000207' },
      { name: 'Éclairage public secteur centre', buildingType: 'streetLighting', latDeg: 49.531, lonDeg: 1.043, annualKwh: 110_000, subscribedKva: 36, prm: '30000000000208', electricHeating: 'none' },
      { name: 'Station de pompage', buildingType: 'waterworks', latDeg: 49.5262, lonDeg: 1.0501, annualKwh: 150_000, subscribedKva: 72, prm: '30000000000209', electricHeating: 'none' },
      {
        name: 'Centre technique municipal',
        buildingType: 'workshop',
        latDeg: 49.5255,
        lonDeg: 1.0365,
        annualKwh: 60_000,
        subscribedKva: 48,
        prm: '30000000000210',
        assets: [
          { kind: 'process', powerKw: 15, sheddableFraction: 0.4, maxShedH: 2 },
          { kind: 'ev', count: 4, powerKw: 7.4, arrivalH: 17, departureH: 7, energyKwh: 20 },
          { kind: 'battery', capacityKwh: 60, powerKw: 30 },
        ],
      },
    ],
  };
}
