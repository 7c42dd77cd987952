/** Texts of the 3D site view, French first; registered into i18next's "translation" namespace under `site3d`. */
import i18next from 'i18next';

export const site3dFr = {
  title: 'Vue 3D du site',
  time: 'Heure',
  play: 'Lecture',
  pause: 'Pause',
  keyboardHint: '← → : pas de temps · Espace : lecture/pause · glisser : tourner la vue',
  sun: 'Soleil : azimut {{az}}°, hauteur {{el}}°',
  night: 'Nuit : soleil sous l’horizon ({{el}}°)',
  noWebgl: 'WebGL n’est pas disponible : la vue 3D ne peut pas s’afficher.',
  invalidModel: 'Description du site invalide pour la vue 3D',
  hour: '{{h}} h',
  node: { pv: 'Photovoltaïque', load: 'Bâtiments', storage: 'Batterie', cars: 'Véhicules', grid: 'Réseau' },
  readout: {
    pv: 'Production PV',
    load: 'Consommation',
    storageCharge: 'Batterie (charge)',
    storageDischarge: 'Batterie (décharge)',
    storageIdle: 'Batterie',
    evCharge: 'Véhicules (charge)',
    evV2g: 'Véhicules (V2G)',
    evIdle: 'Véhicules',
    gridImport: 'Réseau (soutirage)',
    gridExport: 'Réseau (injection)',
    soc: 'État de charge',
  },
  legend: {
    title: 'Flux d’énergie',
    fromPv: 'depuis le PV',
    fromStorage: 'depuis la batterie',
    fromCars: 'depuis les véhicules (V2G)',
    fromGrid: 'depuis le réseau',
    note: 'Épaisseur et densité des particules proportionnelles à la puissance. Répartition conventionnelle : la production locale alimente d’abord les bâtiments, puis les véhicules, puis la batterie.',
    sunPath: 'Course du soleil (points horaires)',
  },
  compass: { n: 'N', e: 'E', s: 'S', w: 'O' },
  gridLabel: 'Poste de livraison',
  carParkLabel: 'Parking ({{count}} places)',
  storageLabel: '{{name}} · {{soc}} %',
};

export type Site3dTexts = typeof site3dFr;

export const site3dEn: Site3dTexts = {
  title: '3D site view',
  time: 'Time',
  play: 'Play',
  pause: 'Pause',
  keyboardHint: '← → : time step · Space: play/pause · drag: rotate the view',
  sun: 'Sun: azimuth {{az}}°, elevation {{el}}°',
  night: 'Night: sun below the horizon ({{el}}°)',
  noWebgl: 'WebGL is not available: the 3D view cannot be shown.',
  invalidModel: 'Invalid site description for the 3D view',
  hour: '{{h}}:00',
  node: { pv: 'Photovoltaics', load: 'Buildings', storage: 'Battery', cars: 'Vehicles', grid: 'Grid' },
  readout: {
    pv: 'PV production',
    load: 'Consumption',
    storageCharge: 'Battery (charging)',
    storageDischarge: 'Battery (discharging)',
    storageIdle: 'Battery',
    evCharge: 'Vehicles (charging)',
    evV2g: 'Vehicles (V2G)',
    evIdle: 'Vehicles',
    gridImport: 'Grid (import)',
    gridExport: 'Grid (export)',
    soc: 'State of charge',
  },
  legend: {
    title: 'Energy flows',
    fromPv: 'from PV',
    fromStorage: 'from the battery',
    fromCars: 'from the vehicles (V2G)',
    fromGrid: 'from the grid',
    note: 'Thickness and particle density proportional to power. Conventional split: local production serves the buildings first, then the vehicles, then the battery.',
    sunPath: 'Sun path (hourly points)',
  },
  compass: { n: 'N', e: 'E', s: 'S', w: 'W' },
  gridLabel: 'Grid connection',
  carParkLabel: 'Car park ({{count}} bays)',
  storageLabel: '{{name}} · {{soc}} %',
};

/** Adds the view's texts to i18next (deep merge, overwriting), for every language Ilot ships. */
export function registerSite3dTexts(): void {
  i18next.addResourceBundle('fr', 'translation', { site3d: site3dFr }, true, true);
  i18next.addResourceBundle('en', 'translation', { site3d: site3dEn }, true, true);
}
